import { describe, expect, test } from 'vitest'
import * as fc from 'fast-check'
import { DEFAULT_STATE, cloneState, deserialize, fromJSON, fromQuery, parseState, serialize, toJSON, toQuery } from '../../../src/scene-state/index.ts'
import type { SceneState } from '../../../src/scene-state/index.ts'
import { arbValidState } from './arbitraries.ts'

const s0 = (): SceneState => cloneState(DEFAULT_STATE)

describe('toQuery', () => {
  test('default state is just the version', () => {
    expect(toQuery(DEFAULT_STATE)).toBe('v=1')
  })
  test('short readable params, only non-default values, fixed order', () => {
    const s: SceneState = {
      ...s0(),
      tightness: 0.66,
      side: 'right',
      posture: 'sitting',
      layers: { ...DEFAULT_STATE.layers, forces: false, outline: true },
      focus: 'femoralRight',
      camera: 'side',
      chapter: 'nerves',
      compare: { tightness: 0 },
      annotations: [{ id: 'p1', structure: 'discL4L5', offset: [0.01, -0.002, 0], text: 'Pain here, sometimes' }],
    }
    expect(toQuery(s)).toBe(
      'v=1&t=0.66&s=r&p=sit&l=bdmnlo&f=femoralRight&c=side&ch=nerves&cmp=1&ct=0&a=p1,discL4L5,0.01,-0.002,0,Pain%20here%2C%20sometimes',
    )
    expect(fromQuery(toQuery(s))).toEqual({ state: s, problems: [] })
  })
  test('free camera, no layers, compare with all fields', () => {
    const s: SceneState = {
      ...s0(),
      layers: { bones: false, discs: false, muscles: false, nerves: false, forces: false, labels: false, outline: false },
      camera: { position: [0.3, 0.1, 1.2], target: [0, 0.05, -0.09] },
      compare: { tightness: 1, side: 'left', posture: 'thomasTest' },
    }
    expect(toQuery(s)).toBe('v=1&l=-&c=0.3,0.1,1.2,0,0.05,-0.09&cmp=1&ct=1&cs=l&cp=thomas')
    expect(fromQuery(toQuery(s)).state).toEqual(s)
  })
  test('prefix for several viewers in one URL', () => {
    const s: SceneState = { ...s0(), tightness: 0.33 }
    const q = `${toQuery(s, { prefix: 'a.' })}&utm_source=x&b.t=0.9`
    expect(q.startsWith('a.v=1&a.t=0.33')).toBe(true)
    expect(fromQuery(q, { prefix: 'a.' })).toEqual({ state: s, problems: [] })
    expect(fromQuery(q, { prefix: 'b.' }).state.tightness).toBe(0.9)
  })
})

describe('fromQuery', () => {
  test('accepts "?", "#", whole URLs, full ids and "+" as space', () => {
    const expected = { ...s0(), tightness: 0.5, posture: 'supine' as const, side: 'left' as const }
    for (const q of ['?v=1&t=0.5&p=supine&s=l', '#v=1&t=0.5&p=supine&s=left', 'https://x.org/page?v=1&t=.5&p=supine&s=l#top', 't=0.5&p=supine&s=l'])
      expect(fromQuery(q)).toEqual({ state: expected, problems: [] })
    expect(fromQuery('a=x,femoralLeft,0,0,0,two+words').state.annotations[0].text).toBe('two words')
  })
  test('unknown and bad params are reported, never fatal, and the rest is used', () => {
    const r = fromQuery('v=2&t=abc&s=up&p=flying&zoom=3&l=bq&c=1,2&cmp=maybe&a=broken&t=0.2&f=spleen')
    expect(r.state).toMatchObject({ tightness: 0.2, side: 'both', posture: 'standing', camera: 'front', compare: null, annotations: [], focus: null })
    expect(r.state.layers).toEqual({ bones: true, discs: false, muscles: false, nerves: false, forces: false, labels: false, outline: false })
    expect(r.problems.map((p) => p.field)).toEqual(['v', 't', 's', 'p', 'zoom', 'l', 'c', 'cmp', 'a', 't', 'focus'])
    expect(r.problems[4]).toMatchObject({ field: 'zoom', value: '"3"' })
  })
  test('one problem per parameter in the URL: a repeated bad value is not also reported as repeated; unknown layer letters once', () => {
    // each occurrence of t is bad: two problems (one each), not three
    expect(fromQuery('t=abc&t=xyz').problems.map((p) => [p.field, p.value])).toEqual([
      ['t', '"abc"'],
      ['t', '"xyz"'],
    ])
    expect(fromQuery('t=abc&t=xyz').problems.every((p) => /number/.test(p.expected))).toBe(true)
    // a fine value given twice: one problem, the last one used
    const twice = fromQuery('t=0.3&t=0.6')
    expect(twice.state.tightness).toBe(0.6)
    expect(twice.problems).toHaveLength(1)
    expect(twice.problems[0]).toMatchObject({ field: 't', value: '"0.6"' })
    expect(twice.problems[0]!.expected).toMatch(/once/)
    // three unknown layer letters in one parameter: one problem, the known letters used
    const layers = fromQuery('l=bxyz')
    expect(layers.problems).toHaveLength(1)
    expect(layers.state.layers.bones).toBe(true)
  })
  test('out-of-range numbers are clamped and reported', () => {
    const r = fromQuery('t=5&ct=-1')
    expect(r.state.tightness).toBe(1)
    expect(r.state.compare).toEqual({ tightness: 0 })
    expect(r.problems.map((p) => p.field)).toEqual(['tightness', 'compare.tightness'])
  })
  test('malformed percent-encoding is reported', () => {
    const r = fromQuery('v=1&f=%E0%A4%A&t=0.1')
    expect(r.state.tightness).toBe(0.1)
    expect(r.problems[0].field).toBe('f')
  })
  test('a query re-encoded by URLSearchParams still round-trips', () => {
    fc.assert(
      fc.property(arbValidState, (s) => {
        const params = new URLSearchParams(toQuery(s))
        expect(fromQuery(params.toString()).state).toEqual(s)
        expect(fromQuery(params).state).toEqual(s)
        expect(fromQuery(`https://clinic.example/psoas?${toQuery(s)}#x`).state).toEqual(s)
      }),
      { numRuns: 1000 },
    )
  })
  test('random garbage never throws and always yields a valid state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => {
        const r = fromQuery(q)
        expect(parseState(r.state).problems).toEqual([])
      }),
      { numRuns: 2000 },
    )
    expect(fromQuery(`t=${'9'.repeat(100_000)}`).problems.length).toBeGreaterThan(0)
  })
})

describe('serialize / deserialize / JSON', () => {
  test('exact round trip for any valid state, and idempotent text form', () => {
    fc.assert(
      fc.property(arbValidState, (s) => {
        const q = serialize(s)
        const r = deserialize(q)
        expect(r).toEqual({ state: s, problems: [] })
        expect(serialize(r.state)).toBe(q)
        expect(fromJSON(toJSON(s)).state).toEqual(s)
      }),
      { numRuns: 1000 },
    )
  })
  test('bad JSON is reported', () => {
    expect(fromJSON('{nope').problems[0]).toMatchObject({ field: 'input', expected: 'valid JSON' })
    expect(parseState('{nope').problems[0].field).toBe('input')
  })
  test('toJSON leaves out store extras', () => {
    const withExtras = { ...s0(), setTightness: () => {}, canUndo: true } as unknown as SceneState
    expect(Object.keys(JSON.parse(toJSON(withExtras))).sort()).toEqual(Object.keys(DEFAULT_STATE).sort())
  })
})

import { describe, expect, test } from 'vitest'
import * as fc from 'fast-check'
import {
  DEFAULT_STATE,
  LIMITS,
  MAX_PROBLEMS,
  cloneState,
  fromJSON,
  isValidState,
  parseState,
  serialize,
  statesEqual,
  toJSON,
} from '../../../src/scene-state/index.ts'
import type { Problem, SceneState } from '../../../src/scene-state/index.ts'
import { arbValidState } from './arbitraries.ts'

const protoKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort()

function withOwn(key: string, value: unknown, rest: Record<string, unknown> = {}): Record<string, unknown> {
  const o: Record<string, unknown> = { ...rest }
  Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true })
  return o
}

const DANGEROUS = ['__proto__', 'constructor', 'prototype'] as const
const FIELDS = ['tightness', 'side', 'posture', 'layers', 'focus', 'camera', 'chapter', 'compare', 'annotations', 'bodyRegion']
const weird = fc.oneof(
  fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, withDate: true, withTypedArray: true, withSparseArray: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER),
  fc.double(),
  fc.string({ maxLength: 50 }),
  fc.constant('x'.repeat(100_000)),
  fc.constantFrom('left', 'right', 'both', 'sitting', 'front', 'nerves', 'femoralRight', 'psoasMajorLeft', '__proto__'),
)
const pollution = fc.record({
  key: fc.constantFrom(...DANGEROUS),
  value: fc.oneof(fc.constant({ polluted: true, tightness: 1 }), weird),
})
/** objects that look like states with random values, prototype keys, arrays and nesting */
const stateLike = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...FIELDS, 'extra', 'Tightness', 'layers.bones'), weird, { maxKeys: 10 }),
    fc.option(pollution),
    fc.option(
      fc.record({
        layers: fc.oneof(fc.dictionary(fc.constantFrom('bones', 'outline', 'nope', '__proto__'), weird), weird),
        compare: fc.oneof(
          fc.record({ tightness: weird, side: weird, posture: weird, compare: weird, annotations: weird }, { requiredKeys: [] }),
          weird,
        ),
        annotations: fc.oneof(
          fc.array(
            fc.oneof(
              fc.record({ id: weird, structure: weird, offset: fc.oneof(weird, fc.array(weird, { maxLength: 4 })), text: weird }, { requiredKeys: [] }),
              fc.record({ id: fc.string({ minLength: 1, maxLength: 70 }), structure: fc.constant('femoralLeft'), offset: fc.tuple(fc.double(), fc.double(), fc.double()), text: fc.string({ maxLength: 400 }) }),
              weird,
            ),
            { maxLength: 60 },
          ),
          weird,
        ),
        camera: fc.oneof(fc.record({ position: fc.array(weird, { maxLength: 4 }), target: fc.array(fc.double(), { minLength: 3, maxLength: 3 }) }, { requiredKeys: [] }), weird),
      }, { requiredKeys: [] }),
    ),
  )
  .map(([base, pol, nested]) => {
    let o: Record<string, unknown> = { ...base, ...nested }
    if (pol) o = withOwn(pol.key, pol.value, o)
    return o
  })
const anyInput = fc.oneof(
  { weight: 4, arbitrary: stateLike },
  { weight: 2, arbitrary: weird },
  { weight: 1, arbitrary: fc.array(weird, { maxLength: 5 }) },
  { weight: 1, arbitrary: stateLike.map((o) => { try { return JSON.stringify(o) ?? '' } catch { return '{' } }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('v', '=', '&', 't', '0.', '1', 's', 'p', 'a', ',', '%', 'l', 'c', 'x', '-', '?', '#'), maxLength: 40 }) },
)

function checkResult(r: { state: SceneState; problems: Problem[] }): void {
  // the output is always a complete, valid state
  expect(isValidState(r.state)).toBe(true)
  const again = parseState(r.state)
  expect(again.problems).toEqual([])
  expect(statesEqual(again.state, r.state)).toBe(true)
  expect(r.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1)
  for (const p of r.problems) {
    expect(typeof p.field).toBe('string')
    expect(typeof p.value).toBe('string')
    expect(typeof p.expected).toBe('string')
    expect(p.value.length).toBeLessThanOrEqual(200)
    expect(p.field.length).toBeLessThanOrEqual(121)
  }
  expect(Object.getPrototypeOf(r.state)).toBe(Object.prototype)
  expect(Object.keys(r.state).sort()).toEqual([...FIELDS].sort())
}

describe('parseState: property-based (fast-check, 10,000 random inputs)', () => {
  test('never throws; always returns a valid state; problems are well-formed; no prototype pollution', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const r = parseState(input)
        checkResult(r)
      }),
      { numRuns: 10_000 },
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
  test('round trip: parseState(serialize(s)) deep-equals s for any valid s (and the JSON form too)', () => {
    fc.assert(
      fc.property(arbValidState, (s) => {
        expect(isValidState(s)).toBe(true)
        const r = parseState(serialize(s))
        expect(r.problems).toEqual([])
        expect(r.state).toEqual(s)
        const j = fromJSON(toJSON(s))
        expect(j.problems).toEqual([])
        expect(j.state).toEqual(s)
        expect(parseState(s).state).toEqual(s)
      }),
      { numRuns: 2000 },
    )
  })
  test('a parser that returns defaults would fail: non-default states survive', () => {
    const s: SceneState = { ...cloneState(DEFAULT_STATE), tightness: 0.66, side: 'right', posture: 'thomasTest' }
    expect(parseState(serialize(s)).state).toEqual(s)
  })
})

describe('parseState: specific cases', () => {
  test('wrong types are ignored and reported with field, value and expected', () => {
    const r = parseState({ tightness: 'high', side: 3, posture: null, layers: [], focus: 'spleen', camera: 7, chapter: 'x', compare: 'yes', annotations: {} })
    expect(r.state).toEqual(DEFAULT_STATE)
    const fields = r.problems.map((p) => p.field)
    expect(fields).toEqual(['tightness', 'side', 'posture', 'layers', 'focus', 'camera', 'chapter', 'compare', 'annotations'])
    expect(r.problems[0]).toEqual({ field: 'tightness', value: '"high"', expected: 'a finite number 0..1' })
    expect(r.problems[4].expected).toMatch(/structure id/)
  })
  test('NaN and Infinity are rejected; out-of-range numbers clamped and reported; tightness quantised', () => {
    expect(parseState({ tightness: NaN }).state.tightness).toBe(0)
    expect(parseState({ tightness: NaN }).problems[0]).toMatchObject({ field: 'tightness', value: 'NaN' })
    expect(parseState({ tightness: Infinity }).problems[0].value).toBe('Infinity')
    const hi = parseState({ tightness: 7 })
    expect(hi.state.tightness).toBe(1)
    expect(hi.problems[0]).toMatchObject({ field: 'tightness', value: '7', expected: 'a number 0..1 (clamped)' })
    expect(parseState({ tightness: -0.2 }).state.tightness).toBe(0)
    expect(parseState({ tightness: 0.123456 }).state.tightness).toBe(0.123)
    expect(parseState({ tightness: 0.123456 }).problems).toEqual([])
    expect(Object.is(parseState({ tightness: -0 }).state.tightness, 0)).toBe(true)
  })
  test('unknown keys are reported and ignored', () => {
    const r = parseState({ tightness: 0.5, colour: 'red', layers: { bones: false, skin: true } })
    expect(r.state.tightness).toBe(0.5)
    expect(r.state.layers.bones).toBe(false)
    expect(r.problems.map((p) => p.field)).toEqual(['colour', 'layers.skin'])
    expect('colour' in r.state).toBe(false)
  })
  test('prototype keys are never read nor assigned', () => {
    for (const k of ['__proto__', 'constructor', 'prototype']) {
      const evil = JSON.parse(`{"${k}": {"polluted": true, "tightness": 1}, "layers": {"${k}": {"polluted": true}}, "compare": {"${k}": {"polluted": 1}}}`)
      const r = parseState(evil)
      expect(r.state.tightness).toBe(0)
      expect(r.problems.map((p) => p.field)).toEqual([k, `layers.${k}`, `compare.${k}`])
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.getPrototypeOf(r.state)).toBe(Object.prototype)
      expect(Object.getPrototypeOf(r.state.layers)).toBe(Object.prototype)
      const viaString = parseState(JSON.stringify(evil))
      expect(viaString.problems.length).toBe(3)
    }
    // inherited properties do not count as input
    expect(parseState(Object.create({ tightness: 1 })).state.tightness).toBe(0)
  })
  test('huge strings are truncated in problems; long annotation texts truncated to 280 characters', () => {
    const huge = 'x'.repeat(1_000_000)
    const r = parseState({ side: huge })
    expect(r.problems[0].value.length).toBeLessThan(100)
    const a = parseState({ annotations: [{ id: 'a', structure: 'femoralRight', offset: [0, 0, 0], text: 'é'.repeat(400) }] })
    expect([...a.state.annotations[0].text].length).toBe(LIMITS.maxAnnotationText)
    expect(a.problems[0]).toMatchObject({ field: 'annotations[0].text' })
  })
  test('Maps, Dates and boxed values are not state objects', () => {
    for (const v of [new Map([['tightness', 1]]), new Date(0), Object(1), /x/]) expect(parseState(v).problems[0].field).toBe('input')
    expect(parseState({ layers: new Map() }).problems[0].field).toBe('layers')
    expect(parseState(Object.assign(Object.create(null), { tightness: 0.5 })).state.tightness).toBe(0.5)
  })
  test('arrays where objects are expected; objects where arrays are expected', () => {
    expect(parseState([1, 2]).problems[0].field).toBe('input')
    expect(parseState({ layers: [true] }).problems[0].field).toBe('layers')
    expect(parseState({ camera: [0, 0, 1] }).problems[0].field).toBe('camera')
    expect(parseState({ annotations: { 0: {} } }).problems[0].field).toBe('annotations')
  })
  test('annotation limits: at most 50 pins, unique ids, valid structure and offset (clamped to ±1 m)', () => {
    const many = Array.from({ length: 70 }, (_, i) => ({ id: `p${i}`, structure: 'vertebraL3', offset: [0, 0.01 * i, 0], text: `${i}` }))
    const r = parseState({ annotations: many })
    expect(r.state.annotations.length).toBe(50)
    expect(r.problems[0].expected).toMatch(/at most 50/)
    const d = parseState({
      annotations: [
        { id: 'a', structure: 'vertebraL3', offset: [2, 0, 0], text: '' },
        { id: 'a', structure: 'vertebraL4' },
        { id: 'b', structure: 'liver' },
        { id: '', structure: 'vertebraL4' },
        { id: 'c', structure: 'vertebraL4', offset: [NaN, 0, 0] },
      ],
    })
    expect(d.state.annotations).toEqual([
      { id: 'a', structure: 'vertebraL3', offset: [1, 0, 0], text: '' },
      { id: 'c', structure: 'vertebraL4', offset: [0, 0, 0], text: '' },
    ])
    expect(d.problems.map((p) => p.field)).toEqual([
      'annotations[0].offset[0]',
      'annotations[1].id',
      'annotations[2].structure',
      'annotations[3].id',
      'annotations[4].offset[0]',
    ])
  })
  test('compare is a partial state without its own compare or annotations', () => {
    const r = parseState({ compare: { tightness: 0.3333, posture: 'sitting', compare: {}, annotations: [] } })
    expect(r.state.compare).toEqual({ tightness: 0.333, posture: 'sitting' })
    expect(r.problems.map((p) => p.field)).toEqual(['compare.compare', 'compare.annotations'])
    expect(parseState({ compare: false }).state.compare).toBeNull()
    expect(parseState({ compare: true }).state.compare).toEqual({})
  })
  test('free camera is validated and quantised to 0.1 mm', () => {
    const r = parseState({ camera: { position: [0.123456, 0, 1], target: [0, 0.1, 0] } })
    expect(r.state.camera).toEqual({ position: [0.1235, 0, 1], target: [0, 0.1, 0] })
    expect(parseState({ camera: { position: [0, 0], target: [0, 0, 0] } }).state.camera).toBe('front')
    expect(parseState({ camera: { position: [0, 0, 1e9], target: [0, 0, 0] } }).state.camera).toEqual({ position: [0, 0, 50], target: [0, 0, 0] })
  })
  test('missing fields keep the base; the base itself is not modified', () => {
    const base: SceneState = { ...cloneState(DEFAULT_STATE), tightness: 0.4, posture: 'supine' }
    const frozen = JSON.stringify(base)
    const r = parseState({ side: 'left' }, base)
    expect(r.state).toMatchObject({ tightness: 0.4, posture: 'supine', side: 'left' })
    expect(JSON.stringify(base)).toBe(frozen)
    expect(r.state.layers).not.toBe(base.layers)
  })
  test('throwing getters and proxies do not escape', () => {
    const o = { get tightness(): number { throw new Error('boom') } }
    const r = parseState(o)
    expect(r.state).toEqual(DEFAULT_STATE)
    expect(r.problems[0].field).toBe('input')
    const p = new Proxy({}, { ownKeys() { throw new Error('no') } })
    expect(() => parseState(p)).not.toThrow()
  })
  test('problem list is capped', () => {
    const o: Record<string, unknown> = {}
    for (let i = 0; i < 500; i++) o[`k${i}`] = i
    const r = parseState(o)
    expect(r.problems.length).toBe(MAX_PROBLEMS + 1)
    expect(r.problems[MAX_PROBLEMS]).toMatchObject({ field: '*', value: '400' })
  })
})

test('after every parse above, Object.prototype is unchanged (runs last in this file)', () => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeysBefore)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(({} as Record<string, unknown>).tightness).toBeUndefined()
})

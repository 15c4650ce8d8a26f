/**
 * The one derived view: literal values from the teaching model (anatomy-reference §1 worked
 * example and §5.2), one nerve threshold for the marks, the symptoms and the facts, memoisation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import { NERVE_MARK_THRESHOLD, createViewSelector, deriveView } from '../../../src/scene-state/index.ts'

const repoRoot = join(import.meta.dirname, '../../..')

describe('deriveView', () => {
  test('worked example (standing, right, 66 %) with a relaxed compare', () => {
    const v = deriveView({ tightness: 0.66, side: 'right', posture: 'standing', compare: { tightness: 0 } })
    // clinical order (femoral, obturator, genitofemoral, ilioinguinal, iliohypogastric), weights unchanged
    expect(v.markedNerves.map((n) => [n.id, n.compression])).toEqual([
      ['femoralRight', 0.33],
      ['obturatorRight', 0.198],
      ['genitofemoralRight', 0.396],
      ['ilioinguinalRight', 0.198],
      ['iliohypogastricRight', 0.198],
    ])
    expect(v.markedNerves[2].level).toBeCloseTo(0.66, 12)
    expect(v.caption).toEqual({ curve: true, lean: true })
    expect(v.readouts.compare?.lordosisDeg).toBe(50.5)
    expect(v.compare?.input).toEqual({ tightness: 0, side: 'right', posture: 'standing' })
    expect(v.facts).toMatchObject({ percent: 66, band: 'tight', lordosisDeg: 57, normalLordosisDeg: 51, tiltChangeDeg: 6, leanDeg: 2, discMPa: 0.57, normalDiscMPa: 0.5 })
    expect(v.facts.nerves).toEqual(['femoral', 'obturator', 'genitofemoral', 'ilioinguinal', 'iliohypogastric'])
    // two regions of the first nerve, one of the second
    expect(v.facts.regions).toEqual(['anteriorThigh', 'anteromedialThigh', 'medialThigh'])
    expect(v.symptoms.slice(0, 3).map((s) => [s.region, s.side, s.level])).toEqual([
      ['genital', 'right', 0.66],
      ['upperAnteriorThigh', 'right', 0.66],
      ['anteriorThigh', 'right', 0.55],
    ])
    expect(v.symptoms.every((s) => s.side === 'right')).toBe(true)
  })

  test('one threshold: below 0.01 nothing is marked, felt or said; at 0.01 all three agree', () => {
    expect(NERVE_MARK_THRESHOLD).toBe(0.01)
    const below = deriveView({ tightness: 0.01, side: 'both', posture: 'standing' })
    expect(below.pose.nerves.genitofemoral.right).toBeGreaterThan(0)
    expect(below.markedNerves).toEqual([])
    expect(below.symptoms).toEqual([])
    expect(below.facts.nerves).toEqual([])
    const at = deriveView({ tightness: 0.02, side: 'both', posture: 'standing' })
    expect(at.markedNerves.map((n) => n.id)).toEqual(['femoralRight', 'femoralLeft', 'genitofemoralRight', 'genitofemoralLeft'])
    expect(at.facts.nerves).toEqual(['femoral', 'genitofemoral'])
    const supplied = new Set(at.symptoms.flatMap((s) => s.nerves))
    expect([...supplied].sort()).toEqual(['femoral', 'genitofemoral'])
  })

  test('Thomas test: the normal thigh angle comes with the view; the caption stays off', () => {
    const v = deriveView({ tightness: 0.66, side: 'left', posture: 'thomasTest' })
    expect(v.readouts.thomasNormalDeg).toBe(-10)
    expect(v.readouts.current.thomasThighDeg).toBeCloseTo(1.34456, 4)
    expect(v.caption).toEqual({ curve: false, lean: false })
    expect(v.facts.testedLeg).toBe('left')
    expect(v.facts.thomasThighDeg).toBe(1)
  })

  test('bad input is sanitised, never thrown', () => {
    const v = deriveView({ tightness: Number.NaN, side: 'up' as never, posture: 'flying' as never })
    expect(v.input).toEqual({ tightness: 0, side: 'both', posture: 'standing' })
    expect(v.facts.percent).toBe(0)
  })

  test('memoised: equal inputs give the same object; a selector is stable across unrelated changes', () => {
    const a = deriveView({ tightness: 0.33, side: 'left', posture: 'supine', compare: null })
    expect(deriveView({ tightness: 0.33, side: 'left', posture: 'supine' })).toBe(a)
    const select = createViewSelector()
    const s1 = { tightness: 0.5, side: 'right' as const, posture: 'standing' as const, compare: null }
    const v1 = select(s1)
    // fill the shared cache with other states: the selector still returns its object
    for (let i = 0; i < 100; i++) deriveView({ tightness: i / 100, side: 'both', posture: 'sitting' })
    expect(select({ ...s1 })).toBe(v1)
    expect(select({ ...s1, tightness: 0.6 })).not.toBe(v1)
  })
})

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : []
  })
}

describe('nothing outside scene-state derives', () => {
  test('derivePose / deriveSymptoms are called only in src/scene-state', () => {
    const offenders = files(join(repoRoot, 'src'))
      .filter((f) => !relative(repoRoot, f).startsWith('src/scene-state/'))
      .filter((f) => /\b(derivePose|deriveSymptoms|deriveTeachingDetails)\s*\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(repoRoot, f))
    expect(offenders).toEqual([])
  })
})

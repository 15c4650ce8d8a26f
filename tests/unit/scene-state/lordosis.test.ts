/**
 * The lordosis angle the side view's arc shows: one rounding with the description, the value of an
 * (animated) pose from its segments, and the rest geometry of the endplates it is drawn between.
 * Literal values from the reference (anatomy-reference §1 and §5).
 */
import { describe, expect, test } from 'vitest'
import { CHANNEL_COUNT, POSTURES, TIGHT_SIDES, channelsToPose, deriveView, poseToChannels, type Pose } from '../../../src/scene-state/index.ts'
import { LORDOSIS_ENDPLATES, poseLordosisDeg, restGeometryDeg, shownLordosisDeg } from '../../../src/scene-state/lordosis.ts'

/** The pose a fraction `k` of the way from `a` to `b`, channel by channel (as the animator moves it). */
function between(a: Pose, b: Pose, k: number): Pose {
  const ca = poseToChannels(a, new Float64Array(CHANNEL_COUNT))
  const cb = poseToChannels(b, new Float64Array(CHANNEL_COUNT))
  return channelsToPose(ca.map((v, i) => v + (cb[i] - v) * k), structuredClone(a))
}

describe('shownLordosisDeg', () => {
  test('rounded normal + rounded change, as the text prints it', () => {
    expect(shownLordosisDeg(50.5, 50.5)).toBe(51)
    // standing, both sides, severe: e = 12.19 (anatomy-reference §5.2)
    expect(shownLordosisDeg(50.5 + 12.19, 50.5)).toBe(63)
    // tight (worked example, e = 6.34)
    expect(shownLordosisDeg(50.5 + 6.34, 50.5)).toBe(57)
    // a change of half a degree shows as one (51 → 52), also with float noise below the half
    expect(shownLordosisDeg(51, 50.5)).toBe(52)
    expect(shownLordosisDeg(50.5 + 0.5 - 1e-12, 50.5)).toBe(52)
    expect(shownLordosisDeg(33.9, 33.9)).toBe(34)
  })
})

describe('poseLordosisDeg', () => {
  test('equals the readout of every derived pose, and its shown value the description facts', () => {
    for (const posture of POSTURES)
      for (const side of TIGHT_SIDES)
        for (const tightness of [0, 0.2, 0.33, 0.5, 0.66, 0.9, 1]) {
          const v = deriveView({ tightness, side, posture })
          expect(poseLordosisDeg(v.pose), `${posture} ${side} ${tightness}`).toBeCloseTo(v.readouts.current.lordosisDeg, 9)
          expect(shownLordosisDeg(poseLordosisDeg(v.pose), v.readouts.current.normal.lordosisDeg)).toBe(v.facts.lordosisDeg)
        }
  })

  test('literal values: 51° relaxed standing, 63° severe, 34° sitting', () => {
    expect(poseLordosisDeg(deriveView({ tightness: 0, side: 'both', posture: 'standing' }).pose)).toBeCloseTo(50.5, 9)
    expect(poseLordosisDeg(deriveView({ tightness: 1, side: 'both', posture: 'standing' }).pose)).toBeCloseTo(62.69, 2)
    expect(poseLordosisDeg(deriveView({ tightness: 0, side: 'both', posture: 'sitting' }).pose)).toBeCloseTo(33.9, 9)
  })

  test('a pose half-way between two follows the segments (the animated, displayed pose)', () => {
    const a = deriveView({ tightness: 0, side: 'both', posture: 'standing' }).pose
    const b = deriveView({ tightness: 1, side: 'both', posture: 'standing' }).pose
    expect(poseLordosisDeg(between(a, b, 0.5))).toBeCloseTo((50.5 + 62.69) / 2, 2)
  })
})

describe('LORDOSIS_ENDPLATES', () => {
  test('the rest geometry: L1 chord lean 16.7° back, L1 upper tilt 0, sacral slope 40° (anatomy-reference §3, §4)', () => {
    const { l1Upper, s1 } = LORDOSIS_ENDPLATES
    // S1: anterior rim lower, 40° to the horizontal
    expect((Math.atan2(-s1.anterior[1], s1.anterior[2]) * 180) / Math.PI).toBeCloseTo(40, 6)
    expect(s1.centre).toEqual([0, 0.018, -0.1013])
    // L1: the endplate turned with its body, whose chord leans 16.68° back: anterior rim higher
    expect((Math.atan2(l1Upper.anterior[1], l1Upper.anterior[2]) * 180) / Math.PI).toBeCloseTo(16.68, 1)
    // 3.6 mm (half the T12/L1 disc) below the T12/L1 joint centre (0.1761, −0.1137), along the chord
    expect(Math.hypot(l1Upper.centre[1] - 0.1761, l1Upper.centre[2] + 0.1137)).toBeCloseTo(0.0036, 6)
    expect(l1Upper.depth).toBeCloseTo(0.0336, 6)
    // the bones' rest geometry is more lordotic than the population value the app shows (§1: "about 57°")
    expect(restGeometryDeg()).toBeCloseTo(56.68, 1)
  })
})

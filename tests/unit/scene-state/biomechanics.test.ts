import { describe, expect, test } from 'vitest'
import * as fc from 'fast-check'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import {
  BODY_REGION_IDS,
  NERVES,
  NERVE_KEYS,
  POSTURES,
  SEGMENT_KEYS,
  TEACHING,
  TIGHTNESS_STOPS,
  TIGHT_SIDES,
  derivePose,
  deriveSymptoms,
  deriveTeachingDetails,
  lostHipExtensionDeg,
  rotToNodeEuler,
} from '../../../src/scene-state/index.ts'
import type { Pose, Posture, Rot, TightSide } from '../../../src/scene-state/index.ts'

const DEG = Math.PI / 180
const deg = (r: number) => r / DEG
const arbT = fc.double({ min: 0, max: 1, noNaN: true })
const arbSide = fc.constantFrom<TightSide>(...TIGHT_SIDES)
const arbPosture = fc.constantFrom<Posture>(...POSTURES)
const P = ref.postures as unknown as Record<
  Posture,
  { lumbarLordosisL1S1Deg: number; segmentalDeg: Record<string, number>; anteriorPelvicTiltChangeDeg: number; hipFlexionDeg: { left: number; right: number }; l45DiscPressureMPa: number }
>

describe('worked example of anatomy-reference §1 (standing, right, t = 0.66)', () => {
  const pose = derivePose({ tightness: 0.66, side: 'right', posture: 'standing' })
  test('Δθ and excess', () => {
    expect(lostHipExtensionDeg(0.66)).toBeCloseTo(11.34, 2)
    expect(deriveTeachingDetails({ tightness: 0.66, side: 'right', posture: 'standing' }).excessDeg).toBeCloseTo(6.34, 2)
  })
  test('pelvis +6.34° anterior tilt, both hips flexion +6.34° (node rotX −6.34°)', () => {
    expect(deg(pose.pelvis.flexion)).toBeCloseTo(6.34, 1)
    expect(Math.abs(deg(pose.pelvis.flexion) - 6.34)).toBeLessThan(0.01)
    for (const s of ['left', 'right'] as const) {
      expect(Math.abs(deg(pose.hips[s].flexion) - 6.34)).toBeLessThan(0.01)
      expect(Math.abs(deg(rotToNodeEuler(s === 'left' ? 'hipLeft' : 'hipRight', pose.hips[s])[0]) + 6.34)).toBeLessThan(0.01)
    }
    expect(pose.readout.anteriorTiltChangeDeg).toBeCloseTo(6.34, 1)
  })
  test('segments L5 −2.71, L4 −1.59, L3 −1.14, L2 −0.74, L1 −0.15 (negative = extension)', () => {
    const expected = { L5S1: -2.71, L4L5: -1.59, L3L4: -1.14, L2L3: -0.74, L1L2: -0.15 }
    for (const k of SEGMENT_KEYS) expect(Math.abs(deg(pose.segments[k].flexion) - expected[k])).toBeLessThan(0.011)
    const sum = SEGMENT_KEYS.reduce((s, k) => s + deg(pose.segments[k].flexion), 0)
    expect(sum).toBeCloseTo(-6.3446, 3) // lordosis +e, 1:1 with the tilt
    expect(pose.readout.lordosisDeg).toBeCloseTo(50.5 + 6.3446, 3)
    // trunk stays upright: pelvis + segment flexion = 0
    expect(deg(pose.pelvis.flexion) + sum).toBeCloseTo(0, 9)
  })
  test('lean 1.56° to the right: +0.31° lateral bend at each segment; axial rotation 0', () => {
    expect(pose.readout.lateralLeanDeg).toBeCloseTo(1.56, 2)
    for (const k of SEGMENT_KEYS) {
      expect(deg(pose.segments[k].lateralBend)).toBeCloseTo(0.312, 3)
      expect(pose.segments[k].axialRotation).toBe(0)
    }
  })
  test('disc 0.566 MPa, facet share from the L4L5 change', () => {
    expect(pose.readout.discL4L5MPa).toBeCloseTo(0.566, 6)
    expect(pose.readout.normal.discL4L5MPa).toBe(0.5)
    expect(pose.readout.facetLoad).toBeCloseTo(0.16 + 0.01 * ((6.3446 * 12.7) / 50.5), 4)
  })
  test('right nerves: genitofemoral 0.40, femoral 0.33, obturator/iliohypogastric/ilioinguinal 0.20, LFCN 0, trunk 0; left all 0', () => {
    expect(pose.nerves.genitofemoral.right).toBeCloseTo(0.396, 6)
    expect(pose.nerves.femoral.right).toBeCloseTo(0.33, 6)
    for (const k of ['obturator', 'iliohypogastric', 'ilioinguinal'] as const) expect(pose.nerves[k].right).toBeCloseTo(0.198, 6)
    expect(pose.nerves.lateralFemoralCutaneous.right).toBe(0)
    expect(pose.nerves.lumbosacralTrunk.right).toBe(0)
    for (const k of NERVE_KEYS) expect(pose.nerves[k].left).toBe(0)
  })
  test('muscles: right shortening 0.0198, tension 0.66 × 766 N, tense 0.66; left 0', () => {
    expect(pose.muscles.right.shortening).toBeCloseTo(0.0198, 9)
    expect(pose.muscles.right.tensionN).toBeCloseTo(0.66 * 766, 6)
    expect(pose.muscles.right.tense).toBeCloseTo(0.66, 9)
    expect(pose.muscles.left).toEqual({ shortening: 0, tensionN: 0, tense: 0 })
  })
})

describe('tightness 0 reproduces each posture of §5.1', () => {
  test('standing at t = 0 is all zeros', () => {
    const pose = derivePose({ tightness: 0, side: 'both', posture: 'standing' })
    const rots: Rot[] = [pose.root.rotation, pose.pelvis, ...SEGMENT_KEYS.map((k) => pose.segments[k]), pose.hips.left, pose.hips.right]
    for (const r of rots) expect([r.flexion, r.lateralBend, r.axialRotation]).toEqual([0, 0, 0])
    expect(pose.root.position).toEqual([0, 0, 0])
    for (const k of NERVE_KEYS) expect(pose.nerves[k]).toEqual({ left: 0, right: 0 })
  })
  for (const posture of POSTURES) {
    test(`${posture}`, () => {
      for (const side of TIGHT_SIDES) {
        const pose = derivePose({ tightness: 0, side, posture })
        const ref = P[posture]
        expect(pose.readout.lordosisDeg).toBeCloseTo(ref.lumbarLordosisL1S1Deg, 9)
        expect(pose.readout.anteriorTiltChangeDeg).toBeCloseTo(ref.anteriorPelvicTiltChangeDeg, 9)
        expect(deg(pose.pelvis.flexion)).toBeCloseTo(ref.anteriorPelvicTiltChangeDeg, 9)
        expect(pose.readout.discL4L5MPa).toBeCloseTo(ref.l45DiscPressureMPa, 9)
        for (const k of SEGMENT_KEYS)
          expect(-deg(pose.segments[k].flexion)).toBeCloseTo(ref.segmentalDeg[k] - P.standing.segmentalDeg[k], 9)
        // hips: the reference lists tested/rear = right; with side left the legs swap
        const swap = (posture === 'thomasTest' || posture === 'hipFlexorStretch') && side === 'left'
        expect(pose.readout.hipFlexionDeg.right).toBeCloseTo(swap ? ref.hipFlexionDeg.left : ref.hipFlexionDeg.right, 9)
        expect(pose.readout.hipFlexionDeg.left).toBeCloseTo(swap ? ref.hipFlexionDeg.right : ref.hipFlexionDeg.left, 9)
        expect(pose.readout.normal.lordosisDeg).toBe(pose.readout.lordosisDeg)
        expect(pose.readout.lateralLeanDeg).toBe(0)
      }
    })
  }
  test('lying postures lie the body on its back (root flexion −90°), others upright', () => {
    for (const posture of POSTURES) {
      const pose = derivePose({ tightness: 0, side: 'both', posture })
      const lying = posture === 'supine' || posture === 'thomasTest'
      expect(deg(pose.root.rotation.flexion)).toBeCloseTo(lying ? -90 : 0, 9)
    }
  })
})

describe('named stops', () => {
  const stops = [TIGHTNESS_STOPS.relaxed, TIGHTNESS_STOPS.mild, TIGHTNESS_STOPS.tight, TIGHTNESS_STOPS.severe]
  test('Δθ 0 / 5.67 / 11.34 / 17.19°; excess 0 / 0.67 / 6.34 / 12.19°', () => {
    expect(stops.map((t) => +lostHipExtensionDeg(t).toFixed(2))).toEqual([0, 5.67, 11.34, 17.19])
    expect(stops.map((t) => +deriveTeachingDetails({ tightness: t, side: 'both', posture: 'standing' }).excessDeg.toFixed(2))).toEqual([0, 0.67, 6.34, 12.19])
  })
  test('Thomas thigh −10 / −4.3 / +1.3 / +7.2° (positive above 0.58)', () => {
    for (const side of TIGHT_SIDES) {
      const v = stops.map((t) => derivePose({ tightness: t, side, posture: 'thomasTest' }).readout.thomasThighDeg as number)
      expect(v.map((x) => +x.toFixed(1))).toEqual([-10, -4.3, 1.3, 7.2])
    }
    expect(deriveTeachingDetails({ tightness: 0.57, side: 'right', posture: 'thomasTest' }).thomasPositive).toBe(false)
    expect(deriveTeachingDetails({ tightness: 0.59, side: 'right', posture: 'thomasTest' }).thomasPositive).toBe(true)
    // tested hip flexion = thigh − 10 (pelvis held 10° posterior); the held leg stays at 120°
    const p = derivePose({ tightness: 0.66, side: 'left', posture: 'thomasTest' })
    expect(p.readout.hipFlexionDeg.left).toBeCloseTo((p.readout.thomasThighDeg as number) - 10, 9)
    expect(p.readout.hipFlexionDeg.right).toBe(120)
  })
  test('stretch rear hip −15 / −9.3 / −3.7 / +2.2°', () => {
    for (const side of TIGHT_SIDES) {
      const rear = side === 'left' ? 'left' : 'right'
      const v = stops.map((t) => derivePose({ tightness: t, side, posture: 'hipFlexorStretch' }).readout.hipFlexionDeg[rear])
      expect(v.map((x) => +x.toFixed(1))).toEqual([-15, -9.3, -3.7, 2.2])
      const front = derivePose({ tightness: 1, side, posture: 'hipFlexorStretch' }).readout.hipFlexionDeg[rear === 'left' ? 'right' : 'left']
      expect(front).toBe(85)
    }
  })
  test('disc: standing both t = 1 → 0.70 MPa; rising tension factor 0.5', () => {
    expect(derivePose({ tightness: 1, side: 'both', posture: 'standing' }).readout.discL4L5MPa).toBeCloseTo(0.7, 9)
    expect(derivePose({ tightness: 1, side: 'both', posture: 'risingFromChair' }).readout.discL4L5MPa).toBeCloseTo(1.1 * 1.2, 9)
    expect(derivePose({ tightness: 1, side: 'right', posture: 'thomasTest' }).readout.discL4L5MPa).toBeCloseTo(0.12 * 1.2, 9)
    expect(derivePose({ tightness: 1, side: 'both', posture: 'thomasTest' }).readout.discL4L5MPa).toBeCloseTo(0.12 * 1.2, 9)
  })
})

describe('sitting: psoas slack', () => {
  test('no pose, tension, nerve or disc change from tightness', () => {
    fc.assert(
      fc.property(arbT, arbSide, (t, side) => {
        const a = derivePose({ tightness: 0, side, posture: 'sitting' })
        const b = derivePose({ tightness: t, side, posture: 'sitting' })
        expect(b.pelvis).toEqual(a.pelvis)
        expect(b.segments).toEqual(a.segments)
        expect(b.hips).toEqual(a.hips)
        expect(b.nerves).toEqual(a.nerves)
        expect(b.readout.discL4L5MPa).toBe(0.46)
        expect(b.muscles.left.tensionN + b.muscles.right.tensionN).toBe(0)
      }),
      { numRuns: 300 },
    )
  })
  test('rising from chair: no pose change but tension, disc and nerves rise', () => {
    const a = derivePose({ tightness: 0, side: 'right', posture: 'risingFromChair' })
    const b = derivePose({ tightness: 1, side: 'right', posture: 'risingFromChair' })
    expect(b.pelvis).toEqual(a.pelvis)
    expect(b.segments).toEqual(a.segments)
    expect(b.muscles.right.tense).toBe(0.5)
    expect(b.nerves.femoral.right).toBeCloseTo(0.25, 9)
    expect(b.readout.discL4L5MPa).toBeCloseTo(1.1 * (1 + 0.4 * 0.25), 9)
  })
})

function scalarOutputs(p: Pose): number[] {
  return [
    p.readout.lordosisDeg,
    p.readout.anteriorTiltChangeDeg,
    p.readout.discL4L5MPa,
    p.readout.facetLoad,
    p.readout.hipFlexionDeg.left,
    p.readout.hipFlexionDeg.right,
    Math.abs(p.readout.lateralLeanDeg),
    p.readout.thomasThighDeg ?? 0,
    p.pelvis.flexion,
    ...SEGMENT_KEYS.map((k) => -p.segments[k].flexion),
    ...(['left', 'right'] as const).flatMap((s) => [p.muscles[s].shortening, p.muscles[s].tensionN, p.muscles[s].tense]),
    ...NERVE_KEYS.flatMap((k) => [p.nerves[k].left, p.nerves[k].right]),
  ]
}

const mirror = (x: Rot): Rot => ({ flexion: x.flexion, lateralBend: -x.lateralBend + 0, axialRotation: -x.axialRotation + 0 })
const inRange = (v: number, [lo, hi]: number[]) => v >= lo - 1e-12 && v <= hi + 1e-12

describe('properties (fast-check)', () => {
  test('monotonic: no output decreases when tightness rises', () => {
    fc.assert(
      fc.property(arbT, arbT, arbSide, arbPosture, (a, b, side, posture) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const x = scalarOutputs(derivePose({ tightness: lo, side, posture }))
        const y = scalarOutputs(derivePose({ tightness: hi, side, posture }))
        x.forEach((v, i) => expect(y[i]).toBeGreaterThanOrEqual(v - 1e-12))
      }),
      { numRuns: 2000 },
    )
  })
  test('left/right mirror: sides swap, flexion keeps its sign, lateral bend and axial rotation flip', () => {
    fc.assert(
      fc.property(arbT, arbPosture, (t, posture) => {
        const r = derivePose({ tightness: t, side: 'right', posture })
        const l = derivePose({ tightness: t, side: 'left', posture })
        expect(l.pelvis).toEqual(mirror(r.pelvis))
        for (const k of SEGMENT_KEYS) expect(l.segments[k]).toEqual(mirror(r.segments[k]))
        expect(l.hips.left).toEqual(mirror(r.hips.right))
        expect(l.hips.right).toEqual(mirror(r.hips.left))
        expect(l.muscles.left).toEqual(r.muscles.right)
        expect(l.muscles.right).toEqual(r.muscles.left)
        for (const k of NERVE_KEYS) expect(l.nerves[k]).toEqual({ left: r.nerves[k].right, right: r.nerves[k].left })
        expect(l.readout.lateralLeanDeg).toBe(-r.readout.lateralLeanDeg + 0)
        expect(l.readout.discL4L5MPa).toBe(r.readout.discL4L5MPa)
        expect(l.root).toEqual(r.root)
        // both sides tight: symmetric, no lean
        const b = derivePose({ tightness: t, side: 'both', posture })
        expect(b.readout.lateralLeanDeg).toBe(0)
      }),
      { numRuns: 1000 },
    )
  })
  test('every output stays within the physiological clamps of §5.2, at every input', () => {
    const C = TEACHING.clamps
    fc.assert(
      fc.property(fc.oneof(arbT, fc.double()), arbSide, arbPosture, (t, side, posture) => {
        const p = derivePose({ tightness: t, side, posture })
        const all = scalarOutputs(p)
        expect(all.every(Number.isFinite)).toBe(true)
        expect(inRange(p.readout.lordosisDeg, C.lumbarLordosisL1S1Deg)).toBe(true)
        expect(inRange(p.readout.anteriorTiltChangeDeg, C.anteriorPelvicTiltChangeDeg)).toBe(true)
        expect(inRange(p.readout.hipFlexionDeg.left, C.hipFlexionDeg) && inRange(p.readout.hipFlexionDeg.right, C.hipFlexionDeg)).toBe(true)
        expect(inRange(p.readout.lateralLeanDeg, C.lateralLeanDeg)).toBe(true)
        expect(inRange(p.readout.discL4L5MPa, C.l45DiscPressureMPa)).toBe(true)
        expect(inRange(p.readout.facetLoad, [0, 0.35])).toBe(true)
        expect(p.readout.thomasThighDeg === null || inRange(p.readout.thomasThighDeg, C.thomasThighAboveHorizontalDeg)).toBe(true)
        expect(p.readout.thomasThighDeg === null).toBe(posture !== 'thomasTest')
        const seg = C.segmentalDeg as Record<string, number[]>
        for (const k of SEGMENT_KEYS) {
          const shown = ref.postures.standing.segmentalDeg[k] - deg(p.segments[k].flexion)
          expect(inRange(shown, seg[k])).toBe(true)
          expect(p.segments[k].axialRotation).toBe(0)
        }
        for (const s of ['left', 'right'] as const) {
          expect(inRange(p.muscles[s].shortening, C.shortening)).toBe(true)
          expect(inRange(p.muscles[s].tense, C.tensionShare)).toBe(true)
        }
        for (const k of NERVE_KEYS) for (const s of ['left', 'right'] as const) expect(inRange(p.nerves[k][s], C.nerveCompression)).toBe(true)
        expect(p.nerves.lateralFemoralCutaneous).toEqual({ left: 0, right: 0 })
        expect(p.nerves.lumbosacralTrunk).toEqual({ left: 0, right: 0 })
        const details = deriveTeachingDetails({ tightness: t, side, posture })
        expect(inRange(details.lostHipExtensionDeg, C.dThetaDeg)).toBe(true)
        expect(inRange(details.tensionShare, C.tensionShare)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('rotToNodeEuler (the one Rot → node conversion)', () => {
  test('spine/pelvis/root map 1:1 to X, Y, Z; hips negate flexion and mirror the others', () => {
    const r: Rot = { flexion: 0.1, lateralBend: 0.2, axialRotation: 0.3 }
    expect(rotToNodeEuler('segment', r)).toEqual([0.1, 0.3, 0.2])
    expect(rotToNodeEuler('pelvis', r)).toEqual([0.1, 0.3, 0.2])
    expect(rotToNodeEuler('root', r)).toEqual([0.1, 0.3, 0.2])
    expect(rotToNodeEuler('hipRight', r)).toEqual([-0.1, 0.3, -0.2])
    expect(rotToNodeEuler('hipLeft', r)).toEqual([-0.1, -0.3, 0.2])
  })
})

describe('symptoms and nerve data', () => {
  test('regions come from the reference body map, for compressed nerves only, with intensity', () => {
    const pose = derivePose({ tightness: 0.66, side: 'right', posture: 'standing' })
    const s = deriveSymptoms(pose)
    expect(s.every((x) => x.side === 'right')).toBe(true)
    expect(s.every((x) => BODY_REGION_IDS.includes(x.region))).toBe(true)
    const byRegion = Object.fromEntries(s.map((x) => [x.region, x.intensity]))
    expect(byRegion.genital).toBeCloseTo(0.396, 9) // genitofemoral (0.40) beats ilioinguinal (0.20)
    expect(byRegion.anteriorThigh).toBeCloseTo(0.33, 9)
    expect(byRegion.medialThigh).toBeCloseTo(0.198, 9)
    expect(byRegion.anterolateralThigh).toBeUndefined() // LFCN kept at 0
    expect(byRegion.lateralLeg).toBeUndefined() // lumbosacral trunk kept at 0
    expect(s[0].intensity).toBeGreaterThanOrEqual(s[s.length - 1].intensity)
    expect(deriveSymptoms(derivePose({ tightness: 0, side: 'both', posture: 'standing' }))).toEqual([])
    const both = deriveSymptoms(derivePose({ tightness: 1, side: 'both', posture: 'standing' }))
    expect(both.filter((x) => x.side === 'left').length).toBe(both.filter((x) => x.side === 'right').length)
  })
  test('nerve roots and weights from the reference', () => {
    expect(NERVES.femoral.roots).toEqual(['L2', 'L3', 'L4'])
    expect(NERVES.femoral.rootsLabel).toBe('L2-L4')
    expect(NERVES.ilioinguinal.rootsLabel).toBe('L1')
    expect(NERVES.femoral.exitLevel).toBe('L5')
    expect(NERVES.obturator.exitBorder).toBe('medial')
    expect(NERVES.genitofemoral.weight).toBe(0.6)
    expect(NERVES.lateralFemoralCutaneous.notSupported).toBe(true)
    expect(NERVES.lumbosacralTrunk.weight).toBe(0)
  })
  test('teaching constants are read from the reference', () => {
    expect(TEACHING.smax).toBe(0.03)
    expect(TEACHING.fmaxPerSideN).toBe(766)
    expect(TEACHING.standingShareSumDeg).toBeCloseTo(50.5, 9)
    expect(TEACHING.facet).toEqual({ base: 0.16, perDeg: 0.01, min: 0, max: 0.35 })
  })
})

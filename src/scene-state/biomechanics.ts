/**
 * Biomechanics of the psoas explainer: a TEACHING MODEL, not a validated simulation.
 *
 * It illustrates the common clinical explanation "a tight psoas tips the pelvis forward, deepens the
 * lower-back curve, loads discs and facets and may irritate nerves that run through it". Which of these
 * links are established and which are hypotheses is listed in anatomy-reference.md §6 and §8; every
 * number comes from reference/anatomy-reference.json (`postures`, `teachingModel`, `nerves`, `bodyMap`,
 * `psoas`), never from literals here. Formulas: anatomy-reference §5.2; postures §5.1; signs §1.
 * Main sources behind the reference: Levine & Whittle 1996 (tilt ↔ lordosis 1:1), Wilke 1999 (disc
 * pressures, one person), Harvey 1998 (Thomas test), Christophy 2012 / Rajagopal 2016 (geometry, Fmax),
 * Adams & Hutton 1980 (facet share).
 *
 * ROTATION SIGN CONVENTION of `Rot` (radians, change from the rest pose = relaxed standing):
 *  - spinal segments (`segments.*`), `pelvis`, `root`: the values ARE the node rotations about the
 *    parent's rest axes: `flexion` = rotation about X (+ = the part above tips forward: segment flexion,
 *    lordosis DEcreases; for the pelvis + = ANTERIOR tilt), `lateralBend` = rotation about Z
 *    (+ = bend to the patient's RIGHT), `axialRotation` = rotation about Y (+ = front turns to the
 *    patient's LEFT; always 0 here).
 *  - hips (`hips.left/right`): ANATOMICAL angles: `flexion` + = hip flexion (node rotation about X is
 *    −flexion for BOTH legs), `lateralBend` = abduction (+; node Z = −abduction right, +abduction left),
 *    `axialRotation` = internal rotation (+; node Y = +internal right, −internal left). Abduction and
 *    rotation are 0 in this model.
 *  - {@link rotToNodeEuler} is the one function that converts a Rot into node Euler angles (order XYZ).
 *
 * Mirror rule: left/right swap; lateralBend and axialRotation flip sign, flexion keeps its sign.
 */
import * as ref from './reference.runtime.json' with { type: 'json' }
import { NERVE_KEYS, SEGMENT_KEYS, SIDES } from './ids.ts'
import type { BodySide, NerveKey, SegmentKey } from './ids.ts'
import type { Pose, Posture, Readout, Rot, TightSide } from './types.ts'
import { POSTURES } from './types.ts'
import { NERVE_NOT_SUPPORTED } from './nerves.ts'

const DEG = Math.PI / 180
const TM = ref.teachingModel
const CL = TM.clamps

export interface PoseInput {
  tightness: number
  side: TightSide
  posture: Posture
}

type PostureRef = {
  lumbarLordosisL1S1Deg: number
  segmentalDeg: Record<SegmentKey, number>
  anteriorPelvicTiltChangeDeg: number
  hipFlexionDeg: Record<BodySide, number>
  l45DiscPressureMPa: number
}
const POSTURE_REF: Record<Posture, PostureRef> = ref.postures
const STANDING = POSTURE_REF.standing

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v
}
function parseFacetFormula(f: string): { base: number; perDeg: number; min: number; max: number } {
  const m = /clamp\(\s*([\d.]+)\s*\+\s*([\d.]+)\s*\*[^,]*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)/.exec(f)
  if (!m) throw new Error(`anatomy-reference: cannot read the facet formula "${f}"`)
  return { base: Number(m[1]), perDeg: Number(m[2]), min: Number(m[3]), max: Number(m[4]) }
}

/** The constants of the teaching model, all read from the reference (exported for tests and the UI). */
export const TEACHING = Object.freeze({
  label: TM.label,
  smax: TM.shortening.smax,
  muscleLengthM: TM.lostHipExtension.L_m,
  momentArmM: TM.lostHipExtension.r_m,
  standingReserveDeg: TM.reserves.standingReserveDeg,
  supineReserveDeg: TM.reserves.supineReserveDeg,
  thomasReserveDeg: TM.reserves.thomasReserveDeg,
  rearHipExtensionDegAtRest: ref.postures.hipFlexorStretch.rearHipExtensionDegAtRest,
  eMaxDeg: TM.standingAndSupine.eMaxDeg,
  maxLeanDeg: CL.lateralLeanDeg[1],
  postureFactor: TM.tensionShare.postureFactor as Record<Posture, number>,
  k: TM.discPressure.k,
  pBase: TM.discPressure.pBase as Record<Posture, number>,
  nerveWeights: TM.nerveCompression.weights as Record<NerveKey, number>,
  nerveCap: CL.nerveCompression[1],
  fmaxPerSideN: ref.psoas.totalFmaxPerSideN.christophyMyoTorso,
  facet: parseFacetFormula(TM.facetLoadOptional.formula),
  standingShareSumDeg: SEGMENT_KEYS.reduce((s, k) => s + STANDING.segmentalDeg[k], 0),
  clamps: CL,
})

/** Postures in which the psoas pull moves the pelvis and lumbar spine (§5.2 "Standing and supine"). */
const PULL_POSTURES: ReadonlySet<Posture> = new Set(['standing', 'supine'])

/** Lost hip extension Δθ in degrees: s·L/r with s = smax·t (§5.2), clamped to the reference range. */
export function lostHipExtensionDeg(t: number): number {
  const s = TEACHING.smax * t
  return clamp(((s * TEACHING.muscleLengthM) / TEACHING.momentArmM) / DEG, CL.dThetaDeg[0], CL.dThetaDeg[1])
}
/** Excess e = max(0, Δθ − reserve) for standing and supine (degrees). */
export function excessDeg(t: number, posture: Posture): number {
  if (!PULL_POSTURES.has(posture)) return 0
  const reserve = posture === 'supine' ? TEACHING.supineReserveDeg : TEACHING.standingReserveDeg
  return Math.max(0, lostHipExtensionDeg(t) - reserve)
}

/** Which sides are tight. */
export function tightSides(side: TightSide): Record<BodySide, boolean> {
  return { left: side !== 'right', right: side !== 'left' }
}
/** Thomas test tested leg / stretch rear leg: the tight side; with side "both" the right leg (§5.1). */
export function testedLeg(side: TightSide): BodySide {
  return side === 'left' ? 'left' : 'right'
}

const ZERO_ROT = (): Rot => ({ flexion: 0, lateralBend: 0, axialRotation: 0 })
function sanitiseT(t: number): number {
  return Number.isFinite(t) ? clamp(t, 0, 1) + 0 : 0
}

/** Lumbar centre (midpoint of jointL5S1 and jointL1L2): the body turns about it when lying down. */
const LUMBAR_CENTRE: readonly [number, number, number] = (() => {
  const a = ref.landmarks.jointL5S1.position_m
  const b = ref.landmarks.jointL1L2.position_m
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2]
})()
/** Whole-body tilt of the lying postures: on the back, front (+Z) facing up (+Y), feet toward +Z. */
const LYING_ROOT_FLEXION = -Math.PI / 2
const LYING_POSTURES: ReadonlySet<Posture> = new Set(['supine', 'thomasTest'])

function rootFor(posture: Posture): Pose['root'] {
  const rotation = ZERO_ROT()
  if (!LYING_POSTURES.has(posture)) return { position: [0, 0, 0], rotation }
  rotation.flexion = LYING_ROOT_FLEXION
  // position = c − R·c so that the lumbar centre c stays where it is in standing (camera framing).
  const [cx, cy, cz] = LUMBAR_CENTRE
  const cos = Math.cos(LYING_ROOT_FLEXION)
  const sin = Math.sin(LYING_ROOT_FLEXION)
  const ry = cy * cos - cz * sin
  const rz = cy * sin + cz * cos
  return { position: [cx - cx, cy - ry, cz - rz], rotation }
}

interface Core {
  pelvisDeg: number
  segmentsDeg: Record<SegmentKey, number> // displayed lordotic angle per segment
  lordosisDeg: number
  hipDeg: Record<BodySide, number>
  leanDeg: number
  share: Record<BodySide, number>
  tau: number
  discMPa: number
  thomasThighDeg: number | null
}

function core(t: number, side: TightSide, posture: Posture): Core {
  const P = POSTURE_REF[posture]
  const tight = tightSides(side)
  const e = excessDeg(t, posture)
  const segmentsDeg = {} as Record<SegmentKey, number>
  for (const k of SEGMENT_KEYS) {
    const change = (e * STANDING.segmentalDeg[k]) / TEACHING.standingShareSumDeg
    const [lo, hi] = CL.segmentalDeg[k] as [number, number]
    segmentsDeg[k] = clamp(P.segmentalDeg[k] + change, lo, hi)
  }
  const lordosisDeg = clamp(P.lumbarLordosisL1S1Deg + e, CL.lumbarLordosisL1S1Deg[0], CL.lumbarLordosisL1S1Deg[1])
  const pelvisDeg = clamp(
    P.anteriorPelvicTiltChangeDeg + e,
    CL.anteriorPelvicTiltChangeDeg[0],
    CL.anteriorPelvicTiltChangeDeg[1],
  )
  const [hLo, hHi] = CL.hipFlexionDeg as [number, number]
  const hipDeg: Record<BodySide, number> = { left: 0, right: 0 }
  let thomasThighDeg: number | null = null
  const pf = TEACHING.postureFactor[posture]
  const share: Record<BodySide, number> = { left: 0, right: 0 }

  if (posture === 'thomasTest' || posture === 'hipFlexorStretch') {
    // Posture values are given for tested/rear = right, other leg = left.
    const tested = testedLeg(side)
    const other: BodySide = tested === 'right' ? 'left' : 'right'
    const tTested = tight[tested] ? t : 0
    const dTheta = lostHipExtensionDeg(tTested)
    if (posture === 'thomasTest') {
      const thigh = clamp(
        dTheta - TEACHING.thomasReserveDeg,
        CL.thomasThighAboveHorizontalDeg[0],
        CL.thomasThighAboveHorizontalDeg[1],
      )
      thomasThighDeg = thigh
      // thigh above horizontal = hip flexion − pelvic tilt (the pelvis is held posteriorly tilted)
      hipDeg[tested] = clamp(thigh + pelvisDeg, hLo, hHi)
    } else {
      hipDeg[tested] = clamp(dTheta - TEACHING.rearHipExtensionDegAtRest, hLo, hHi)
    }
    hipDeg[other] = clamp(P.hipFlexionDeg.left, hLo, hHi)
    share[tested] = clamp(tTested * pf, 0, 1)
  } else {
    for (const s of SIDES) {
      hipDeg[s] = clamp(P.hipFlexionDeg[s] + e, hLo, hHi)
      share[s] = tight[s] ? clamp(t * pf, 0, 1) : 0
    }
  }

  let leanDeg = 0
  if (PULL_POSTURES.has(posture) && side !== 'both') {
    const mag = clamp((TEACHING.maxLeanDeg * e) / TEACHING.eMaxDeg, 0, TEACHING.maxLeanDeg)
    leanDeg = (side === 'right' ? mag : -mag) + 0
  }
  // τ = t × postureFactor × sideFactor equals the mean of the two per-side shares (§5.2 "Tension share").
  const tau = clamp((share.left + share.right) / 2, CL.tensionShare[0], CL.tensionShare[1])
  const discMPa = clamp(
    TEACHING.pBase[posture] * (1 + TEACHING.k * tau),
    CL.l45DiscPressureMPa[0],
    CL.l45DiscPressureMPa[1],
  )
  return { pelvisDeg, segmentsDeg, lordosisDeg, hipDeg, leanDeg, share, tau, discMPa, thomasThighDeg }
}

/**
 * The target pose for (tightness, side, posture). Pure; bones rotate from the rest pose (relaxed
 * standing) by (posture − standing) + the teaching change; standing at t = 0 is all zeros.
 */
export function derivePose(input: PoseInput): Pose {
  const t = sanitiseT(input.tightness)
  const side: TightSide = input.side === 'left' || input.side === 'right' ? input.side : 'both'
  const posture: Posture = (POSTURES as readonly string[]).includes(input.posture) ? input.posture : 'standing'
  const c = core(t, side, posture)
  const n = t === 0 ? c : core(0, side, posture)

  const segments = {} as Record<SegmentKey, Rot>
  const bend = (c.leanDeg / SEGMENT_KEYS.length) * DEG
  for (const k of SEGMENT_KEYS) {
    // lordosis increase = extension = negative flexion
    segments[k] = { flexion: -(c.segmentsDeg[k] - STANDING.segmentalDeg[k]) * DEG + 0, lateralBend: bend + 0, axialRotation: 0 }
  }
  const tight = tightSides(side)
  const muscles = {} as Pose['muscles']
  const hips = {} as Pose['hips']
  for (const s of SIDES) {
    hips[s] = { flexion: c.hipDeg[s] * DEG + 0, lateralBend: 0, axialRotation: 0 }
    muscles[s] = {
      shortening: clamp(TEACHING.smax * (tight[s] ? t : 0), CL.shortening[0], CL.shortening[1]),
      tensionN: c.share[s] * TEACHING.fmaxPerSideN,
      tense: c.share[s],
    }
  }
  const nerves = {} as Pose['nerves']
  for (const k of NERVE_KEYS) {
    const w = NERVE_NOT_SUPPORTED.has(k) ? 0 : TEACHING.nerveWeights[k]
    nerves[k] = {
      left: clamp(w * c.share.left, CL.nerveCompression[0], TEACHING.nerveCap),
      right: clamp(w * c.share.right, CL.nerveCompression[0], TEACHING.nerveCap),
    }
  }
  const facet = TEACHING.facet
  const readout: Readout = {
    lordosisDeg: c.lordosisDeg,
    anteriorTiltChangeDeg: c.pelvisDeg,
    discL4L5MPa: c.discMPa,
    facetLoad: clamp(facet.base + facet.perDeg * (c.segmentsDeg.L4L5 - STANDING.segmentalDeg.L4L5), facet.min, facet.max),
    hipFlexionDeg: { left: c.hipDeg.left, right: c.hipDeg.right },
    lateralLeanDeg: c.leanDeg,
    normal: { lordosisDeg: n.lordosisDeg, anteriorTiltChangeDeg: n.pelvisDeg, discL4L5MPa: n.discMPa },
    thomasThighDeg: c.thomasThighDeg,
  }
  return {
    root: rootFor(posture),
    pelvis: { flexion: c.pelvisDeg * DEG + 0, lateralBend: 0, axialRotation: 0 },
    segments,
    hips,
    muscles,
    nerves,
    readout,
  }
}

/** Extra teaching-model quantities (for readouts, tests and chapters). */
export interface TeachingDetails {
  lostHipExtensionDeg: number
  excessDeg: number
  tensionShare: number
  perSideShare: Record<BodySide, number>
  testedLeg: BodySide | null
  thomasPositive: boolean | null
  spinopelvicPTDeg: number
}
export function deriveTeachingDetails(input: PoseInput): TeachingDetails {
  const t = sanitiseT(input.tightness)
  const c = core(t, input.side, input.posture)
  const special = input.posture === 'thomasTest' || input.posture === 'hipFlexorStretch'
  return {
    lostHipExtensionDeg: lostHipExtensionDeg(t),
    excessDeg: excessDeg(t, input.posture),
    tensionShare: c.tau,
    perSideShare: c.share,
    testedLeg: special ? testedLeg(input.side) : null,
    thomasPositive: c.thomasThighDeg === null ? null : c.thomasThighDeg > 0,
    // spinopelvic PT grows with posterior tilt (§5.1): 13 − anterior tilt change
    spinopelvicPTDeg: ref.postures.standing.spinopelvicPTDeg - c.pelvisDeg,
  }
}

// ---------------------------------------------------------------------------------------------
// Rot → node Euler angles (the one conversion the render layer uses)

export type JointKind = 'root' | 'pelvis' | 'segment' | 'hipLeft' | 'hipRight'
/** Euler order for {@link rotToNodeEuler} (three.js default). */
export const JOINT_EULER_ORDER = 'XYZ' as const
/**
 * Node rotation (radians about the parent's rest X, Y, Z axes, applied in order XYZ) for a Rot of a
 * given joint kind. See the sign convention at the top of this file.
 */
export function rotToNodeEuler(kind: JointKind, rot: Rot, out: [number, number, number] = [0, 0, 0]): [number, number, number] {
  if (kind === 'hipLeft' || kind === 'hipRight') {
    const right = kind === 'hipRight'
    out[0] = -rot.flexion + 0
    out[1] = (right ? rot.axialRotation : -rot.axialRotation) + 0
    out[2] = (right ? -rot.lateralBend : rot.lateralBend) + 0
  } else {
    out[0] = rot.flexion
    out[1] = rot.axialRotation
    out[2] = rot.lateralBend
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Nerves and the body map

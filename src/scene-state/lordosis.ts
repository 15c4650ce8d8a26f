/**
 * The lumbar lordosis angle (L1 upper endplate to S1 endplate) as the side view draws it: the value
 * shown (one rounding for the description, the readout's caption and the arc's label), the value of
 * a displayed (animated) pose, and the rest geometry of the two endplates the arc is drawn between.
 *
 * Two numbers, on purpose (anatomy-reference.md §1, "Rest pose"): the app shows the population value
 * plus the teaching change (relaxed standing 50.5°), while the model's bones keep the reference's rest
 * geometry, whose endplates are `restGeometryDeg()` apart (56.7° with the current numbers). Bones
 * rotate by the change only, so both move together and differ by that constant.
 */
import * as ref from './reference.runtime.json' with { type: 'json' }
import { SEGMENT_KEYS } from './ids.ts'
import type { Pose } from './types.ts'

const DEG = Math.PI / 180
/** Population L1–S1 lordosis of relaxed standing (= the rest pose), degrees. */
const STANDING_LORDOSIS_DEG: number = ref.postures.standing.lumbarLordosisL1S1Deg

const roundInt = (x: number): number => Math.round(x) + 0
// float noise of a sum of rotations must not move a .5 across the rounding edge
const clean = (x: number): number => Math.round(x * 1e9) / 1e9

/**
 * The lordosis as the product shows it, in whole degrees: the rounded normal value plus the rounded
 * change, so "from 51° to 52°" never reads "from 51° to 51°" while the pelvis tips 1°.
 */
export function shownLordosisDeg(lordosisDeg: number, normalLordosisDeg: number): number {
  return roundInt(normalLordosisDeg) + roundInt(clean(lordosisDeg - normalLordosisDeg))
}

/**
 * The lordosis of a pose from its segment rotations (degrees): the standing value plus the extension
 * of the five segments from rest. For a derived pose it equals `pose.readout.lordosisDeg`; for the
 * displayed pose while it animates it is the value in between (the readout is not animated).
 */
export function poseLordosisDeg(pose: Pose): number {
  let extension = 0
  for (let i = 0; i < SEGMENT_KEYS.length; i++) extension -= pose.segments[SEGMENT_KEYS[i]].flexion
  return STANDING_LORDOSIS_DEG + extension / DEG
}

/** One endplate in the rest pose (reference frame: metres, +Y up, +Z anterior, x = 0 plane). */
export interface EndplateRest {
  /** centre of the endplate */
  centre: readonly [number, number, number]
  /** unit vector along the endplate in the sagittal plane, toward its anterior rim */
  anterior: readonly [number, number, number]
  /** antero-posterior depth (m) */
  depth: number
}

const V = ref.vertebrae.L1
const landmark = (name: 'jointT12L1' | 'jointL1L2' | 's1EndplateCentre') => ref.landmarks[name].position_m as [number, number, number]

function l1UpperEndplate(): EndplateRest {
  // the body's +y runs along its chord (L1/L2 → T12/L1); the upper endplate is tilted from the
  // chord's normal by upperEndplateTiltDeg (+ = anterior rim higher); the lower half of the T12/L1
  // disc (modelled under L1) lies between the endplate and the joint centre
  const top = landmark('jointT12L1')
  const low = landmark('jointL1L2')
  const lean = Math.atan2(top[2] - low[2], top[1] - low[1])
  const tilt = V.upperEndplateTiltDeg * DEG
  const halfDisc = ref.discs.T12L1.meanHeightMm / 2000
  const cy = Math.cos(lean)
  const cz = Math.sin(lean)
  return {
    centre: [0, top[1] - cy * halfDisc, top[2] - cz * halfDisc],
    anterior: [0, -Math.sin(lean - tilt), Math.cos(lean - tilt)],
    depth: V.endplateDepthMm / 1000,
  }
}

function s1Endplate(): EndplateRest {
  const slope = ref.sacrum.sacralSlopeDeg.value * DEG
  return { centre: landmark('s1EndplateCentre'), anterior: [0, -Math.sin(slope), Math.cos(slope)], depth: ref.sacrum.s1EndplateDepthMm.value / 1000 }
}

/**
 * The two endplates of the lordosis angle in the rest pose. L1's rides on the L1/L2 joint, S1's on
 * the pelvis joint: the renderer moves them with those joints.
 */
export const LORDOSIS_ENDPLATES: Readonly<{ l1Upper: EndplateRest; s1: EndplateRest }> = Object.freeze({
  l1Upper: l1UpperEndplate(),
  s1: s1Endplate(),
})

/** Angle between the two endplates in the rest geometry (degrees): what the bones show at relaxed standing. */
export function restGeometryDeg(): number {
  const a = LORDOSIS_ENDPLATES.l1Upper.anterior
  const b = LORDOSIS_ENDPLATES.s1.anterior
  return Math.acos(Math.min(1, a[1] * b[1] + a[2] * b[2])) / DEG
}

/**
 * Points fixed to the anatomy (compression sites, psoas line of action, label anchors): each is an
 * empty Object3D parented to the joint that carries that part of the body, placed at its rest
 * position from the reference, so it follows the pose without any per-frame bookkeeping.
 */
import { Object3D, Vector3 } from 'three'
import * as ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import { SEGMENT_KEYS, type BodySide, type NerveKey } from '../scene-state/ids.ts'
import type { ModelInstance } from './model.ts'

type V3 = [number, number, number]
const LM = ref.landmarks as unknown as Record<string, { position_m: V3 }>
const NERVES = ref.nerves as unknown as Record<NerveKey, { exitFromPsoas: { position_m: V3 } }>

/** Reference position (right side) mirrored to the given side (x negated for the left). */
export function sided(p: readonly number[], side: BodySide): Vector3 {
  return new Vector3(side === 'left' ? -p[0] : p[0], p[1], p[2])
}

/** Where a nerve is marked as compressed: its exit from the psoas (anatomy-reference §7), rest frame. */
export function compressionSite(key: NerveKey, side: BodySide): Vector3 {
  return sided(NERVES[key].exitFromPsoas.position_m, side)
}
export const PSOAS_SPINE_POINT = LM.psoasLumpedOriginRajagopalRight.position_m
export const PSOAS_BRIM_POINT = LM.psoasBrimPointRight.position_m
export const LESSER_TROCHANTER = LM.lesserTrochanterRight.position_m

/**
 * The joint that carries a rest-frame point of the trunk: below L5/S1 the pelvis, above it the
 * lowest joint whose centre is at or below the point (the vertebra riding on it).
 */
export function trunkJointFor(inst: ModelInstance, p: Vector3): Object3D {
  let joint: Object3D = inst.joints.pelvisJoint
  for (const k of SEGMENT_KEYS) if (p.y >= LM[`joint${k}`].position_m[1]) joint = inst.joints.segments[k]
  return joint
}

/** Adds an anchor at rest-frame position `p` under `joint` (instance must be in its rest pose). */
export function addAnchor(inst: ModelInstance, joint: Object3D, p: Vector3, name: string): Object3D {
  inst.scene.updateMatrixWorld(true)
  const a = new Object3D()
  a.name = name
  joint.add(a)
  a.position.copy(joint.worldToLocal(p.clone()))
  return a
}

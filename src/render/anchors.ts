/**
 * Points fixed to the anatomy (compression sites, psoas line of action, label anchors): empty nodes
 * parented to the joint that carries that part of the body, at their rest position, so they follow
 * the pose without any per-frame bookkeeping. Named as in the model's contract
 * (`anchor_compression_<nerveId>`, `anchor_psoasSpineRight`, `anchor_label_<structureId>`, …): a
 * model that carries these nodes is used as is; for one that does not, they are added to the
 * instance from the reference positions (once per instance).
 */
import { Matrix4, Object3D, Vector3 } from 'three'
import * as ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import { SEGMENT_KEYS, type BodySide, type NerveKey } from '../scene-state/ids.ts'
import type { ModelInstance } from './model.ts'

type V3 = [number, number, number]
const LM = ref.landmarks as unknown as Record<string, { position_m: V3 }>
const NERVES = ref.nerves as unknown as Record<NerveKey, { exitFromPsoas: { position_m: V3 } }>

const Side = (side: BodySide) => (side === 'left' ? 'Left' : 'Right')

/** Reference position (right side) mirrored to the given side (x negated for the left). */
export function sided(p: readonly number[], side: BodySide): Vector3 {
  return new Vector3(side === 'left' ? -p[0] : p[0], p[1], p[2])
}

/** Where a nerve is marked as compressed: its exit from the psoas (anatomy-reference §7), rest frame. */
export function compressionSite(key: NerveKey, side: BodySide): Vector3 {
  return sided(NERVES[key].exitFromPsoas.position_m, side)
}

/**
 * The joint that carries a rest-frame point of the trunk: below L5/S1 the pelvis, above it the
 * lowest joint whose centre is at or below the point (the vertebra riding on it).
 */
export function trunkJointFor(inst: ModelInstance, p: Vector3): Object3D {
  let joint: Object3D = inst.joints.pelvisJoint
  for (const k of SEGMENT_KEYS) if (p.y >= LM[`joint${k}`].position_m[1]) joint = inst.joints.segments[k]
  return joint
}

const inv = new Matrix4()
/** The node `name` of the instance, else a new anchor at rest-frame position `p` under `joint` (any pose). */
export function anchorNode(inst: ModelInstance, name: string, joint: Object3D, p: Vector3): Object3D {
  const found = inst.scene.getObjectByName(name)
  if (found) return found
  const a = new Object3D()
  a.name = name
  joint.add(a)
  a.position.copy(p).applyMatrix4(inv.copy(inst.restWorld.get(joint)!).invert())
  return a
}

/** The compression-site anchor of a nerve (its exit from the psoas). */
export function compressionAnchor(inst: ModelInstance, key: NerveKey, side: BodySide): Object3D {
  const p = compressionSite(key, side)
  return anchorNode(inst, `anchor_compression_${key}${Side(side)}`, trunkJointFor(inst, p), p)
}

/** The three points of the psoas line of action on one side: lumped origin on the spine, brim, lesser trochanter. */
export function psoasLineAnchors(inst: ModelInstance, side: BodySide): { spine: Object3D; brim: Object3D; trochanter: Object3D } {
  const spine = sided(LM.psoasLumpedOriginRajagopalRight.position_m, side)
  const brim = sided(LM.psoasBrimPointRight.position_m, side)
  const troch = sided(LM.lesserTrochanterRight.position_m, side)
  const hip = side === 'left' ? inst.joints.hipLeft : inst.joints.hipRight
  return {
    spine: anchorNode(inst, `anchor_psoasSpine${Side(side)}`, trunkJointFor(inst, spine), spine),
    brim: anchorNode(inst, `anchor_psoasBrim${Side(side)}`, inst.joints.pelvisJoint, brim),
    trochanter: anchorNode(inst, `anchor_lesserTrochanter${Side(side)}`, hip, troch),
  }
}

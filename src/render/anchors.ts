/**
 * Points fixed to the anatomy (compression sites, psoas line of action, label anchors, camera
 * framing points): the model's anchor nodes, empty nodes parented to the joint that carries that
 * part of the body at their rest position (built by scripts/models/anchors.ts), so they follow the
 * pose without any per-frame bookkeeping. Render holds no anatomical positions of its own.
 */
import { Vector3, type Object3D } from 'three'
import type { BodySide, NerveKey } from '../scene-state/ids.ts'
import type { ModelInstance } from './model.ts'

const Side = (side: BodySide) => (side === 'left' ? 'Left' : 'Right')

/** The anchor node `name` of the instance (a clear error for a model built before the anchors). */
export function anchorNode(inst: ModelInstance, name: string): Object3D {
  const found = inst.scene.getObjectByName(name)
  if (!found) throw new Error(`psoas model: anchor node "${name}" is missing (a model built before the anchor nodes: rebuild it with npm run models)`)
  return found
}

/** Rest-pose world position of an anchor (its joint's rest matrix × its offset), whatever the current pose. */
export function anchorRestPosition(inst: ModelInstance, name: string, out = new Vector3()): Vector3 {
  const a = anchorNode(inst, name)
  const parentRest = a.parent ? inst.restWorld.get(a.parent) : undefined
  if (!parentRest) throw new Error(`psoas model: anchor node "${name}" must hang on a joint node`)
  return out.copy(a.position).applyMatrix4(parentRest)
}

/** The compression-site anchor of a nerve (its exit from the psoas). */
export function compressionAnchor(inst: ModelInstance, key: NerveKey, side: BodySide): Object3D {
  return anchorNode(inst, `anchor_compression_${key}${Side(side)}`)
}

/** The three points of the psoas line of action on one side: lumped origin on the spine, brim, lesser trochanter. */
export function psoasLineAnchors(inst: ModelInstance, side: BodySide): { spine: Object3D; brim: Object3D; trochanter: Object3D } {
  return {
    spine: anchorNode(inst, `anchor_psoasSpine${Side(side)}`),
    brim: anchorNode(inst, `anchor_psoasBrim${Side(side)}`),
    trochanter: anchorNode(inst, `anchor_lesserTrochanter${Side(side)}`),
  }
}

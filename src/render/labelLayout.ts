/**
 * Which structures get a 3D label and where: the model's `anchor_label_<id>` node (the end of the
 * leader on the structure) and `anchor_labelText_<id>` node (where the text sits), both riding on the
 * joint that carries the structure. The labels drawn are those the model gives a text position.
 * Nerve labels show only while the nerve is marked (or focused).
 */
import type { Object3D } from 'three'
import { NERVE_KEYS, SIDES, isStructureId, type BodySide, type NerveKey, type StructureId } from '../scene-state/ids.ts'
import type { ModelInstance } from './model.ts'
import { anchorNode } from './anchors.ts'

const TEXT_PREFIX = 'anchor_labelText_'

export interface LabelSpec {
  id: StructureId
  /** the nerve (key and side) when the structure is a nerve */
  nerve?: { key: NerveKey; side: BodySide }
}

function nerveOf(id: StructureId): LabelSpec['nerve'] {
  for (const key of NERVE_KEYS) for (const side of SIDES) if (id === `${key}${side === 'left' ? 'Left' : 'Right'}`) return { key, side }
  return undefined
}

/** The labelled structures of a model instance, in the model's node order. */
export function labelSpecs(inst: ModelInstance): LabelSpec[] {
  const out: LabelSpec[] = []
  inst.scene.traverse((o) => {
    if (!o.name.startsWith(TEXT_PREFIX)) return
    const id = o.name.slice(TEXT_PREFIX.length)
    if (isStructureId(id)) out.push({ id, nerve: nerveOf(id) })
  })
  return out
}

/** The anchor node of a label and the node where its text goes. */
export function labelNodes(inst: ModelInstance, spec: LabelSpec): { anchor: Object3D; at: Object3D } {
  return { anchor: anchorNode(inst, `anchor_label_${spec.id}`), at: anchorNode(inst, `${TEXT_PREFIX}${spec.id}`) }
}

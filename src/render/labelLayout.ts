/**
 * Where each 3D label sits: the anchor point on its structure and the (rest-frame) point where its
 * text goes, both riding on the joint that carries the structure. Nerve labels show only while the
 * nerve is marked (or focused), in a column beside the body.
 */
import { Vector3, type Object3D } from 'three'
import * as ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import type { BodySide, NerveKey, StructureId } from '../scene-state/ids.ts'
import type { ModelInstance } from './model.ts'
import { anchorNode, compressionSite, sided, trunkJointFor } from './anchors.ts'

type V3 = [number, number, number]
const LM = ref.landmarks as unknown as Record<string, { position_m: V3 }>

export interface LabelSpec {
  id: StructureId
  /** rest-frame anchor on the structure */
  anchor: Vector3
  /** rest-frame label position */
  at: Vector3
  joint: (inst: ModelInstance) => Object3D
  nerve?: { key: NerveKey; side: BodySide }
}

const v = (x: number, y: number, z: number) => new Vector3(x, y, z)
const trunk = (p: Vector3) => (inst: ModelInstance) => trunkJointFor(inst, p)

export function labelSpecs(): LabelSpec[] {
  const out: LabelSpec[] = []
  // vertebrae L1, L3, L5 (front of the body), labels to the patient's left
  const labelY: Record<'L1' | 'L3' | 'L5', number> = { L1: 0.18, L3: 0.092, L5: 0.012 }
  for (const k of ['L1', 'L3', 'L5'] as const) {
    const c = LM[`bodyCentre${k}`].position_m
    const anchor = v(0.008, c[1], c[2] + 0.016)
    out.push({ id: `vertebra${k}`, anchor, at: v(0.15, labelY[k], c[2] + 0.03), joint: trunk(anchor) })
  }
  {
    const j = LM.jointL4L5.position_m
    const anchor = v(0, j[1], j[2] + 0.018)
    out.push({ id: 'discL4L5', anchor, at: v(0.15, 0.052, j[2] + 0.03), joint: trunk(anchor) })
  }
  // right psoas and iliacus, labels to the patient's right
  {
    const anchor = v(-0.045, 0.065, -0.07)
    out.push({ id: 'psoasMajorRight', anchor, at: v(-0.15, 0.07, -0.05), joint: trunk(anchor) })
  }
  {
    const anchor = v(-0.095, 0.0, -0.05)
    out.push({ id: 'iliacusRight', anchor, at: v(-0.17, 0.0, -0.02), joint: (i) => i.joints.pelvisJoint })
  }
  {
    const a = sided(LM.asisRight.position_m, 'left')
    out.push({ id: 'pelvis', anchor: a, at: v(0.17, -0.135, 0.02), joint: (i) => i.joints.pelvisJoint })
  }
  {
    const h = sided(LM.hipCentreRight.position_m, 'left')
    const anchor = v(h.x + 0.01, h.y - 0.2, h.z + 0.015)
    out.push({ id: 'femurLeft', anchor, at: v(0.17, h.y - 0.22, h.z + 0.04), joint: (i) => i.joints.hipLeft })
  }
  // nerves: shown when compressed (or focused), in a column beside the body
  const column: Partial<Record<NerveKey, number>> = { iliohypogastric: 0.21, ilioinguinal: 0.168, genitofemoral: 0.126, femoral: -0.042, obturator: -0.085 }
  for (const side of ['left', 'right'] as const)
    for (const [key, y] of Object.entries(column) as [NerveKey, number][]) {
      const anchor = compressionSite(key, side)
      const x = side === 'left' ? 0.21 : -0.21
      out.push({
        id: `${key}${side === 'left' ? 'Left' : 'Right'}` as StructureId,
        anchor,
        at: v(x, y, anchor.z + 0.04),
        joint: trunk(anchor),
        nerve: { key, side },
      })
    }
  return out
}

/** The anchor node of a label and the node where its text goes (created once per instance). */
export function labelNodes(inst: ModelInstance, spec: LabelSpec): { anchor: Object3D; at: Object3D } {
  const joint = spec.joint(inst)
  return {
    anchor: anchorNode(inst, `anchor_label_${spec.id}`, joint, spec.anchor),
    at: anchorNode(inst, `labelAt:${spec.id}`, joint, spec.at),
  }
}

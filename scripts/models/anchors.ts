/**
 * Anchor nodes: empty nodes (no mesh) at points of the anatomy that the renderer marks or frames, each parented to the
 * joint node that carries that part of the body and placed so that its world position at rest is the point (metres,
 * reference frame; left = right with x negated). They follow the pose with no bookkeeping, and the renderer takes
 * positions from them instead of from the reference.
 *
 * Carrying joint: trunk points hang on the pelvisJoint below the L5/S1 joint, above it on the highest segment joint at
 * or below the point (the vertebra riding on it); thigh points on hipLeft / hipRight.
 *
 * Names:
 * - `anchor_compression_<nerveId>` (14): where a nerve is marked as compressed, its exit from the psoas (§7);
 * - `anchor_psoasSpine<Side>`, `anchor_psoasBrim<Side>`, `anchor_lesserTrochanter<Side>`: the psoas line of action;
 * - `anchor_label_<structureId>` (every structure id): the end of a label's leader on the structure;
 *   `anchor_labelText_<structureId>` (the 18 labels the labels layer draws): where the label's text sits (drawing
 *   layout, riding on the same joint);
 * - `anchor_camera_<landmark>`: points the camera presets frame (top of L1, the segment joints, the pelvis pivot, the
 *   hip centres and mid-thighs).
 */
import type { Document, Node } from '@gltf-transform/core'
import { NERVE_KEYS, SEGMENT_KEYS } from '../../src/scene-state/ids.ts'
import type { NerveKey, StructureId } from '../../src/scene-state/ids.ts'
import { landmarkM } from './reference.ts'
import { nerveRef } from './nerves.ts'
import { jointWorld } from './skeleton.ts'
import type { JointName } from './skeleton.ts'
import type { Vec3 } from './vec.ts'
import { mirrorX, sub } from './vec.ts'

export interface AnchorSpec {
  name: string
  /** joint node the anchor hangs on */
  joint: JointName
  /** rest world position, metres */
  position: Vec3
}

type Side = 'left' | 'right'
const SIDE_NAMES: Record<Side, 'Left' | 'Right'> = { left: 'Left', right: 'Right' }
/** A right-side reference point on the given side. */
const sided = (p: Vec3, side: Side): Vec3 => (side === 'left' ? mirrorX(p) : [p[0], p[1], p[2]])
const hipJoint = (side: Side): JointName => (side === 'left' ? 'hipLeft' : 'hipRight')

/** The joint that carries a rest-frame point of the trunk (src/render anchors.ts `trunkJointFor`). */
export function trunkJoint(p: Vec3): JointName {
  let joint: JointName = 'pelvisJoint'
  for (const k of SEGMENT_KEYS) if (p[1] >= landmarkM(`joint${k}`)[1]) joint = `joint${k}`
  return joint
}

/** Where a nerve is marked as compressed: its exit from the psoas (anatomy-reference §7), rest frame. */
export function compressionSite(key: NerveKey, side: Side): Vec3 {
  return sided(nerveRef(key).exitFromPsoas.position_m as Vec3, side)
}

/**
 * Label leader ends and text positions (the labels of the labels layer). Text positions are drawing layout in the
 * rest frame (metres beside the body), not anatomy.
 */
function labelSpecs(): Array<{ id: StructureId; anchor: Vec3; text: Vec3; joint: JointName }> {
  const out: Array<{ id: StructureId; anchor: Vec3; text: Vec3; joint: JointName }> = []
  const trunk = (id: StructureId, anchor: Vec3, text: Vec3): void => {
    out.push({ id, anchor, text, joint: trunkJoint(anchor) })
  }
  // vertebrae L1, L3, L5 (front of the body), labels to the patient's left
  const labelY = { L1: 0.18, L3: 0.092, L5: 0.012 }
  for (const k of ['L1', 'L3', 'L5'] as const) {
    const c = landmarkM(`bodyCentre${k}`)
    trunk(`vertebra${k}`, [0.008, c[1], c[2] + 0.016], [0.15, labelY[k], c[2] + 0.03])
  }
  const j = landmarkM('jointL4L5')
  trunk('discL4L5', [0, j[1], j[2] + 0.018], [0.15, 0.052, j[2] + 0.03])
  // right psoas and iliacus, labels to the patient's right
  trunk('psoasMajorRight', [-0.045, 0.065, -0.07], [-0.15, 0.07, -0.05])
  out.push({ id: 'iliacusRight', anchor: [-0.095, 0, -0.05], text: [-0.17, 0, -0.02], joint: 'pelvisJoint' })
  out.push({ id: 'pelvis', anchor: sided(landmarkM('asisRight'), 'left'), text: [0.17, -0.135, 0.02], joint: 'pelvisJoint' })
  const h = sided(landmarkM('hipCentreRight'), 'left')
  out.push({ id: 'femurLeft', anchor: [h[0] + 0.01, h[1] - 0.2, h[2] + 0.015], text: [0.17, h[1] - 0.22, h[2] + 0.04], joint: 'hipLeft' })
  // nerves (shown when compressed or focused): at the compression site, text in a column beside the body
  const column: Partial<Record<NerveKey, number>> = { iliohypogastric: 0.21, ilioinguinal: 0.168, genitofemoral: 0.126, femoral: -0.042, obturator: -0.085 }
  for (const side of ['left', 'right'] as const)
    for (const [key, y] of Object.entries(column) as [NerveKey, number][]) {
      const a = compressionSite(key, side)
      trunk(`${key}${SIDE_NAMES[side]}`, a, [side === 'left' ? 0.21 : -0.21, y, a[2] + 0.04])
    }
  return out
}

/**
 * Leader ends for the structures the labels layer does not label (yet), by the same rules: the other vertebrae and
 * discs like L1/L3/L5 and L4-L5, the left psoas and iliacus and the right femur mirrored, every other nerve at its
 * compression site, the sacrum at its promontory.
 */
function moreLabelAnchors(): Array<{ id: StructureId; anchor: Vec3; joint: JointName }> {
  const out: Array<{ id: StructureId; anchor: Vec3; joint: JointName }> = []
  const trunk = (id: StructureId, anchor: Vec3): void => {
    out.push({ id, anchor, joint: trunkJoint(anchor) })
  }
  for (const k of ['L2', 'L4'] as const) {
    const c = landmarkM(`bodyCentre${k}`)
    trunk(`vertebra${k}`, [0.008, c[1], c[2] + 0.016])
  }
  for (const k of ['L1L2', 'L2L3', 'L3L4', 'L5S1'] as const) {
    const j = landmarkM(`joint${k}`)
    trunk(`disc${k}`, [0, j[1], j[2] + 0.018])
  }
  out.push({ id: 'sacrum', anchor: landmarkM('sacralPromontory'), joint: 'pelvisJoint' })
  trunk('psoasMajorLeft', [0.045, 0.065, -0.07])
  out.push({ id: 'iliacusLeft', anchor: [0.095, 0, -0.05], joint: 'pelvisJoint' })
  const h = landmarkM('hipCentreRight')
  out.push({ id: 'femurRight', anchor: [h[0] - 0.01, h[1] - 0.2, h[2] + 0.015], joint: 'hipRight' })
  for (const side of ['left', 'right'] as const)
    for (const key of ['lateralFemoralCutaneous', 'lumbosacralTrunk'] as const) trunk(`${key}${SIDE_NAMES[side]}`, compressionSite(key, side))
  return out
}

/** Every anchor, in node order. */
export function anchorSpecs(): AnchorSpec[] {
  const out: AnchorSpec[] = []
  for (const key of NERVE_KEYS)
    for (const side of ['left', 'right'] as const) {
      const p = compressionSite(key, side)
      out.push({ name: `anchor_compression_${key}${SIDE_NAMES[side]}`, joint: trunkJoint(p), position: p })
    }
  for (const side of ['left', 'right'] as const) {
    const spine = sided(landmarkM('psoasLumpedOriginRajagopalRight'), side)
    out.push({ name: `anchor_psoasSpine${SIDE_NAMES[side]}`, joint: trunkJoint(spine), position: spine })
    out.push({ name: `anchor_psoasBrim${SIDE_NAMES[side]}`, joint: 'pelvisJoint', position: sided(landmarkM('psoasBrimPointRight'), side) })
    out.push({ name: `anchor_lesserTrochanter${SIDE_NAMES[side]}`, joint: hipJoint(side), position: sided(landmarkM('lesserTrochanterRight'), side) })
  }
  for (const l of labelSpecs()) {
    out.push({ name: `anchor_label_${l.id}`, joint: l.joint, position: l.anchor })
    out.push({ name: `anchor_labelText_${l.id}`, joint: l.joint, position: l.text })
  }
  for (const l of moreLabelAnchors()) out.push({ name: `anchor_label_${l.id}`, joint: l.joint, position: l.anchor })
  // camera framing: the top of L1 (rides on L1), the segment joints and the pelvis pivot (at their joint nodes), the
  // hip centres and the mid-thighs (half the femur below the hip centre)
  out.push({ name: 'anchor_camera_jointT12L1', joint: 'jointL1L2', position: landmarkM('jointT12L1') })
  for (const k of SEGMENT_KEYS) out.push({ name: `anchor_camera_joint${k}`, joint: `joint${k}`, position: landmarkM(`joint${k}`) })
  out.push({ name: 'anchor_camera_pelvisPivot', joint: 'pelvisJoint', position: landmarkM('pelvisPivot') })
  const midThigh: Vec3 = [0, -0.2, -0.004]
  for (const side of ['left', 'right'] as const) {
    const hip = sided(landmarkM('hipCentreRight'), side)
    out.push({ name: `anchor_camera_hipCentre${SIDE_NAMES[side]}`, joint: hipJoint(side), position: hip })
    out.push({ name: `anchor_camera_midThigh${SIDE_NAMES[side]}`, joint: hipJoint(side), position: [hip[0] + midThigh[0], hip[1] + midThigh[1], hip[2] + midThigh[2]] })
  }
  return out
}

/** Rounded to 1 µm (short JSON; far below the position quantisation). */
const um = (v: number): number => Math.round(v * 1e6) / 1e6 + 0

/** Adds the anchor nodes under their joint nodes (which carry no rotation at rest). */
export function createAnchors(doc: Document, joints: Record<JointName, Node>): Node[] {
  return anchorSpecs().map((a) => {
    const t = sub(a.position, jointWorld(a.joint))
    const node = doc.createNode(a.name).setTranslation([um(t[0]), um(t[1]), um(t[2])])
    joints[a.joint].addChild(node)
    return node
  })
}

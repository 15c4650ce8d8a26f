/**
 * Anchor nodes (scripts/models/anchors.ts): exact names, the joint each hangs on, and the rest world position, which
 * must be the reference point (0.5 mm). Expected values are written here from the reference, not taken from the
 * builder.
 */
import { describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import { STRUCTURE_IDS } from '../../../src/scene-state/ids.ts'
import { LOWPOLY_FILE, d3, loadDoc, nodeByName, worldMatrix } from './glb.ts'

type V = [number, number, number]
const L = ref.landmarks as Record<string, { position_m: number[] }>
const lm = (k: string): V => L[k].position_m as V
const exit = (k: string): V => (ref.nerves as unknown as Record<string, { exitFromPsoas: { position_m: number[] } }>)[k].exitFromPsoas.position_m as V
const left = (p: V): V => [-p[0], p[1], p[2]]
const plus = (p: V, d: V): V => [p[0] + d[0], p[1] + d[1], p[2] + d[2]]

const hipL = left(lm('hipCentreRight'))
const nerveCol = { iliohypogastric: 0.21, ilioinguinal: 0.168, genitofemoral: 0.126, femoral: -0.042, obturator: -0.085 }

/** [node name, parent joint, rest world position] */
const EXPECTED: Array<[string, string, V]> = [
  ['anchor_compression_iliohypogastricLeft', 'jointL1L2', left(exit('iliohypogastric'))],
  ['anchor_compression_iliohypogastricRight', 'jointL1L2', exit('iliohypogastric')],
  ['anchor_compression_ilioinguinalLeft', 'jointL2L3', left(exit('ilioinguinal'))],
  ['anchor_compression_ilioinguinalRight', 'jointL2L3', exit('ilioinguinal')],
  ['anchor_compression_genitofemoralLeft', 'jointL3L4', left(exit('genitofemoral'))],
  ['anchor_compression_genitofemoralRight', 'jointL3L4', exit('genitofemoral')],
  ['anchor_compression_lateralFemoralCutaneousLeft', 'jointL4L5', left(exit('lateralFemoralCutaneous'))],
  ['anchor_compression_lateralFemoralCutaneousRight', 'jointL4L5', exit('lateralFemoralCutaneous')],
  ['anchor_compression_femoralLeft', 'jointL5S1', left(exit('femoral'))],
  ['anchor_compression_femoralRight', 'jointL5S1', exit('femoral')],
  ['anchor_compression_obturatorLeft', 'pelvisJoint', left(exit('obturator'))],
  ['anchor_compression_obturatorRight', 'pelvisJoint', exit('obturator')],
  ['anchor_compression_lumbosacralTrunkLeft', 'pelvisJoint', left(exit('lumbosacralTrunk'))],
  ['anchor_compression_lumbosacralTrunkRight', 'pelvisJoint', exit('lumbosacralTrunk')],
  ['anchor_psoasSpineLeft', 'jointL4L5', left(lm('psoasLumpedOriginRajagopalRight'))],
  ['anchor_psoasBrimLeft', 'pelvisJoint', left(lm('psoasBrimPointRight'))],
  ['anchor_lesserTrochanterLeft', 'hipLeft', left(lm('lesserTrochanterRight'))],
  ['anchor_psoasSpineRight', 'jointL4L5', lm('psoasLumpedOriginRajagopalRight')],
  ['anchor_psoasBrimRight', 'pelvisJoint', lm('psoasBrimPointRight')],
  ['anchor_lesserTrochanterRight', 'hipRight', lm('lesserTrochanterRight')],
  // labels (src/render Labels.ts before the move): leader end on the structure, text position beside the body
  ['anchor_label_vertebraL1', 'jointL1L2', [0.008, lm('bodyCentreL1')[1], lm('bodyCentreL1')[2] + 0.016]],
  ['anchor_labelText_vertebraL1', 'jointL1L2', [0.15, 0.18, lm('bodyCentreL1')[2] + 0.03]],
  ['anchor_label_vertebraL3', 'jointL3L4', [0.008, lm('bodyCentreL3')[1], lm('bodyCentreL3')[2] + 0.016]],
  ['anchor_labelText_vertebraL3', 'jointL3L4', [0.15, 0.092, lm('bodyCentreL3')[2] + 0.03]],
  ['anchor_label_vertebraL5', 'jointL5S1', [0.008, lm('bodyCentreL5')[1], lm('bodyCentreL5')[2] + 0.016]],
  ['anchor_labelText_vertebraL5', 'jointL5S1', [0.15, 0.012, lm('bodyCentreL5')[2] + 0.03]],
  ['anchor_label_discL4L5', 'jointL4L5', [0, lm('jointL4L5')[1], lm('jointL4L5')[2] + 0.018]],
  ['anchor_labelText_discL4L5', 'jointL4L5', [0.15, 0.052, lm('jointL4L5')[2] + 0.03]],
  ['anchor_label_psoasMajorRight', 'jointL4L5', [-0.045, 0.065, -0.07]],
  ['anchor_labelText_psoasMajorRight', 'jointL4L5', [-0.15, 0.07, -0.05]],
  ['anchor_label_iliacusRight', 'pelvisJoint', [-0.095, 0, -0.05]],
  ['anchor_labelText_iliacusRight', 'pelvisJoint', [-0.17, 0, -0.02]],
  ['anchor_label_pelvis', 'pelvisJoint', left(lm('asisRight'))],
  ['anchor_labelText_pelvis', 'pelvisJoint', [0.17, -0.135, 0.02]],
  ['anchor_label_femurLeft', 'hipLeft', plus(hipL, [0.01, -0.2, 0.015])],
  ['anchor_labelText_femurLeft', 'hipLeft', [0.17, hipL[1] - 0.22, hipL[2] + 0.04]],
  ...(['left', 'right'] as const).flatMap((side) =>
    (Object.entries(nerveCol) as Array<[keyof typeof nerveCol, number]>).flatMap(([k, y]): Array<[string, string, V]> => {
      const p = side === 'left' ? left(exit(k)) : exit(k)
      const joint = { iliohypogastric: 'jointL1L2', ilioinguinal: 'jointL2L3', genitofemoral: 'jointL3L4', femoral: 'jointL5S1', obturator: 'pelvisJoint' }[k]
      const S = side === 'left' ? 'Left' : 'Right'
      return [
        [`anchor_label_${k}${S}`, joint, p],
        [`anchor_labelText_${k}${S}`, joint, [side === 'left' ? 0.21 : -0.21, y, p[2] + 0.04]],
      ]
    }),
  ),
  // leader ends of the structures the labels layer does not label (same rules; sacrum at its promontory)
  ['anchor_label_vertebraL2', 'jointL2L3', [0.008, lm('bodyCentreL2')[1], lm('bodyCentreL2')[2] + 0.016]],
  ['anchor_label_vertebraL4', 'jointL4L5', [0.008, lm('bodyCentreL4')[1], lm('bodyCentreL4')[2] + 0.016]],
  ['anchor_label_discL1L2', 'jointL1L2', plus(lm('jointL1L2'), [0, 0, 0.018])],
  ['anchor_label_discL2L3', 'jointL2L3', plus(lm('jointL2L3'), [0, 0, 0.018])],
  ['anchor_label_discL3L4', 'jointL3L4', plus(lm('jointL3L4'), [0, 0, 0.018])],
  ['anchor_label_discL5S1', 'jointL5S1', plus(lm('jointL5S1'), [0, 0, 0.018])],
  ['anchor_label_sacrum', 'pelvisJoint', lm('sacralPromontory')],
  ['anchor_label_psoasMajorLeft', 'jointL4L5', [0.045, 0.065, -0.07]],
  ['anchor_label_iliacusLeft', 'pelvisJoint', [0.095, 0, -0.05]],
  ['anchor_label_femurRight', 'hipRight', plus(lm('hipCentreRight'), [-0.01, -0.2, 0.015])],
  ['anchor_label_lateralFemoralCutaneousLeft', 'jointL4L5', left(exit('lateralFemoralCutaneous'))],
  ['anchor_label_lumbosacralTrunkLeft', 'pelvisJoint', left(exit('lumbosacralTrunk'))],
  ['anchor_label_lateralFemoralCutaneousRight', 'jointL4L5', exit('lateralFemoralCutaneous')],
  ['anchor_label_lumbosacralTrunkRight', 'pelvisJoint', exit('lumbosacralTrunk')],
  // camera framing points
  ['anchor_camera_jointT12L1', 'jointL1L2', lm('jointT12L1')],
  ['anchor_camera_jointL5S1', 'jointL5S1', lm('jointL5S1')],
  ['anchor_camera_jointL4L5', 'jointL4L5', lm('jointL4L5')],
  ['anchor_camera_jointL3L4', 'jointL3L4', lm('jointL3L4')],
  ['anchor_camera_jointL2L3', 'jointL2L3', lm('jointL2L3')],
  ['anchor_camera_jointL1L2', 'jointL1L2', lm('jointL1L2')],
  ['anchor_camera_pelvisPivot', 'pelvisJoint', lm('pelvisPivot')],
  ['anchor_camera_hipCentreLeft', 'hipLeft', hipL],
  ['anchor_camera_midThighLeft', 'hipLeft', plus(hipL, [0, -0.2, -0.004])],
  ['anchor_camera_hipCentreRight', 'hipRight', lm('hipCentreRight')],
  ['anchor_camera_midThighRight', 'hipRight', plus(lm('hipCentreRight'), [0, -0.2, -0.004])],
]

describe('model: anchor nodes', () => {
  it('the glb has exactly these anchor nodes, each an empty node under its joint, at the reference point at rest (≤ 0.5 mm)', async () => {
    const doc = await loadDoc()
    const anchors = doc
      .getRoot()
      .listNodes()
      .filter((n) => n.getName().startsWith('anchor_'))
    expect(anchors.map((n) => n.getName()).sort()).toEqual(EXPECTED.map((e) => e[0]).sort())
    const rows = EXPECTED.map(([name]) => {
      const n = nodeByName(doc, name)
      const w = new Vector3().setFromMatrixPosition(worldMatrix(n))
      return { name, parent: n.getParentNode()?.getName(), mesh: n.getMesh() !== null, children: n.listChildren().length, at: [w.x, w.y, w.z] as V }
    })
    expect(rows.map(({ name, parent, mesh, children }) => ({ name, parent, mesh, children }))).toEqual(EXPECTED.map(([name, parent]) => ({ name, parent, mesh: false, children: 0 })))
    const far = rows.filter((r, i) => d3(r.at, EXPECTED[i][2]) > 0.0005).map((r) => r.name)
    expect(far).toEqual([])
  })

  it('every structure id has a label anchor', () => {
    const names = new Set(EXPECTED.map((e) => e[0]))
    expect(STRUCTURE_IDS.filter((id) => !names.has(`anchor_label_${id}`))).toEqual([])
  })

  it('the low-poly glb carries the same anchors at the same places', async () => {
    const full = await loadDoc()
    const low = await loadDoc(LOWPOLY_FILE)
    for (const [name, parent] of EXPECTED) {
      const n = nodeByName(low, name)
      expect(n.getParentNode()?.getName()).toBe(parent)
      const a = new Vector3().setFromMatrixPosition(worldMatrix(n))
      const b = new Vector3().setFromMatrixPosition(worldMatrix(nodeByName(full, name)))
      expect(a.distanceTo(b)).toBeLessThan(1e-9)
    }
  })

  it('anchors follow their joint: a flexed hip carries the lesser trochanter, the pelvis does not move with it', async () => {
    const doc = await loadDoc()
    const pose = { hipRight: [0.6, 0, 0] as V }
    const moved = (name: string): number => {
      const n = nodeByName(doc, name)
      const a = new Vector3().setFromMatrixPosition(worldMatrix(n))
      const b = new Vector3().setFromMatrixPosition(worldMatrix(n, pose))
      return a.distanceTo(b)
    }
    expect(moved('anchor_lesserTrochanterRight')).toBeGreaterThan(0.02)
    expect(moved('anchor_camera_midThighRight')).toBeGreaterThan(0.05)
    expect(moved('anchor_lesserTrochanterLeft')).toBe(0)
    expect(moved('anchor_psoasBrimRight')).toBe(0)
  })
})

/**
 * Issue 9 item 4 at the extreme poses: soft tissue inside bone and bone inside bone, by volume, on the built glb's
 * triangles skinned to every posture's extreme poses (tightness 0 and 1, each side; the poses come from the scene
 * state's biomechanics, skinning is linear blend as in three.js). The same column measurement as the bind-pose
 * model card (scripts/model-card/measure.ts), on a 0.5 mm grid.
 *
 * As in model-card.test.ts, the bounds are TODAY's worst values over the poses (a 0.05 cm³ margin), so that a
 * change to the model cannot make them worse unnoticed; the gap to issue 9's targets (≤ 0.5 cm³ per soft-tissue
 * structure, ≤ 0.2 cm³ per joint) is printed. What the poses add to the bind pose (2026-12-03): the L4/L5
 * articular processes meet in deep lordosis (0.54 cm³ standing at tightness 1), the femoral neck reaches the
 * acetabular rim of the hugged hip in the Thomas test (0.41 cm³), and the iliacus (1.59 cm³) and femoral nerve
 * (0.42 cm³) are pressed into the pelvis when the hip flexes.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { BONES, JOINTS, SOFT, columnsVolume, insideColumns, intersectColumns, unionColumns, type Grid, type TriMesh } from '../../../scripts/model-card/measure.ts'
import { extremePoses, loadDoc, structureIndices, structurePositions } from './glb.ts'

const GRID: Grid = { h: 0.0005, jitter: 1.3e-7 }
const MARGIN_CM3 = 0.05
const TARGET_SOFT_CM3 = 0.5
const TARGET_JOINT_CM3 = 0.2

/** Today's worst soft tissue inside bone over the extreme poses (cm³); absent = 0. */
const SOFT_WORST_CM3: Record<string, number> = {
  // 11.98 until the psoas was set on the bone at rest; what is left is the tendon in the femur (0.48) and the hip
  // bone (0.09) of the hugged hip in the Thomas test
  psoasMajorLeft: 0.57,
  psoasMajorRight: 0.57,
  iliacusLeft: 1.59,
  iliacusRight: 1.59,
  lateralFemoralCutaneousLeft: 0.19,
  lateralFemoralCutaneousRight: 0.19,
  femoralLeft: 0.42,
  femoralRight: 0.42,
  // 0.25 until the nerve rings were moved out of bone whole at rest (the lumbosacral trunk's 0.05 went to 0)
  obturatorLeft: 0.1,
  obturatorRight: 0.1,
}
/** Today's worst bone inside bone per joint over the extreme poses (cm³); absent = 0. */
const JOINT_WORST_CM3: Record<string, number> = {
  'L3/L4': 0.04,
  'L4/L5': 0.54,
  'hip left': 0.41,
  'hip right': 0.41,
}

type Worst = Map<string, { cm3: number; pose: string }>
const soft: Worst = new Map()
const joints: Worst = new Map()
let poseCount = 0

function keepWorst(m: Worst, key: string, cm3: number, pose: string): void {
  if (cm3 > (m.get(key)?.cm3 ?? -1)) m.set(key, { cm3, pose })
}

beforeAll(async () => {
  const doc = await loadDoc()
  const idx = new Map([...BONES, ...SOFT].map((id) => [id, structureIndices(doc, id)]))
  const poses = extremePoses()
  poseCount = poses.length
  for (const { name, pose } of poses) {
    const mesh = (id: string): TriMesh => ({ pos: Float64Array.from(structurePositions(doc, id, pose)), idx: idx.get(id)! })
    const cols = new Map([...BONES, ...SOFT].map((id) => [id, insideColumns(mesh(id), GRID)]))
    const allBone = unionColumns(BONES.map((b) => cols.get(b)!))
    for (const id of SOFT) keepWorst(soft, id, columnsVolume(intersectColumns(cols.get(id)!, allBone), GRID) * 1e6, name)
    for (const j of JOINTS) keepWorst(joints, j.joint, columnsVolume(intersectColumns(cols.get(j.a)!, cols.get(j.b)!), GRID) * 1e6, name)
  }
}, 240_000)

function gaps(m: Worst, target: number): string {
  const over = [...m].filter(([, w]) => w.cm3 > target)
  return over.map(([k, w]) => `${k}: ${w.cm3.toFixed(2)} cm³ at ${w.pose} (target ≤ ${target})`).join('\n  ') || 'none'
}

describe('overlaps by volume at the extreme poses of every posture (built glb, skinned)', () => {
  it('covers every posture at tightness 0 and 1 on each side', () => {
    // 6 postures × (left, right, both) × (0, 1), poses that coincide counted once
    expect(poseCount).toBeGreaterThanOrEqual(12)
    expect(soft.size).toBe(SOFT.length)
    expect(joints.size).toBe(JOINTS.length)
  })

  it('soft tissue inside bone does not grow at any extreme pose', () => {
    for (const [id, w] of soft) expect.soft(w.cm3, `${id} inside bone at ${w.pose}, cm³`).toBeLessThanOrEqual((SOFT_WORST_CM3[id] ?? 0) + MARGIN_CM3)
    console.info(`issue 9 target at the extreme poses: soft tissue in bone ≤ ${TARGET_SOFT_CM3} cm³. Gap today:\n  ${gaps(soft, TARGET_SOFT_CM3)}`)
  })

  it('bone inside bone per joint does not grow at any extreme pose', () => {
    for (const [j, w] of joints) expect.soft(w.cm3, `${j} bone in bone at ${w.pose}, cm³`).toBeLessThanOrEqual((JOINT_WORST_CM3[j] ?? 0) + MARGIN_CM3)
    console.info(`issue 9 target at the extreme poses: bone in bone ≤ ${TARGET_JOINT_CM3} cm³ per joint. Gap today:\n  ${gaps(joints, TARGET_JOINT_CM3)}`)
  })

  it('the lumbar joints above L4 and the nerves of the upper plexus meet the targets at every extreme pose', () => {
    for (const j of ['L1/L2', 'L2/L3', 'L3/L4', 'L5/S1']) expect.soft(joints.get(j)!.cm3, `${j} at ${joints.get(j)!.pose}`).toBeLessThanOrEqual(TARGET_JOINT_CM3)
    for (const n of ['iliohypogastric', 'ilioinguinal', 'genitofemoral', 'lateralFemoralCutaneous', 'femoral', 'obturator', 'lumbosacralTrunk'])
      for (const s of ['Left', 'Right']) expect.soft(soft.get(`${n}${s}`)!.cm3, `${n}${s} at ${soft.get(`${n}${s}`)!.pose}`).toBeLessThanOrEqual(TARGET_SOFT_CM3)
  })
})

/**
 * Issue 9 item 4 at the extreme poses: soft tissue inside bone and bone inside bone, by volume, on the built glb's
 * triangles skinned to every posture's extreme poses (tightness 0 and 1, each side; the poses come from the scene
 * state's biomechanics, skinning is linear blend as in three.js). The same column measurement as the bind-pose
 * model card (scripts/model-card/measure.ts), on a 0.5 mm grid.
 *
 * As in model-card.test.ts, the bounds are TODAY's worst values over the poses (a 0.05 cm³ margin), so that a
 * change to the model cannot make them worse unnoticed; the gap to issue 9's targets (≤ 0.5 cm³ per soft-tissue
 * structure, ≤ 0.2 cm³ per joint) is printed. What the poses added to the bind pose (2026-12-03, first version of
 * this test): the L4/L5 laminae and spinous processes met in deep lordosis (0.54 cm³ standing at tightness 1), the
 * femoral neck reached the acetabular rim of the hugged hip in the Thomas test (0.41 cm³), and the iliacus (1.59 cm³)
 * and femoral nerve (0.42 cm³) were pressed into bone when the hip flexes. Since the interlaminar and interspinous
 * clearance, the acetabular rim trim and the iliacus tendon's move in front of the femoral head, every joint meets
 * its target at every extreme pose (asserted below), and since 2026-12-04 so does every soft-tissue structure (the
 * psoas and the iliacus were last over it, by the tendons in the femur of the hugged hip in the Thomas test).
 * The low-poly glb, which phones and software WebGL load by default, is held to the same targets at the same poses.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { BONES, JOINTS, SOFT, columnsVolume, insideColumns, intersectColumns, unionColumns, type Grid, type TriMesh } from '../../../scripts/model-card/measure.ts'
import { LOWPOLY_FILE, extremePoses, loadDoc, structureIndices, structurePositions } from './glb.ts'

const GRID: Grid = { h: 0.0005, jitter: 1.3e-7 }
const MARGIN_CM3 = 0.05
const TARGET_SOFT_CM3 = 0.5
const TARGET_JOINT_CM3 = 0.2

/** Today's worst soft tissue inside bone over the extreme poses (cm³); absent = 0. */
const SOFT_WORST_CM3: Record<string, number> = {
  // 11.98 until the psoas was set on the bone at rest; what is left is the tendon in the femur (0.47) and the hip
  // bone (0.08) of the hugged hip in the Thomas test (0.57 before the acetabular rim was trimmed); 0.55 until the hip
  // skin weights of the muscles tolerated no vertex depth in bone (MUSCLE_DEFAULTS.hipAllowedMm 1 -> 0); 0.52 until the
  // psoas's hip weights kept its vertices 0.5 mm off the bone (hipAllowedMm.psoas -0.5): under issue 9's 0.5 target
  psoasMajorLeft: 0.35,
  psoasMajorRight: 0.35,
  // 1.59 until the tendon moved medially in front of the femoral head, out of the way of the neck of the flexed hip
  // (scripts/models/muscles.ts iliacusSections); what is left is in the femur of the hugged hip in the Thomas test;
  // 0.59 (0.60 with the fan laid on the fossa) until hipAllowedMm 1 -> 0 as for the psoas (0.52 on the merged model:
  // the hip bone's ilium body and the level-set nerves; -0.5 as for the psoas made it 0.53, +0.5 0.519); 0.52 until
  // the tendon below the wrap was thinned 5.5 -> 4.8 mm (front to back; moving it 2 mm further forward or back made it
  // 0.57 and 0.72): under issue 9's 0.5 target
  iliacusLeft: 0.47,
  iliacusRight: 0.47,
  // 0.18 until the nerves became level sets (2026-12-04, scripts/models/nervefield.ts): raised to 0.27 (still under
  // the 0.5 target) in rising from a chair, where the nerve passes in front of the anterior superior iliac spine and
  // its vertices' own hip weights (up to 0.25 off their stretch of path) keep every vertex within 2 mm of the pelvis
  // (pose.test.ts) at the price of a little stretched surface reaching into the spine; 0.03 since the hip weights per
  // stretch of path are really chosen (optimiseHipWeightsAlongPath had skipped every stretch: a path point's joint
  // list shorter than four read as "not only pelvis and hip")
  lateralFemoralCutaneousLeft: 0.03,
  lateralFemoralCutaneousRight: 0.03,
  // 0.41 until the femoral nerve became a level set (2026-12-04); 0.31 since (0.42 for one build in between, while
  // the L5 transverse process briefly reached forward to the body and the nerve's path moved with it); 0.81 when it
  // was laid in the groove between psoas and iliacus (its curve below the inguinal ligament came closer to the hip:
  // the hugged hip of the Thomas test pressed it into the anterior inferior iliac spine), 0.17 since that curve is
  // kept and the hip weights per stretch are chosen (see the lateral femoral cutaneous); 0.43 since the curve no
  // longer swings 5 mm out and forward in the femoral triangle (nervefield.ts balancedControl: that step was seen in
  // every view, the rest now lies 2-4 mm nearer the hip, and the hugged hip of the Thomas test presses it into the
  // acetabular rim; within the 0.5 target)
  femoralLeft: 0.43,
  femoralRight: 0.43,
  // 0.25 until the nerve rings were moved out of bone whole at rest (the lumbosacral trunk's 0.05 went to 0)
  // 0.08 until the obturator became a level set kept clear of bone along its path (2026-12-04, nervefield.ts); 0.02
  // until the hip weights per stretch were chosen (the lateral femoral cutaneous's note)
  obturatorLeft: 0.04,
  obturatorRight: 0.04,
}
/** Today's worst bone inside bone per joint over the extreme poses (cm³); absent = 0. */
const JOINT_WORST_CM3: Record<string, number> = {
  // 0.54 standing at tightness 1 (the L4 and L5 laminae and spinous processes meeting in deep lordosis) until they
  // got interlaminar and interspinous clearance (scripts/models/vertebra.ts); L3/L4 0.04 → 0 with it
  'L4/L5': 0.03,
  // 0.41 in the Thomas test (the neck of the hugged hip against the anterior-superior acetabular rim) until the rim
  // was trimmed to a 39° lateral centre-edge angle and the anterior ilium fill lifted (scripts/models/pelvis.ts)
  'hip left': 0.04,
  'hip right': 0.04,
}

type Worst = Map<string, { cm3: number; pose: string }>

function keepWorst(m: Worst, key: string, cm3: number, pose: string): void {
  if (cm3 > (m.get(key)?.cm3 ?? -1)) m.set(key, { cm3, pose })
}

/** The worst soft tissue in bone and bone in bone of one glb over the extreme poses. */
async function worstOverPoses(file?: string): Promise<{ soft: Worst; joints: Worst; poseCount: number }> {
  const doc = await loadDoc(file)
  const idx = new Map([...BONES, ...SOFT].map((id) => [id, structureIndices(doc, id)]))
  const poses = extremePoses()
  const soft: Worst = new Map()
  const joints: Worst = new Map()
  for (const { name, pose } of poses) {
    const mesh = (id: string): TriMesh => ({ pos: Float64Array.from(structurePositions(doc, id, pose)), idx: idx.get(id)! })
    const cols = new Map([...BONES, ...SOFT].map((id) => [id, insideColumns(mesh(id), GRID)]))
    const allBone = unionColumns(BONES.map((b) => cols.get(b)!))
    for (const id of SOFT) keepWorst(soft, id, columnsVolume(intersectColumns(cols.get(id)!, allBone), GRID) * 1e6, name)
    for (const j of JOINTS) keepWorst(joints, j.joint, columnsVolume(intersectColumns(cols.get(j.a)!, cols.get(j.b)!), GRID) * 1e6, name)
  }
  return { soft, joints, poseCount: poses.length }
}

let soft: Worst
let joints: Worst
let poseCount = 0
let low: Awaited<ReturnType<typeof worstOverPoses>>

beforeAll(async () => {
  ;({ soft, joints, poseCount } = await worstOverPoses())
  low = await worstOverPoses(LOWPOLY_FILE)
}, 360_000)

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
    console.info(`worst soft tissue in bone over the extreme poses: ${[...soft].map(([k, w]) => `${k} ${w.cm3.toFixed(3)}`).join(', ')}`)
    console.info(`issue 9 target at the extreme poses: soft tissue in bone ≤ ${TARGET_SOFT_CM3} cm³. Gap today:\n  ${gaps(soft, TARGET_SOFT_CM3)}`)
  })

  it('bone inside bone per joint does not grow at any extreme pose', () => {
    for (const [j, w] of joints) expect.soft(w.cm3, `${j} bone in bone at ${w.pose}, cm³`).toBeLessThanOrEqual((JOINT_WORST_CM3[j] ?? 0) + MARGIN_CM3)
    console.info(`issue 9 target at the extreme poses: bone in bone ≤ ${TARGET_JOINT_CM3} cm³ per joint. Gap today:\n  ${gaps(joints, TARGET_JOINT_CM3)}`)
  })

  it('every joint, both muscles and every nerve meet the issue-9 targets at every extreme pose', () => {
    for (const { joint: j } of JOINTS) expect.soft(joints.get(j)!.cm3, `${j} at ${joints.get(j)!.pose}`).toBeLessThanOrEqual(TARGET_JOINT_CM3)
    for (const id of SOFT) expect.soft(soft.get(id)!.cm3, `${id} at ${soft.get(id)!.pose}`).toBeLessThanOrEqual(TARGET_SOFT_CM3)
  })

  it('so does the low-poly glb (what phones and software WebGL show), skinned to the same poses', () => {
    // 2026-12-04, when first measured: worst psoas 0.17, iliacus 0.16, femoral 0.08 cm³ (Thomas test), L4/L5 0.05
    expect(low.poseCount).toBe(poseCount)
    expect(low.soft.size).toBe(SOFT.length)
    expect(low.joints.size).toBe(JOINTS.length)
    for (const { joint: j } of JOINTS) expect.soft(low.joints.get(j)!.cm3, `low-poly ${j} at ${low.joints.get(j)!.pose}`).toBeLessThanOrEqual(TARGET_JOINT_CM3)
    for (const id of SOFT) expect.soft(low.soft.get(id)!.cm3, `low-poly ${id} at ${low.soft.get(id)!.pose}`).toBeLessThanOrEqual(TARGET_SOFT_CM3)
  })
})

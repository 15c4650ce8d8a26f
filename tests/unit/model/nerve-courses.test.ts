/**
 * Issue 9 item 3 on the built glb: where the nerves run after they leave the psoas (scripts/model-card/measure.ts
 * nerveCourses: per height, the centroid of the nerve's horizontal section, the share of that section inside the
 * muscles, and the nerve's surface's distance to each muscle, by rays through the final meshes).
 * - The genitofemoral pierces the psoas's front at L3–L4 and then runs on it, not in it (it ran 1–4 mm under the
 *   muscle's surface for 60 mm below its exit). Per 5 mm of height from under the reference exit down to the
 *   reference point on the psoas at L5: its centre outside the psoas and its surface not more than 3 mm off it.
 * - The femoral leaves the psoas's lateral border and runs in the groove between psoas and iliacus to the inguinal
 *   ligament (it ran up to 7 mm deep in the iliacus for 30 mm, 1.2 cm³ of it). Per 4 mm of height from 8 mm under
 *   its exit to the inguinal ligament: at most 2 % of its section inside either muscle, its centre outside both, its
 *   surface within 3 mm of one of them (it lies on them); and at two heights at least within 2 mm of both (the groove).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { nerveCourses, readModel, structureMesh } from '../../../scripts/model-card/measure.ts'
import type { NerveCourses, NerveCourseRow } from '../../../scripts/model-card/measure.ts'
import { MODEL_FILE } from '../../../scripts/model-card/measure-card.ts'

let courses: NerveCourses
beforeAll(async () => {
  const doc = await readModel(MODEL_FILE)
  const ids = ['genitofemoralRight', 'femoralRight', 'psoasMajorRight', 'iliacusRight']
  courses = nerveCourses(new Map(ids.map((id) => [id, structureMesh(doc, id)])))
})

const mm = (v: number): string => (v * 1000).toFixed(1)
const at = (r: NerveCourseRow): string => `y = ${(r.y * 1000).toFixed(0)} mm`
const print = (rows: NerveCourseRow[], muscles: string): void =>
  console.info(rows.map((r) => `${(r.y * 1000).toFixed(0)}: ${(r.shareInMuscle * 100).toFixed(1)} % in muscle, surface ${r.gaps.map(mm).join(' / ')} mm off ${muscles}`).join('\n'))

describe('nerve courses beside the muscles (built glb)', () => {
  it('the genitofemoral below its exit lies on the front of the psoas, outside the muscle, down to L5', () => {
    const rows = courses.genitofemoral
    print(rows, 'the psoas')
    expect(rows.length).toBeGreaterThanOrEqual(8)
    for (const r of rows) {
      expect(r.centre, `nerve at ${at(r)}`).not.toBeNull()
      expect.soft(r.centreInside[0], `centre inside the psoas at ${at(r)}`).toBe(false)
      expect.soft(r.gaps[0] * 1000, `gap to the psoas at ${at(r)}`).toBeLessThanOrEqual(3)
    }
  })

  it('the femoral from under its exit to the inguinal ligament lies on psoas and iliacus, not in them, and in the groove at the brim', () => {
    const rows = courses.femoral
    print(rows, 'psoas / iliacus')
    expect(rows.length).toBeGreaterThanOrEqual(15)
    for (const r of rows) {
      expect(r.centre, `nerve at ${at(r)}`).not.toBeNull()
      expect.soft(r.shareInMuscle, `share of the section in psoas or iliacus at ${at(r)}`).toBeLessThanOrEqual(0.02)
      expect.soft(r.centreInside, `centre inside psoas / iliacus at ${at(r)}`).toEqual([false, false])
      expect.soft(Math.min(...r.gaps) * 1000, `on a muscle at ${at(r)}`).toBeLessThanOrEqual(3)
    }
    const groove = rows.filter((r) => Math.max(...r.gaps) <= 0.002)
    expect(groove.length, 'heights where the nerve lies within 2 mm of both muscles (the groove)').toBeGreaterThanOrEqual(2)
  })
})

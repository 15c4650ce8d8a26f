/**
 * The model card in models/README.md and the "no regression" bounds on the built glb (issue 9, items 4 and 7).
 * One measurement of the committed glb (scripts/model-card/measure.ts, ~10 s) serves both.
 *
 * The bounds below are TODAY's values (a margin of 0.05 cm³ on volumes; counts are exact), so that a change
 * to the model cannot make it worse unnoticed. The targets: soft tissue inside bone ≤ 0.5 cm³ per
 * structure, bone inside bone ≤ 0.2 cm³ per joint, no self-intersecting triangles, every structure watertight and
 * manifold (and one piece unless the reference says otherwise). Those targets are met at the bind pose and asserted
 * as such on both glbs (the last describe block; the posed ones in posed-overlaps.test.ts). When the model improves,
 * lower these numbers to its values.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { measureModel } from '../../../scripts/model-card/measure.ts'
import type { ModelMeasurements } from '../../../scripts/model-card/measure.ts'
import { REF } from '../../../scripts/models/reference.ts'
import { END, LOWPOLY_FILE, MODEL_FILE, README_FILE, START, renderCard, spliceCard } from '../../../scripts/model-card/measure-card.ts'

/**
 * Issue 9 item 4 on the built glb: every structure watertight (no open edges), manifold (no edge on three or more
 * triangles), consistently wound, without degenerate triangles, in one piece and without self-intersecting
 * triangles. The one node of two pieces is the pelvis: both hip bones (the sacrum between them is its own node).
 * History (the no-regression bounds this replaced, [open, non-manifold, misoriented, degenerate, pieces, self-x]):
 * the sacrum was 4 pieces until its canal roof joined the median crest and its ala tips the lateral masses; the
 * iliacus had 133 crossing pairs (a fold at the top of the fan); the nerves were merged lofted tubes with 18–159
 * crossing pairs each and up to 10 non-manifold edges until each became one level-set surface (nervefield.ts); the
 * psoas was its belly and 11 slips as separate shells, [0, 0, 0, 0, 12, 428], until they were joined by a mesh
 * union (2026-12-04, scripts/models/union.ts).
 */
const PIECES: Record<string, number> = { pelvis: 2 }

/** Today's soft tissue inside bone (cm³); issue 9's target: ≤ 0.5 per structure. */
const SOFT_IN_BONE_CM3: Record<string, number> = {
  // 11.97 (pelvis 11.02 over the brim and the acetabular roof, femur 0.93 at the lesser trochanter) until the psoas
  // rings were set on the bone and its brim section moved medial to the iliacus (scripts/models/muscles.ts, bones.ts)
  psoasMajorLeft: 0,
  psoasMajorRight: 0,
  // 0.01 in the pelvis since its tendon lies medial, in front of the femoral head (muscles.ts iliacusSections), 0
  // since its rings are set on the bone (clearRings)
  iliacusLeft: 0,
  iliacusRight: 0,
  iliohypogastricLeft: 0,
  iliohypogastricRight: 0,
  ilioinguinalLeft: 0,
  ilioinguinalRight: 0,
  genitofemoralLeft: 0,
  genitofemoralRight: 0,
  lateralFemoralCutaneousLeft: 0,
  lateralFemoralCutaneousRight: 0,
  femoralLeft: 0,
  femoralRight: 0,
  // 0.23 and 0.04 until the nerve rings were moved out of bone whole; the obturator's rest is in the obturator
  // canal, whose reference waypoint lies 1 mm inside the hip bone
  // 0.06 until the nerves became level sets (2026-12-04): the path is moved clear of the pelvis and femur (searching
  // round where the gradient walk is caught between them at the hip) before the surface is made
  obturatorLeft: 0,
  obturatorRight: 0,
  lumbosacralTrunkLeft: 0,
  lumbosacralTrunkRight: 0,
}
/** Today's bone inside bone per joint (cm³); issue 9's target: ≤ 0.2 per joint. */
const JOINT_CM3: Record<string, number> = {
  // 0.39 / 0.40 / 0.40 / 0.80 / 0.99 (the articular processes passing into each other) until the facet joints got
  // their joint space (scripts/models/facets.ts); the 0.03 left at L4/L5 (between the laminae) went with the
  // interlaminar and interspinous clearance (scripts/models/vertebra.ts laminaMidlineHalfHeight, spinousHalfHeight)
  'L1/L2': 0,
  'L2/L3': 0,
  'L3/L4': 0,
  'L4/L5': 0,
  'L5/S1': 0,
  // 1.12 (the hip bone in the sacral ala at the upper end of the joint) until the hip bone stopped 1 mm short of the sacrum near
  // the joint (scripts/models/pelvis.ts siGapMm)
  sacroiliac: 0,
  'hip left': 0,
  'hip right': 0,
}
/**
 * Today's psoas/iliacus overlap per side (cm³). 27.27 before the psoas moved medially at the brim; 23.63 before the
 * iliacus tendon moved medially in front of the femoral head, out of the neck's way in deep flexion; 23.94 (no groove
 * for the femoral nerve) until both were cut along the surface halfway through their overlap, 1.2 mm apart
 * (scripts/models/groove.ts), with the iliacus laid on the iliac fossa.
 */
const MUSCLE_OVERLAP_CM3 = 0
const MARGIN_CM3 = 0.05
const TARGET_SOFT_CM3 = 0.5
const TARGET_JOINT_CM3 = 0.2

let m: ModelMeasurements
let low: ModelMeasurements
beforeAll(async () => {
  m = await measureModel(MODEL_FILE)
  low = await measureModel(LOWPOLY_FILE)
}, 120_000)

describe('model card (models/README.md)', () => {
  it('is what `npm run model-card` would write now (rerun it after changing the model or the measurements)', () => {
    const readme = readFileSync(README_FILE, 'utf8')
    expect(readme).toContain(START)
    expect(readme).toContain(END)
    const card = renderCard(m, low)
    const now = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length) + '\n'
    expect(now, 'models/README.md model card is stale: run npm run model-card').toBe(card)
    expect(spliceCard(readme, card)).toBe(readme)
  })

  it('is deterministic: rendering the same measurements twice gives the same text, with no date in it', () => {
    const card = renderCard(m, low)
    expect(renderCard(m, low)).toBe(card)
    expect(card).not.toMatch(/\b20\d\d-\d\d-\d\d\b/)
  })
})

describe('no regression on the built glb (bounds = today + margin), and its other issue-9 measures', () => {
  it('soft tissue inside bone (psoas, iliacus, nerves; by volume) does not grow', () => {
    const gaps: string[] = []
    expect(m.softInBone.map((s) => s.id).sort()).toEqual(Object.keys(SOFT_IN_BONE_CM3).sort())
    for (const s of m.softInBone) {
      const cm3 = s.volume * 1e6
      expect.soft(cm3, `${s.id} inside bone, cm³`).toBeLessThanOrEqual(SOFT_IN_BONE_CM3[s.id] + MARGIN_CM3)
      if (cm3 > TARGET_SOFT_CM3) gaps.push(`${s.id}: ${cm3.toFixed(2)} cm³ (target ≤ ${TARGET_SOFT_CM3}, over by ${(cm3 - TARGET_SOFT_CM3).toFixed(2)})`)
    }
    console.info(`issue 9 target (v2): soft tissue in bone ≤ ${TARGET_SOFT_CM3} cm³ per structure. Gap today:\n  ${gaps.join('\n  ') || 'none'}`)
  })

  it('bone inside bone per joint (adjacent vertebrae with their facets, L5/S1, sacroiliac, hips) does not grow', () => {
    const gaps: string[] = []
    expect(m.joints.map((j) => j.joint).sort()).toEqual(Object.keys(JOINT_CM3).sort())
    for (const j of m.joints) {
      const cm3 = j.volume * 1e6
      expect.soft(cm3, `${j.joint} bone in bone, cm³`).toBeLessThanOrEqual(JOINT_CM3[j.joint] + MARGIN_CM3)
      if (cm3 > TARGET_JOINT_CM3) gaps.push(`${j.joint}: ${cm3.toFixed(2)} cm³ (target ≤ ${TARGET_JOINT_CM3}, over by ${(cm3 - TARGET_JOINT_CM3).toFixed(2)})`)
    }
    expect(m.otherBoneOverlaps).toEqual([])
    for (const o of m.muscleOverlap) expect.soft(o.volume * 1e6, `${o.a} / ${o.b} overlap, cm³`).toBeLessThanOrEqual(MUSCLE_OVERLAP_CM3 + MARGIN_CM3)
    console.info(`issue 9 target (v2): bone in bone ≤ ${TARGET_JOINT_CM3} cm³ per joint. Gap today:\n  ${gaps.join('\n  ') || 'none'}`)
  })

  it('transverse processes per level (issue 9): tips at the reference span, L3 the longest, flat plates, L5 stout', () => {
    const P = m.processes
    const levels = ['L1', 'L2', 'L3', 'L4', 'L5'] as const
    for (const l of levels) {
      // within the reference's 5 mm position tolerance (the bone ran 3.5 mm past each tip: spans +7 mm at every level);
      // L4's and L5's are pulled in (vertebra.ts tpLengthScale) so that L3's are the longest
      expect.soft(Math.abs(P[l].transverseProcessSpan * 1e3 - REF.vertebrae[l].transverseProcessSpanMm), `${l} span - reference, mm`).toBeLessThanOrEqual(5)
    }
    for (const l of ['L1', 'L2', 'L4', 'L5'] as const) expect.soft(P.L3.transverseProcessSpan, `L3 span longer than ${l}'s`).toBeGreaterThan(P[l].transverseProcessSpan)
    // flattened front to back, not round rods (they were 7.5 × 5.2 mm at mid-length)
    for (const l of ['L1', 'L2', 'L3', 'L4'] as const)
      expect.soft(P[l].transverseProcessHeight / P[l].transverseProcessThickness, `${l} transverse process height / thickness`).toBeGreaterThanOrEqual(1.8)
    // L5: stout, its section at least twice L4's. (Joined to the body as well is not met: its root stays on the
    // pedicle, about 5 mm behind the body's posterior wall, like the others'; see vertebra.ts tpStoutL5)
    expect(P.L5.transverseProcessArea, 'L5 vs L4 transverse process section').toBeGreaterThanOrEqual(2 * P.L4.transverseProcessArea)
  })

  it('spinous processes are blades (issue 9): at mid-length at least twice as tall as they are wide, and at least 80 % of the reference tip height', () => {
    for (const l of ['L1', 'L2', 'L3', 'L4', 'L5'] as const) {
      const p = m.processes[l]
      expect.soft(p.spinousHeight / p.spinousWidth, `${l} spinous height / width`).toBeGreaterThanOrEqual(2)
      expect.soft(p.spinousHeight * 1e3, `${l} spinous height, mm`).toBeGreaterThanOrEqual(0.8 * REF.vertebrae[l].spinousTipHeightMm)
    }
  })

  it('the hip bone has an iliac tubercle and an ischial spine (issue 9), measured on rays through the pelvis mesh', () => {
    const { iliacTubercle, ischialSpine, ischialSpineTipFromHip: t } = m.hip
    // the crest's outer lip stands out at the reference tubercle point (it was 0.3 mm over the crest either side)
    expect(iliacTubercle * 1e3, 'iliac tubercle over the crest 25 mm either side, mm').toBeGreaterThanOrEqual(3)
    // the ischium's posterior border has a point (the border was concave there: -2.7 mm)
    expect(ischialSpine * 1e3, 'ischial spine over the border 15 mm above and below, mm').toBeGreaterThanOrEqual(6)
    // where the spine is, against the hip centre ([R] textbook relations): medial, below, behind
    expect(t[0] * 1e3, 'spine tip medial of the hip centre, mm').toBeGreaterThanOrEqual(18)
    expect(t[0] * 1e3, 'spine tip medial of the hip centre, mm').toBeLessThanOrEqual(40)
    expect(-t[1] * 1e3, 'spine tip below the hip centre, mm').toBeGreaterThanOrEqual(5)
    expect(-t[1] * 1e3, 'spine tip below the hip centre, mm').toBeLessThanOrEqual(30)
    expect(-t[2] * 1e3, 'spine tip behind the hip centre, mm').toBeGreaterThanOrEqual(25)
    expect(-t[2] * 1e3, 'spine tip behind the hip centre, mm').toBeLessThanOrEqual(55)
  })

  it('the psoas reaches T12 (issue 9; the T12 landmark): its top at or above the T12/L1 disc\'s upper margin, less 1 mm', () => {
    const margin = REF.landmarks.jointT12L1.position_m[1] + REF.discs.T12L1.meanHeightMm / 2000
    expect(m.psoasTop).toBeGreaterThanOrEqual(margin - 0.001)
    // and not far past it: the model has no T12 body for it to lie on
    expect(m.psoasTop).toBeLessThanOrEqual(margin + 0.005)
  })

  it('the S1 endplate is at least as large as L5\'s lower endplate (issue 9) and within 10 % of the reference\'s S1 endplate', () => {
    const { s1, l5Lower } = m.lumbosacral
    expect(s1.width * 1e3, 'S1 width vs L5 lower width, mm').toBeGreaterThanOrEqual(l5Lower.width * 1e3)
    expect(s1.depth * 1e3, 'S1 depth vs L5 lower depth, mm').toBeGreaterThanOrEqual(l5Lower.depth * 1e3)
    expect(Math.abs(s1.width * 1e3 / REF.sacrum.s1EndplateWidthMm.value - 1), 'S1 width vs reference').toBeLessThan(0.1)
    expect(Math.abs(s1.depth * 1e3 / REF.sacrum.s1EndplateDepthMm.value - 1), 'S1 depth vs reference').toBeLessThan(0.1)
  })
})

/**
 * The issue-9 targets that are met, on both built glbs: the full model and the low-poly one that software WebGL shows
 * by default (its nerves had 4–10 non-manifold edges each, its sacrum 2 and its L4 3 crossing pairs until
 * scripts/models/mesher.ts took a simplification or a surface-nets grid only when its result is clean).
 */
describe.each([
  ['full', () => m],
  ['low-poly', () => low],
] as const)('issue-9 targets on the %s glb', (_name, g) => {
  it('every structure meets the issue-9 mesh target: watertight, manifold, one piece (the pelvis: two hip bones), no self-intersections', () => {
    expect(g().quality.length).toBe(32)
    for (const q of g().quality) {
      expect.soft(q.openEdges, `${q.id} open edges`).toBe(0)
      expect.soft(q.nonManifoldEdges, `${q.id} non-manifold edges`).toBe(0)
      expect.soft(q.misorientedEdges, `${q.id} misoriented edges`).toBe(0)
      expect.soft(q.degenerate, `${q.id} degenerate triangles`).toBe(0)
      expect.soft(q.pieces, `${q.id} pieces`).toBe(PIECES[q.id] ?? 1)
      expect.soft(q.selfIntersections, `${q.id} self-intersecting pairs`).toBe(0)
    }
  })

  it('tunnels through the bones: one per vertebra (its vertebral foramen), one per hip bone (its obturator foramen), none through a femur or disc', () => {
    const tunnels = Object.fromEntries(g().quality.map((q) => [q.id, q.tunnels]))
    for (const l of ['L1', 'L2', 'L3', 'L4', 'L5']) expect(tunnels[`vertebra${l}`], `vertebra${l}`).toBe(1)
    // the pelvis node holds both hip bones (2 pieces): 4 tunnels each until the brim, the ilium body and the rami
    // were made one solid around the single foramen (scripts/models/pelvis.ts)
    expect(g().quality.find((q) => q.id === 'pelvis')!.pieces).toBe(2)
    expect(tunnels.pelvis).toBe(2)
    for (const id of ['femurLeft', 'femurRight', 'discL1L2', 'discL2L3', 'discL3L4', 'discL4L5', 'discL5S1']) expect(tunnels[id], id).toBe(0)
  })

  it('soft tissue meets the issue-9 target: ≤ 0.5 cm³ inside bone for the psoas, the iliacus and every nerve, each side', () => {
    expect(g().softInBone.map((s) => s.id).sort()).toEqual(Object.keys(SOFT_IN_BONE_CM3).sort())
    for (const s of g().softInBone) expect.soft(s.volume * 1e6, `${s.id} inside bone, cm³`).toBeLessThanOrEqual(TARGET_SOFT_CM3)
  })

  it('bone inside bone meets the issue-9 target at every joint: ≤ 0.2 cm³ (lumbar, L5/S1, sacroiliac, hips)', () => {
    expect(g().joints.map((j) => j.joint).sort()).toEqual(Object.keys(JOINT_CM3).sort())
    for (const j of g().joints) expect.soft(j.volume * 1e6, `${j.joint} bone in bone, cm³`).toBeLessThanOrEqual(TARGET_JOINT_CM3)
  })

  it('the facet joints meet the issue-9 target: bone in bone ≤ 0.2 cm³ per joint L1/L2 … L5/S1, none within 12 mm of a facet joint', () => {
    const facetJoints = g().joints.filter((j) => j.facets)
    expect(facetJoints.map((j) => j.joint)).toEqual(['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1'])
    for (const j of facetJoints) {
      expect.soft(j.volume * 1e6, `${j.joint} bone in bone, cm³`).toBeLessThanOrEqual(TARGET_JOINT_CM3)
      expect.soft(j.facets!.left * 1e6, `${j.joint} left facet, cm³`).toBeLessThan(0.005)
      expect.soft(j.facets!.right * 1e6, `${j.joint} right facet, cm³`).toBeLessThan(0.005)
    }
  })
})

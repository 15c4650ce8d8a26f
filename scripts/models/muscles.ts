/**
 * Psoas major (lofted sweep along the fascicle path: origin levels → pelvic brim → around the front of the hip →
 * lesser trochanter, with the per-level sizes of the reference and one slip per Christophy fascicle origin) and
 * iliacus (fan from the iliac fossa to its brim point and insertion). Skinned; morph target `tense` thickens the belly.
 */
import type { Document, Material, Mesh } from '@gltf-transform/core'
import { REF, landmarkMm } from './reference.ts'
import type { Vec3 } from './vec.ts'
import { add, lerp3, mm, norm, scale, sub } from './vec.ts'
import type { LoftResult, Section } from './loft.ts'
import { loft, mergeLofts, mirrorLoft } from './loft.ts'
import { J, mirrorJoint, skinAt } from './skeleton.ts'
import type { Sdf } from './sdf.ts'
import { clearRings, hipFields, pushOutOfBone } from './bones.ts'
import { optimiseHipWeights } from './hipweights.ts'
import { faceNormals } from './mesher.ts'
import { addPrimitiveMesh } from './gltf.ts'
import { groove } from './groove.ts'

export const MUSCLE_DEFAULTS = {
  around: 18,
  stepMm: 5,
  slipAround: 6,
  /** `tense` morph: radial thickening at the belly (fraction of the section radius) */
  tenseGain: 0.22,
  clearanceMm: 0.6,
  /** psoas: whole rings are moved this far out of bone (clearRings) before the vertices are */
  ringClearanceMm: 1,
  /** psoas: the part of each section (centre → rim) that moves out of bone whole; the rest flattens against it */
  ringCore: 0.5,
  /** psoas ↔ iliacus: gap left between them where they were built overlapping (groove.ts) */
  grooveMm: 0.6,
}
export type MuscleShape = typeof MUSCLE_DEFAULTS

const X: Vec3 = [1, 0, 0]

/** Psoas control sections, right side (mm). Level sizes from the reference; the path below L5 is [R]. */
export function psoasSections(): Section[] {
  const pl = REF.psoas.perLevel
  const lvl = (k: 'L1' | 'L2' | 'L3' | 'L4' | 'L4L5' | 'L5', belly: number): Section => {
    const e = pl[k]
    const c = mm(e.centre_m)
    return { c, a: e.widthMm / 2, b: e.thicknessMm / 2, widthDir: X, joints: skinAt(c), belly }
  }
  const brim = landmarkMm('psoasBrimPointRight')
  const lt = landmarkMm('lesserTrochanterRight')
  const hip = landmarkMm('hipCentreRight')
  const rHead = REF.femur.headRadiusMm.value
  const l1 = mm(pl.L1.centre_m)
  const l5 = mm(pl.L5.centre_m)
  const s1 = landmarkMm('s1EndplateCentre')
  const top: Vec3 = [l1[0] + 6, landmarkMm('psoasOriginL1VertebralBodyRight')[1] + 4, l1[2] - 1]
  // below L5 the muscle runs down and forward along the pelvic inlet to the brim
  const sacral: Vec3 = [l5[0] - 4.5, s1[1] - 10, l5[2] + 8]
  // over the brim the belly lies on the bone medial to the iliacus: its section is centred 10 mm medial to the
  // reference brim point (centred there, over the acetabular roof, it sank 15 mm into the hip bone and lay on the
  // iliacus); clearRings then sets it on the bone
  const brimC: Vec3 = [brim[0] + 10, brim[1], brim[2] + 1]
  const preBrim: Vec3 = lerp3(sacral, brimC, 0.5)
  preBrim[0] -= 2
  // the tendon wraps over the front of the femoral head, then passes medial to the neck to the lesser trochanter
  // (3 mm medial to the line from the wrap to the trochanter: 9 mm medial, it ran through the hip bone below the
  // acetabulum)
  const wrap: Vec3 = [hip[0] + 9, hip[1] - 6, hip[2] + rHead + 14]
  const medNeck: Vec3 = lerp3(wrap, lt, 0.55)
  medNeck[0] += 3
  medNeck[2] += 8
  const brimSize = pl.brim
  return [
    { c: top, a: 4, b: 3, widthDir: X, joints: skinAt(top), belly: 0 },
    lvl('L1', 0.3),
    lvl('L2', 0.6),
    lvl('L3', 0.9),
    lvl('L4', 1),
    lvl('L4L5', 1),
    lvl('L5', 0.9),
    { c: sacral, a: 18, b: 21, widthDir: X, joints: skinAt(sacral), belly: 0.7 },
    { c: preBrim, a: 16.5, b: 16, widthDir: X, joints: [[J.pelvisJoint, 1]], belly: 0.4 },
    { c: brimC, a: brimSize.widthMm / 2 - 2, b: brimSize.thicknessMm / 2, widthDir: X, joints: [[J.pelvisJoint, 1]], belly: 0.1 },
    { c: wrap, a: 9, b: 6.5, widthDir: X, joints: [[J.pelvisJoint, 0.75], [J.hipRight, 0.25]], belly: 0 },
    { c: medNeck, a: 7, b: 5, widthDir: X, joints: [[J.hipRight, 1]], belly: 0 },
    { c: lt, a: 4.5, b: 3.5, widthDir: X, joints: [[J.hipRight, 1]], belly: 0 },
  ]
}

/** Point on the psoas path at height y (linear between sections). */
function psoasCentreAt(sections: Section[], y: number): Vec3 {
  for (let i = 0; i < sections.length - 1; i++) {
    const a = sections[i].c
    const b = sections[i + 1].c
    if ((y <= a[1] && y >= b[1]) || (y >= a[1] && y <= b[1])) return lerp3(a, b, (y - a[1]) / (b[1] - a[1] || 1))
  }
  return sections[sections.length - 1].c
}

/** One slip per fascicle origin: short tapered tube from the origin into the belly. */
export function psoasSlips(sections: Section[], shape: MuscleShape): LoftResult[] {
  const fasc = REF.psoas.fascicles as Record<string, { originLandmark: string; fmaxN: number }>
  return Object.values(fasc).map((f) => {
    const o = landmarkMm(f.originLandmark)
    const end = psoasCentreAt(sections, o[1] - 24)
    const mid = lerp3(o, end, 0.45)
    const r = 2.6 + Math.sqrt(f.fmaxN) * 0.28
    const secs: Section[] = [
      { c: o, a: r * 0.55, b: r * 0.4, widthDir: X, joints: skinAt(o), belly: 0 },
      { c: mid, a: r * 1.1, b: r * 0.9, widthDir: X, joints: skinAt(mid), belly: 0 },
      { c: end, a: r * 0.8, b: r * 0.7, widthDir: X, joints: skinAt(end), belly: 0 },
    ]
    return loft(secs, shape.slipAround, shape.stepMm, 0)
  })
}

/** Iliacus control sections, right side (mm). */
export function iliacusSections(): Section[] {
  const crest = REF.pelvis.iliacCrestRight_m.points.map((p) => mm(p))
  const o = landmarkMm('iliacusOriginRight')
  const brim = landmarkMm('iliacusBrimPointRight')
  const ins = landmarkMm('iliacusInsertionRight')
  const hip = landmarkMm('hipCentreRight')
  const rHead = REF.femur.headRadiusMm.value
  const crestDir = norm(sub(crest[4], crest[1]))
  const topC: Vec3 = add(lerp3(crest[1], crest[4], 0.45), [27, -19, 2])
  // over the front of the hip the tendon lies in front of the head, medial to the neck (4 mm lateral to the hip
  // centre, 12 mm in front of the head and 22 mm wide, the neck of the flexed hip swept through it: 1.9 cm³ of femur
  // in the iliacus in the Thomas test; 0.6 centred on it, 15 mm in front of the head and 16 mm wide)
  const wrap: Vec3 = [hip[0], hip[1] - 8, hip[2] + rHead + 15]
  const below: Vec3 = lerp3(wrap, ins, 0.5)
  below[0] += 4
  below[2] += 8
  const upper = lerp3(topC, o, 0.6)
  const fossa = lerp3(o, brim, 0.35)
  // the fan's top edge lies above its upper section, back along the fibres' course (below it, as topC lies, the loft
  // ran up and turned down again: a folded edge, 133 self-intersecting pairs)
  const top = add(upper, scale(norm(sub(upper, fossa)), 12))
  return [
    { c: top, a: 30, b: 4, widthDir: crestDir, joints: [[J.pelvisJoint, 1]], belly: 0.3 },
    { c: upper, a: 34, b: 9, widthDir: crestDir, joints: [[J.pelvisJoint, 1]], belly: 0.8 },
    { c: fossa, a: 30, b: 12, widthDir: norm(add(crestDir, X)), joints: [[J.pelvisJoint, 1]], belly: 1 },
    { c: lerp3(o, brim, 0.75), a: 22, b: 11, widthDir: X, joints: [[J.pelvisJoint, 1]], belly: 0.6 },
    { c: brim, a: 16, b: 9, widthDir: X, joints: [[J.pelvisJoint, 1]], belly: 0.2 },
    { c: wrap, a: 8, b: 7, widthDir: X, joints: [[J.pelvisJoint, 0.75], [J.hipRight, 0.25]], belly: 0 },
    { c: below, a: 8, b: 5.5, widthDir: X, joints: [[J.hipRight, 1]], belly: 0 },
    { c: ins, a: 4.5, b: 3.5, widthDir: X, joints: [[J.hipRight, 1]], belly: 0 },
  ]
}

export interface MuscleParams {
  side: 'left' | 'right'
  shape: MuscleShape
  /** bone field at rest (mm) to keep the muscle surface out of bone; null = no collision pass */
  bones: Sdf | null
}

/** The right psoas and iliacus, built together so that they can share the groove between them. */
function rightPair(p: MuscleParams): { psoas: LoftResult; iliacus: LoftResult } {
  const { shape, bones } = p
  const secs = psoasSections()
  const main = loft(secs, shape.around, shape.stepMm, shape.tenseGain)
  const slips = psoasSlips(secs, shape)
  const iliacus = loft(iliacusSections(), shape.around, shape.stepMm, shape.tenseGain)
  if (bones) {
    clearRings(main, shape.around, bones, shape.ringClearanceMm, shape.ringCore)
    for (const s of slips) clearRings(s, shape.slipAround, bones, shape.ringClearanceMm, shape.ringCore)
    clearRings(iliacus, shape.around, bones, shape.ringClearanceMm, shape.ringCore)
    for (const l of [main, ...slips, iliacus]) pushOutOfBone(l.geo.positions, bones, shape.clearanceMm)
  }
  groove(main, shape.around, iliacus, shape.around, shape.grooveMm)
  for (const l of [main, ...slips, iliacus]) l.geo.normals = faceNormals(l.geo.positions, l.geo.indices)
  if (bones) {
    const h = hipFields()
    for (const l of [main, iliacus]) optimiseHipWeights(l, shape.around, h.pelvis, h.femur, landmarkMm('hipCentreRight'))
  }
  return { psoas: mergeLofts([main, ...slips]), iliacus }
}
// both muscles of a side come from one build of the pair (the builder asks for them one by one)
let pairCache: { shape: MuscleShape; bones: Sdf | null; pair: ReturnType<typeof rightPair> } | null = null
function pair(p: MuscleParams): ReturnType<typeof rightPair> {
  if (!pairCache || pairCache.shape !== p.shape || pairCache.bones !== p.bones) pairCache = { shape: p.shape, bones: p.bones, pair: rightPair(p) }
  return pairCache.pair
}
const finish = (l: LoftResult, p: MuscleParams): LoftResult => (p.side === 'right' ? l : mirrorLoft(l, mirrorJoint))

export function psoasGeometry(p: MuscleParams): LoftResult {
  return finish(pair(p).psoas, p)
}

export function iliacusGeometry(p: MuscleParams): LoftResult {
  return finish(pair(p).iliacus, p)
}

export function createPsoas(doc: Document, params: MuscleParams & { material: Material; name: string }): Mesh {
  const g = psoasGeometry(params)
  return addPrimitiveMesh(doc, params.name, g.geo, params.material, g.skin, { name: 'tense', positions: g.tense })
}
export function createIliacus(doc: Document, params: MuscleParams & { material: Material; name: string }): Mesh {
  const g = iliacusGeometry(params)
  return addPrimitiveMesh(doc, params.name, g.geo, params.material, g.skin, { name: 'tense', positions: g.tense })
}

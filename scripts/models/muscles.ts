/**
 * Psoas major (lofted sweep along the fascicle path: origin levels → pelvic brim → around the front of the hip →
 * lesser trochanter, with the per-level sizes of the reference and one slip per Christophy fascicle origin) and
 * iliacus (fan laid on the iliac fossa, over the brim to its insertion), built together so that they meet in a groove
 * (the femoral nerve's) instead of passing into each other. Skinned; morph target `tense` thickens the belly.
 */
import type { Document, Material, Mesh } from '@gltf-transform/core'
import { REF, landmarkMm } from './reference.ts'
import type { Vec3 } from './vec.ts'
import { add, lerp3, mm, norm, scale, sub } from './vec.ts'
import type { LoftResult, Section } from './loft.ts'
import { loft, mirrorLoft } from './loft.ts'
import { unionLofts } from './union.ts'
import { J, mirrorJoint, skinAt } from './skeleton.ts'
import type { Sdf } from './sdf.ts'
import { clearRings, hipFields, pushOutOfBone } from './bones.ts'
import { gradient } from './sdf.ts'
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
  /** [D] psoas ↔ iliacus: gap left between them where they were built overlapping (groove.ts) */
  grooveMm: 1.2,
  /** [D] iliacus: how far its rings and deep surface may move to lie on the iliac fossa (seatOnBone) */
  seatMaxMm: 22,
  /** [D] iliacus on the fossa: its vertices stop this far from the bone (its faces span up to 10 mm between them) */
  seatClearanceMm: 2,
  /**
   * [D] hip skin weights (hipweights.ts): vertex depth in bone tolerated over the hip angles; negative = a clearance.
   * Psoas -0.5: its vertices keep 0.5 mm off the bone, so the triangles between them cut less into the femur of the
   * hugged hip (posed worst 0.52 -> under 0.5 cm³); the iliacus keeps 0 (at -0.5 its worst grew 0.51 -> 0.53)
   */
  hipAllowedMm: { psoas: -0.5, iliacus: 0 },
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
  // over the brim the belly lies on the bone medial to the iliacus: its section is centred 8 mm medial to the
  // reference brim point (centred there, over the acetabular roof, it sank 15 mm into the hip bone and lay on the
  // iliacus; 10 mm medial, once the groove pushed it off the iliacus and the ilium body filled in below the brim, its
  // section's centre ended 15.6 mm from the brim point, past the reference's 15 mm); clearRings then sets it on the bone
  const brimC: Vec3 = [brim[0] + 8, brim[1], brim[2] + 1]
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
  // below the wrap the tendon is 9.6 mm thick front to back (11 mm, the flexed femur of the hugged hip in the
  // Thomas test held 0.52 cm³ of it: issue 9's target is 0.5)
  const below: Vec3 = lerp3(wrap, ins, 0.5)
  below[0] += 4
  below[2] += 8
  const upper = lerp3(topC, o, 0.6)
  const fossa = lerp3(o, brim, 0.35)
  // the fan's top edge lies above its upper section, back along the fibres' course (below it, as topC lies, the loft
  // ran up and turned down again: a folded edge, 133 self-intersecting pairs)
  const top = add(upper, scale(norm(sub(upper, fossa)), 8))
  return [
    { c: top, a: 30, b: 4, widthDir: crestDir, joints: [[J.pelvisJoint, 1]], belly: 0.3 },
    { c: upper, a: 34, b: 9, widthDir: crestDir, joints: [[J.pelvisJoint, 1]], belly: 0.8 },
    { c: fossa, a: 30, b: 12, widthDir: norm(add(crestDir, X)), joints: [[J.pelvisJoint, 1]], belly: 1 },
    { c: lerp3(o, brim, 0.75), a: 22, b: 11, widthDir: X, joints: [[J.pelvisJoint, 1]], belly: 0.6 },
    { c: brim, a: 16, b: 9, widthDir: X, joints: [[J.pelvisJoint, 1]], belly: 0.2 },
    { c: wrap, a: 8, b: 7, widthDir: X, joints: [[J.pelvisJoint, 0.75], [J.hipRight, 0.25]], belly: 0 },
    { c: below, a: 8, b: 4.8, widthDir: X, joints: [[J.hipRight, 1]], belly: 0 },
    { c: ins, a: 4.5, b: 3.5, widthDir: X, joints: [[J.hipRight, 1]], belly: 0 },
  ]
}

/**
 * Lay the iliacus on the iliac fossa (rest pose, mm, in place): the rings above `yMin` move whole, horizontally,
 * towards the hip bone (`towards`; one direction for all) until their nearest vertex is `clearance` from bone
 * (`field`; at most `maxMm`; the moves are smoothed along the loft and fade out over the 20 mm above `yMin`), then
 * every rim vertex that faces the bone (its spoke within 78° of the way down the gradient) is lengthened along its
 * spoke to `clearance` from it (where it meets bone within `maxMm`), so the deep surface follows the hollow of the
 * fossa instead of spanning it. Built along the reference line of action, the fan stood 13–21 mm in front of the
 * fossa; now every level of it above the brim is within 3 mm of the bone (tests/unit/model/iliacus-fossa.test.ts).
 */
function seatOnBone(l: LoftResult, around: number, field: Sdf, towards: Sdf, clearance: number, yMin: number, maxMm: number): void {
  const P = l.geo.positions
  const rings = l.centreline.length
  const fade = (k: number): number => Math.min(1, Math.max(0, (l.centreline[k][1] - yMin) / 20))
  // one direction for all rings (towards the bone, the mean over the rings): ring-wise gradients disagree over the
  // curved fossa and bunched the rings up
  let dir: Vec3 = [0, 0, 0]
  for (let k = 0; k < rings; k++) if (fade(k) > 0) dir = sub(dir, gradient(towards, ...l.centreline[k], 0.5))
  // horizontal: the fan keeps its height, its top edge below the crest
  dir = norm([dir[0], 0, dir[2]])
  const ringMin = (k: number, s: number): number => {
    let worst = Infinity
    for (let r = 0; r < around; r++) {
      const i = (k * around + r) * 3
      worst = Math.min(worst, field(P[i] + dir[0] * s, P[i + 1] + dir[1] * s, P[i + 2] + dir[2] * s))
    }
    return worst
  }
  const off: Vec3[] = l.centreline.map(() => [0, 0, 0] as Vec3)
  for (let k = 0; k < rings; k++) {
    if (fade(k) === 0 || ringMin(k, 0) <= clearance) continue
    let s = 0
    while (s + 0.5 <= maxMm && ringMin(k, s + 0.5) > clearance) s += 0.5
    off[k] = scale(dir, s)
  }
  for (let pass = 0; pass < 3; pass++) {
    const prev = off.map((o) => [...o] as Vec3)
    for (let k = 0; k < rings; k++) off[k] = scale(add(add(prev[Math.max(0, k - 1)], prev[Math.min(rings - 1, k + 1)]), scale(prev[k], 2)), 0.25)
  }
  for (let k = 0; k < rings; k++) {
    const o = scale(off[k], fade(k))
    const c = add(l.centreline[k], o)
    l.centreline[k] = c
    for (let r = 0; r < around; r++) {
      const i = (k * around + r) * 3
      let v: Vec3 = [P[i] + o[0], P[i + 1] + o[1], P[i + 2] + o[2]]
      const d = field(v[0], v[1], v[2])
      const spoke = sub(v, c)
      const sl = Math.hypot(spoke[0], spoke[1], spoke[2])
      const g = gradient(field, v[0], v[1], v[2], 0.3)
      if (fade(k) > 0 && d > clearance && sl > 1e-6 && -(spoke[0] * g[0] + spoke[1] * g[1] + spoke[2] * g[2]) / sl > 0.2) {
        // lengthen the spoke until the vertex is `clearance` from bone (marching, so that it stops at the first bone
        // it meets: the wing of the ilium is thin), then bisect the last step
        const at = (e: number): Vec3 => add(v, scale(spoke, e / sl))
        const ok = (e: number): boolean => {
          const q = at(e)
          return field(q[0], q[1], q[2]) > clearance
        }
        const limit = maxMm * fade(k)
        let lo = 0
        while (lo + 0.5 <= limit && ok(lo + 0.5)) lo += 0.5
        if (lo + 0.5 <= limit) {
          let hi = lo + 0.5
          for (let b = 0; b < 6; b++) {
            const m = (lo + hi) / 2
            if (ok(m)) lo = m
            else hi = m
          }
          v = at(lo)
        }
      }
      P[i] = v[0]
      P[i + 1] = v[1]
      P[i + 2] = v[2]
    }
  }
  const caps = P.length / 3 - rings * around
  if (caps >= 1) for (let j = 0; j < 3; j++) P[rings * around * 3 + j] += off[0][j] * fade(0)
  if (caps >= 2) for (let j = 0; j < 3; j++) P[(rings * around + 1) * 3 + j] += off[rings - 1][j] * fade(rings - 1)
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
    // the fan lies on the fossa down to 25 mm above its brim point [D]; below, it turns over the brim
    const fossaEnd = landmarkMm('iliacusBrimPointRight')[1] + 25
    seatOnBone(iliacus, shape.around, bones, hipFields().pelvis, shape.seatClearanceMm, fossaEnd, shape.seatMaxMm)
    clearRings(iliacus, shape.around, bones, shape.ringClearanceMm, shape.ringCore)
    for (const l of [main, ...slips, iliacus]) pushOutOfBone(l.geo.positions, bones, shape.clearanceMm)
  }
  groove(main, shape.around, iliacus, shape.around, shape.grooveMm)
  for (const l of [main, ...slips, iliacus]) l.geo.normals = faceNormals(l.geo.positions, l.geo.indices)
  if (bones) {
    const h = hipFields()
    optimiseHipWeights(main, shape.around, h.pelvis, h.femur, landmarkMm('hipCentreRight'), shape.hipAllowedMm.psoas)
    optimiseHipWeights(iliacus, shape.around, h.pelvis, h.femur, landmarkMm('hipCentreRight'), shape.hipAllowedMm.iliacus)
  }
  // one closed surface: the slips joined to the belly (as separate shells they crossed it: 12 pieces, 420 crossing pairs)
  return { psoas: unionLofts([main, ...slips]), iliacus }
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

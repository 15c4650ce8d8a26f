/**
 * Lumbar vertebra from signed-distance primitives: body with concave waist and tilted endplates, pedicles,
 * laminae, spinous process, transverse processes, superior/inferior articular processes with facets angled per
 * level, open canal. Dimensions per level come from the reference; the shape constants below are [R] choices.
 */
import type { Document, Mesh } from '@gltf-transform/core'
import type { DiscKey, Level } from './reference.ts'
import { LEVELS, REF, UPPER_JOINT, LOWER_JOINT, landmarkMm } from './reference.ts'
import type { Box3, Sdf } from './sdf.ts'
import { bar, capsule, ellipsoid, frame, mirrored, roundBox, smax, smin, union } from './sdf.ts'
import type { Vec3 } from './vec.ts'
import { add, deg, mm, norm, rotX, scale, sub } from './vec.ts'
import type { MeshData } from './mesher.ts'
import { meshField } from './mesher.ts'
import { addPrimitiveMesh } from './gltf.ts'
import type { Material } from '@gltf-transform/core'
import { FACET_JOINT_DEFAULTS, facetCut, facetFloorMm } from './facets.ts'

export const VERTEBRA_DEFAULTS = {
  voxelMm: 0.75,
  maxTriangles: 2600,
  /** waist: radius reduction at mid-height (fraction) */
  waist: 0.11,
  /** posterior wall concavity depth mm */
  kidneyMm: 2.2,
  endplateConcavityMm: 0.8,
  rimRoundMm: 1.4,
  /** facet joint space (mm): the plates sit half of it off the joint plane, and facets.ts cuts the bone back to it */
  facetGapMm: FACET_JOINT_DEFAULTS.gapMm,
  facetThicknessMm: 5,
  /**
   * transverse process, root → tip: height (cranio-caudal) and thickness (front to back), mm. Flat plates, not
   * round rods ([R] Bogduk 2012: long, thin, flattened front to back); they were 9 → 6.5 by 6 → 4.5 (7.5 × 5 mm at
   * mid-length, issue 9: "7×5 mm rods")
   */
  tpHeightMm: [11.5, 8.5] as [number, number],
  tpThicknessMm: [5.2, 3.8] as [number, number],
  /** the rounding of the process's end (mm): its bar stops this far inside the reference tip, so the bone ends at it */
  tpRoundMm: 2.2,
  /**
   * [R] transverse process length (root → tip) over the reference's, L1 → L5: the reference's spans (a regression)
   * make L4's and L5's as long as L3's (96.9, 96.8, 97.5 mm), where L3's are the longest and L5's short and stout
   * (Bogduk, Clinical and Radiological Anatomy of the Lumbar Spine, 2012). These pull the L4 and L5 tips in by 1.5
   * and 1.9 mm (0.92 at L5: 0.91 left one non-manifold edge in the decimated L5), inside the reference's 5 mm position tolerance (the reference is a copy of ../shared's and stays as it is)
   */
  tpLengthScale: [1, 1, 1, 0.95, 0.92],
  /**
   * L5: its processes this much thicker and taller. (A plate joining their roots to the body's side as well, [R] Bogduk
   * 2012, was tried: from the lateral wall it reached the endplate and widened the measured L5 endplate and body to
   * 48.5 mm; from the posterolateral corner it came within 2.5 mm of the L5/S1 foramen's centre and took the L5 pedicle
   * over the width the issue allows, pedicle / endplate width −11 %. Left for a vertebra with its own foramen model.)
   */
  tpStoutL5: 1.4,
  spinousWidthMm: [3, 3.6] as [number, number],
  /** the spinous process's thickened posterior end (half width added, mm): 1.4 made a round knob on a rod (issue 9) */
  spinousTipThickeningMm: 0.8,
  /**
   * interspinous and interlaminar clearance: half height of the lamina at the midline (fraction of the reference
   * lamina height; its upper edge stays where it was), of the spinous process at its base (of the lamina height)
   * and at its tip (of the reference tip height, so the tip is that tall). With 0.5, 0.5 and 0.6 the L4 and L5
   * spinous processes touched at rest, and their laminae and spinous processes met in deep lordosis (0.54 cm³ bone
   * in bone standing at tightness 1)
   */
  laminaMidlineHalfHeight: 0.39,
  spinousHalfHeight: [0.42, 0.5] as [number, number],
  /**
   * [D] pedicle width L1 → L5 over the reference's: the canal cut trims the pedicles' medial side, so these make the
   * built pedicles measure the reference widths (model card; L5 was 10.4 against 12.2 mm with 1)
   */
  pedicleWidthGain: [1.03, 1.05, 1.04, 1.04, 1.08],
  /** [D] the canal's ellipse is this much wider at L5 (0 at L1, linear between): the triangle's sides take it back */
  canalTriangleWidening: 0.08,
}
export type VertebraShape = typeof VERTEBRA_DEFAULTS

export interface VertebraParams {
  level: Level
  shape: VertebraShape
}

type Vert = (typeof REF.vertebrae)['L1']

/** Body centre (mm) and chord lean (rad) of a level. */
export function vertebraPlacement(level: Level): { centre: Vec3; lean: number } {
  const v = REF.vertebrae[level] as Vert
  return { centre: landmarkMm(v.bodyCentreLandmark), lean: deg(v.chordLeanDeg) }
}

/** World (mm) → vertebra local (mm) and back. */
export function toLocal(level: Level, p: Vec3): Vec3 {
  const { centre, lean } = vertebraPlacement(level)
  return rotX(sub(p, centre), -lean)
}
export function toWorld(level: Level, p: Vec3): Vec3 {
  const { centre, lean } = vertebraPlacement(level)
  const r = rotX(p, lean)
  return [r[0] + centre[0], r[1] + centre[1], r[2] + centre[2]]
}

/** Local-frame outline of the body at height fraction (used by the disc too): half width, half depth. */
export function bodyHalfAxes(level: Level, yFrac: number, shape: VertebraShape = VERTEBRA_DEFAULTS): [number, number] {
  const v = REF.vertebrae[level] as Vert
  const w = (v.lowerEndplateWidthMm + (v.upperEndplateWidthMm - v.lowerEndplateWidthMm) * yFrac) / 2
  const u2 = (2 * yFrac - 1) ** 2
  const s = 1 - shape.waist * (1 - u2) ** 2
  return [w * s, (v.endplateDepthMm / 2) * (1 - 0.5 * shape.waist * (1 - u2) ** 2)]
}

/**
 * Field of the vertebra in its local frame (mm). `floor: false` leaves out what depends on where the inferior
 * articular processes end (facets.ts: facetFloorMm), which is found on the field of the vertebra below: that field
 * is this variant of it.
 */
export function vertebraLocalSdf(level: Level, shape: VertebraShape = VERTEBRA_DEFAULTS, { floor = true } = {}): Sdf {
  const v = REF.vertebrae[level] as Vert
  const H = v.bodyHeightMm
  const D = v.endplateDepthMm
  const tanU = Math.tan(deg(v.upperEndplateTiltDeg))
  const tanL = Math.tan(deg(v.lowerEndplateTiltDeg))
  const kidR = 28
  const kidZ = -D / 2 - kidR + shape.kidneyMm
  const body: Sdf = (x, y, z) => {
    const f = Math.min(1, Math.max(0, (y + H / 2) / H))
    const [a, b] = bodyHalfAxes(level, f, shape)
    const px = x / a
    const pz = z / b
    const k0 = Math.sqrt(px * px + pz * pz)
    const k1 = Math.sqrt((px / a) ** 2 + (pz / b) ** 2)
    let d2 = k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(a, b)
    const kid = Math.sqrt(x * x + (z - kidZ) ** 2) - kidR
    d2 = smax(d2, -kid, 4)
    const r2 = Math.min(1, (x / a) ** 2 + (z / b) ** 2)
    const conc = shape.endplateConcavityMm * (1 - r2)
    const top = H / 2 + tanU * z - conc
    const bot = -H / 2 - tanL * z + conc
    const slab = Math.max(y - top, bot - y)
    return smax(d2, slab, shape.rimRoundMm * 2)
  }

  const pe = v.posteriorElementsLocal_mm
  const P = pe.pedicleCentre as Vec3
  const TPr = pe.transverseProcessRoot as Vec3
  const TPt0 = pe.transverseProcessTip as Vec3
  const tpScale = shape.tpLengthScale[LEVELS.indexOf(level)]
  const TPt: Vec3 = add(TPr, scale(sub(TPt0, TPr), tpScale))
  const LC = pe.laminaCentre as Vec3
  const SP = pe.spinousProcessTip as Vec3
  const pedHalfW = (v.pedicleWidthMm / 2) * shape.pedicleWidthGain[LEVELS.indexOf(level)]
  const pedHalfH = v.pedicleHeightMm / 2
  const pAng = deg(v.pedicleTransverseAngleDeg)
  // pedicle: anterior end inside the body, posterior end at the arch; converging forward (medial = +x on the right)
  const pedFront: Vec3 = [P[0] + Math.tan(pAng) * 9, P[1], -D / 2 + 5]
  const pedBack: Vec3 = [P[0] - Math.tan(pAng) * 6, P[1] - 1, P[2] - 8]
  const pedicle = bar(pedFront, pedBack, [0, 1, 0], pedHalfW, pedHalfH, pedHalfW * 1.1, pedHalfH * 0.9, pedHalfW * 0.95)
  // lamina: plate from the pedicle's back end to the midline, sloping (top forward)
  const lamTop: Vec3 = [0, Math.cos(deg(22)), Math.sin(deg(22))]
  const lamA: Vec3 = [pedBack[0] + 1, LC[1] + 1, pedBack[2] - 1]
  // at the midline the lamina keeps its upper edge and ends higher below (the interlaminar space)
  const lamMidHalf = v.laminaHeightMm * shape.laminaMidlineHalfHeight
  const lamB: Vec3 = add([0, LC[1] - 1, LC[2] - 5], scale(lamTop, v.laminaHeightMm / 2 - lamMidHalf))
  const lamina = bar(lamA, lamB, lamTop, v.laminaThicknessMm / 2, v.laminaHeightMm / 2, v.laminaThicknessMm / 2, lamMidHalf, 2.6)
  // spinous process: hatchet-shaped plate from the lamina junction to the tip, with a tubercle
  const spBase: Vec3 = [0, LC[1] + 0.5, LC[2] - 4]
  const spAxis = sub(SP, spBase)
  const spUp: Vec3 = [0, -spAxis[2], spAxis[1]]
  const [spB, spT] = shape.spinousHalfHeight
  const spinous = bar(spBase, SP, spUp, shape.spinousWidthMm[0], v.laminaHeightMm * spB, shape.spinousWidthMm[1], v.spinousTipHeightMm * spT, 2.9)
  const tubercle = ellipsoid(add(SP, scale(norm(spAxis), -3)), frame(spAxis, spUp), [shape.spinousWidthMm[1] + shape.spinousTipThickeningMm, v.spinousTipHeightMm * spT + 0.5, 6.5])
  // transverse process: from the pedicle's lateral side to the tip
  // (the bar's rounded end and the tip's knob end at the reference tip: they ran 3.5 mm past it, spans +7 %)
  const stout = level === 'L5' ? shape.tpStoutL5 : 1
  const tpA: Vec3 = [TPr[0] + 5, TPr[1], TPr[2]]
  const tpDir = norm(sub(TPt, tpA))
  const tpEnd = add(TPt, scale(tpDir, -shape.tpRoundMm))
  const [tpT0, tpT1] = shape.tpThicknessMm.map((t) => t * 0.5 * stout)
  const [tpH0, tpH1] = shape.tpHeightMm.map((h) => h * 0.5 * stout)
  const tp = bar(tpA, tpEnd, [0, 1, 0.15], tpT0, tpH0, tpT1, tpH1, shape.tpRoundMm)
  const knob: Vec3 = [3.2 * stout, tpH1 + 0.6, tpT1 + 0.4]
  const tpTip = ellipsoid(add(TPt, scale(tpDir, -knob[0])), frame(tpDir, [0, 1, 0]), knob)
  // articular processes: facet planes angled to the sagittal plane per level
  const facetPart = (jointKey: string, facetAngleDeg: number, height: number, isSuperior: boolean): Sdf => {
    const Fw = mm((REF.facetJointCentresRestRight_m as Record<string, number[]>)[jointKey])
    const F = toLocal(level, Fw)
    const th = deg(facetAngleDeg)
    const n: Vec3 = [Math.cos(th), 0, -Math.sin(th)] // from SAP toward IAP (medial, posterior) on the right
    const t: Vec3 = [Math.sin(th), 0, Math.cos(th)]
    const off = shape.facetGapMm / 2 + shape.facetThicknessMm / 2
    const sgn = isSuperior ? -1 : 1
    const c: Vec3 = [F[0] + sgn * n[0] * off, F[1] + (isSuperior ? 1 : -1.5), F[2] + sgn * n[2] * off]
    const fs = v.facetSurfaceMm as number[]
    const plateF = roundBox(c, [n, [0, 1, 0], t], [shape.facetThicknessMm / 2, Math.max(height, fs[0]) / 2, fs[1] / 2], 2.2)
    // connector to the arch
    const root: Vec3 = isSuperior ? [P[0] - 1.5, P[1] + pedHalfH * 0.5, pedBack[2] + 1] : [LC[0] - 3, LC[1] - v.laminaHeightMm * 0.3, LC[2] + 1]
    const conn = capsule(root, [c[0], c[1] + (isSuperior ? -3 : 3), c[2]], isSuperior ? 4.5 : 4, 3.6)
    const mammillary = isSuperior ? ellipsoid([c[0] - n[0] * 3.5, c[1] - 1, c[2] - n[2] * 3.5 - 1], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [2.6, 3.5, 2.6]) : null
    return (x, y, z) => {
      let d = smin(plateF(x, y, z), conn(x, y, z), 3)
      if (mammillary) d = smin(d, mammillary(x, y, z), 1.5)
      return d
    }
  }
  const upperKey = UPPER_JOINT[level]
  const lowerKey = LOWER_JOINT[level]
  const discs = REF.discs as Record<string, { facetAngleToSagittalDeg?: number }>
  const supAngle = discs[upperKey]?.facetAngleToSagittalDeg ?? discs.L1L2.facetAngleToSagittalDeg ?? 26
  const infAngle = discs[lowerKey].facetAngleToSagittalDeg ?? 45
  const sap = facetPart(upperKey, supAngle, v.superiorArticularProcessHeightMm, true)
  const iap = facetPart(lowerKey, infAngle, v.inferiorArticularProcessHeightMm, false)

  // canal filler: the laminae meet well behind the canal the reference gives (the measured depth was 23–24 mm against
  // 18), so a plate in front of the lamina, from its centre forward, around the pedicle height, is cut back to the
  // canal below. Its top stays 2.5 mm over the pedicle centre: higher (and further back) it met the lower edge of the
  // lamina above at rest (0.05 cm³ at L4/L5)
  const yCanal = P[1]
  let zWall = 0
  for (let lo = -D, hi = 0, k = 0; k < 40; k++) {
    zWall = (lo + hi) / 2
    if (body(0, yCanal, zWall) < 0) hi = zWall
    else lo = zWall
  }
  const fillHalfH = 4
  const fillBack = LC[2]
  const fillFront = zWall - 0.5 * v.canalDepthMm
  const fillFrame: [Vec3, Vec3, Vec3] = [[1, 0, 0], [0, Math.cos(deg(22)), Math.sin(deg(22))], [0, -Math.sin(deg(22)), Math.cos(deg(22))]]
  const fill = roundBox([0, yCanal - 1.5, (fillBack + fillFront) / 2], fillFrame, [v.canalWidthMm * 0.5 + 1, fillHalfH, (fillFront - fillBack) / 2], 2)
  const arch = union([pedicle, 0], [lamina, 5], [fill, 4], [tp, 4], [tpTip, 2], [sap, 3.5], [iap, 3.5], [spinous, 4], [tubercle, 2.5])
  // open canal: cut from the arch only, before joining the body. Its back ends the reference depth behind the body's
  // posterior wall at the pedicle height (found on the body's field, mid-sagittal); its widest stays 8.5 mm behind
  // the endplate's back, clear of the pedicles' isthmus (centred further forward it thinned them by 1–2 mm); its
  // outline goes from an ellipse at L1 to a rounded triangle, apex behind, at L5 ([R] textbook: oval upper, trefoil
  // lower lumbar canal)
  const tri = LEVELS.indexOf(level) / (LEVELS.length - 1)
  const canalHalfW = (v.canalWidthMm / 2) * (1 + shape.canalTriangleWidening * tri)
  const apexZ = zWall - v.canalDepthMm
  const canalZ = -D / 2 - 8.5
  const canalHalfD = canalZ - apexZ
  // wedge sides: through the apex and the reference half width halfway back (the ellipse's widest)
  const sideX = v.canalWidthMm / 2
  const sideZ = 0.5 * v.canalDepthMm
  const sideLen = Math.hypot(sideX, sideZ)
  const ellipse: Sdf = (x, _y, z) => {
    const px = x / canalHalfW
    const pz = (z - canalZ) / canalHalfD
    const k0 = Math.sqrt(px * px + pz * pz)
    const k1 = Math.sqrt((px / canalHalfW) ** 2 + (pz / canalHalfD) ** 2)
    return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -canalHalfD
  }
  const canal: Sdf = (x, y, z) => {
    const e = ellipse(x, y, z)
    if (tri === 0) return e
    const wedge = (Math.abs(x) * sideZ - (z - apexZ) * sideX) / sideLen
    return e + tri * (smax(e, wedge, 2) - e)
  }
  const archCut: Sdf = (x, y, z) => smax(arch(x, y, z), -canal(x, y, z), 1.2)
  const joined: Sdf = (x, y, z) => smin(body(x, y, z), archCut(x, y, z), 3)
  // facet joint spaces (facets.ts, world frame): at the joint below this vertebra its inferior processes end short of
  // the joint plane (up to the pedicle) and their tips end above the vertebra below; at the joint above (none above
  // L1) its superior processes end short of the plane and under the pedicle of the vertebra above. At L5/S1 the
  // sacrum has nothing under L5's inferior process tips, so they keep their length.
  const facetShape = { ...FACET_JOINT_DEFAULTS, gapMm: shape.facetGapMm }
  const { centre, lean } = vertebraPlacement(level)
  const i = LEVELS.indexOf(level)
  const th = shape.facetThicknessMm
  const floorOf = (upper: Level, lower: Level): number => facetFloorMm(LOWER_JOINT[upper], vertebraSdf(lower, shape, { floor: false }), th, facetShape)
  const floorBelow = floor && level !== 'L5' ? floorOf(level, LEVELS[i + 1]) : -Infinity
  const floorAbove = floor && level !== 'L1' ? floorOf(LEVELS[i - 1], level) : -Infinity
  const cuts: Sdf[] = [facetCut(lowerKey, 'upper', pedicleAboveFacetMm(level), floorBelow, th, facetShape)]
  if (level !== 'L1') cuts.push(facetCut(upperKey as DiscKey, 'lower', pedicleAboveFacetMm(LEVELS[i - 1]), floorAbove, th, facetShape))
  const cl = Math.cos(lean)
  const sl = Math.sin(lean)
  const right: Sdf = (x, y, z) => {
    let d = joined(x, y, z)
    const wx = x + centre[0]
    const wy = cl * y - sl * z + centre[1]
    const wz = sl * y + cl * z + centre[2]
    for (const cut of cuts) d = smax(d, cut(wx, wy, wz), facetShape.blendMm)
    return d
  }
  return mirrored(right)
}

/**
 * How high (mm) the vertebra's pedicle starts above its lower facet joint centre, in its frame: the lower side of
 * the pedicle's back end (see the pedicle bar above).
 */
export function pedicleAboveFacetMm(level: Level): number {
  const v = REF.vertebrae[level] as Vert
  const pedBackY = (v.posteriorElementsLocal_mm.pedicleCentre as Vec3)[1] - 1
  const lowerF = toLocal(level, mm((REF.facetJointCentresRestRight_m as Record<string, number[]>)[LOWER_JOINT[level]]))
  return pedBackY - (v.pedicleHeightMm / 2) * 0.9 - lowerF[1]
}

/** Field of the vertebra in world millimetres (`floor`: see vertebraLocalSdf). */
export function vertebraSdf(level: Level, shape: VertebraShape = VERTEBRA_DEFAULTS, options: { floor?: boolean } = {}): Sdf {
  const local = vertebraLocalSdf(level, shape, options)
  const { centre, lean } = vertebraPlacement(level)
  const c = Math.cos(-lean)
  const s = Math.sin(-lean)
  return (x, y, z) => {
    const px = x - centre[0]
    const py = y - centre[1]
    const pz = z - centre[2]
    return local(px, c * py - s * pz, s * py + c * pz)
  }
}

/** World bounding box (mm) of the vertebra. */
export function vertebraBox(level: Level): Box3 {
  const v = REF.vertebrae[level] as Vert
  const half = v.transverseProcessSpanMm / 2 + 8
  const corners: Vec3[] = []
  for (const x of [-half, half]) for (const y of [-32, 34]) for (const z of [-96, 24]) corners.push(toWorld(level, [x, y, z]))
  const min: Vec3 = [-half, Infinity, Infinity]
  const max: Vec3 = [half, -Infinity, -Infinity]
  for (const p of corners)
    for (const k of [1, 2]) {
      min[k] = Math.min(min[k], p[k])
      max[k] = Math.max(max[k], p[k])
    }
  return { min, max }
}

export async function vertebraGeometry(params: VertebraParams): Promise<MeshData> {
  return meshField(vertebraSdf(params.level, params.shape), vertebraBox(params.level), params.shape.voxelMm, params.shape.maxTriangles)
}

/** glTF-Transform style builder: creates the vertebra mesh (positions in world metres at rest). */
export async function createVertebra(doc: Document, params: VertebraParams & { material: Material; name: string }): Promise<Mesh> {
  const geo = await vertebraGeometry(params)
  return addPrimitiveMesh(doc, params.name, geo, params.material)
}

/** Endplate surface height (local y, mm) at local (x, z): 'upper' or 'lower' endplate. */
export function endplateY(level: Level, which: 'upper' | 'lower', x: number, z: number, shape: VertebraShape = VERTEBRA_DEFAULTS): number {
  const v = REF.vertebrae[level] as Vert
  const H = v.bodyHeightMm
  const [a, b] = bodyHalfAxes(level, which === 'upper' ? 1 : 0, shape)
  const r2 = Math.min(1, (x / a) ** 2 + (z / b) ** 2)
  const conc = shape.endplateConcavityMm * (1 - r2)
  return which === 'upper'
    ? H / 2 + Math.tan(deg(v.upperEndplateTiltDeg)) * z - conc
    : -H / 2 - Math.tan(deg(v.lowerEndplateTiltDeg)) * z + conc
}

/** Endplate outline (local x, z) at angle phi, following the body's kidney-shaped wall. */
export function endplateOutline(level: Level, which: 'upper' | 'lower', phi: number, shape: VertebraShape = VERTEBRA_DEFAULTS): [number, number] {
  const v = REF.vertebrae[level] as Vert
  const [a, b] = bodyHalfAxes(level, which === 'upper' ? 1 : 0, shape)
  const x = a * Math.cos(phi)
  let z = b * Math.sin(phi)
  const kidR = 28
  const kidZ = -v.endplateDepthMm / 2 - kidR + shape.kidneyMm
  if (Math.abs(x) < kidR) z = Math.max(z, kidZ + Math.sqrt(kidR * kidR - x * x) - 0.4)
  return [x * 0.99, z]
}

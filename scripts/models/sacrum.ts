/**
 * Sacrum, one piece: curved wedge along the reference midline (S1 → S5) with S1 endplate at the sacral slope, alae,
 * lateral masses with SI surfaces, four pairs of foramina (anterior to posterior), sacral canal under its roof, median
 * crest, S1 superior articular processes.
 */
import type { Document, Material, Mesh } from '@gltf-transform/core'
import { REF } from './reference.ts'
import type { Box3, Sdf } from './sdf.ts'
import { capsule, capsuleChain, ellipsoid, mirrored, roundBox, smax, smin } from './sdf.ts'
import { sweptEllipse } from './sweep.ts'
import type { Vec3 } from './vec.ts'
import { add, deg, lerp, mm, scale } from './vec.ts'
import { s1Frame } from './disc.ts'
import type { MeshData } from './mesher.ts'
import { meshField } from './mesher.ts'
import { addPrimitiveMesh } from './gltf.ts'
import { FACET_JOINT_DEFAULTS, facetCut } from './facets.ts'
import { VERTEBRA_DEFAULTS, pedicleAboveFacetMm } from './vertebra.ts'

export const SACRUM_DEFAULTS = {
  voxelMm: 0.9,
  maxTriangles: 2800,
  /** body half thickness S1 → apex (mm) */
  bodyHalfThick: [17.5, 12.5, 9, 6, 4],
  /** body section centre along the dorsal normal S1 → apex (mm; negative = forward): the S1 body grows forward, not
   * into the sacral canal behind it (thickening it in place to reach L5's lower endplate depth left the canal wall thin
   * and the mesh with non-manifold edges) */
  bodyOffset: [-3, -1, 0, 0, 0],
  /** lateral mass half width as a fraction of the ala span/2, S1 → apex */
  wingFrac: [1.0, 0.84, 0.6, 0.38, 0.14],
  wingHalfThick: [13, 11, 8, 6, 4],
  foraminaX: 15,
}
export type SacrumShape = typeof SACRUM_DEFAULTS

const interp = (arr: number[], t: number): number => {
  const f = Math.min(0.9999, Math.max(0, t)) * (arr.length - 1)
  const i = Math.floor(f)
  return lerp(arr[i], arr[i + 1], f - i)
}

export function sacrumSdf(shape: SacrumShape = SACRUM_DEFAULTS): Sdf {
  const w = REF.sacrum.midlineWaypoints_m
  const mid: Vec3[] = [mm(w.s1EndplateCentre), mm(w.s2BodyCentre), mm(w.s3BodyCentre), mm(w.apexS5)]
  const s1 = s1Frame()
  const halfW = REF.sacrum.s1EndplateWidthMm.value / 2
  const ala = REF.sacrum.alaSpanMm.value / 2
  const body = sweptEllipse(mid, (t) => ({ hw: lerp(halfW, 7, Math.min(1, t * 1.05)), ht: interp(shape.bodyHalfThick, t), off: interp(shape.bodyOffset, t) }), false)
  // lateral masses: behind and below the body at the top (alae), merging down to the apex
  const wing = sweptEllipse(
    mid,
    (t) => ({ hw: interp(shape.wingFrac, t) * ala, ht: interp(shape.wingHalfThick, t), off: lerp(6, 1, t) }),
    true,
  )
  // S1 top: endplate plane for the body; the alae slope slightly below it
  const top = (x: number, y: number, z: number): number => (x - s1.c[0]) * s1.n[0] + (y - s1.c[1]) * s1.n[1] + (z - s1.c[2]) * s1.n[2]
  const alaTip = mm(REF.sacrum.alaTipRight.position_m)
  const alaDrop = (x: number, y: number, z: number): number => top(x, y, z) + 0.16 * Math.max(0, Math.abs(x) - halfW * 0.8) + 2
  const canalC = add(s1.c, scale(s1.n, -1))
  const dorsal: Vec3 = [0, Math.sin(deg(REF.sacrum.sacralSlopeDeg.value)), -Math.cos(deg(REF.sacrum.sacralSlopeDeg.value))]
  const canal = capsule(add(add(canalC, scale(dorsal, 22)), scale(s1.n, 10)), add(mm(w.s3BodyCentre), scale(dorsal, 13)), 8, 4)
  // S1 superior articular processes at the L5/S1 facet joints
  const F = mm(REF.facetJointCentresRestRight_m.L5S1)
  const th = deg(REF.discs.L5S1.facetAngleToSagittalDeg)
  const n: Vec3 = [Math.cos(th), 0, -Math.sin(th)]
  const t: Vec3 = [Math.sin(th), 0, Math.cos(th)]
  // the plate reaches past the cut (facets.ts), so the joint cut, not the plate's rounded edge, makes its surface (at
  // 3.3 mm the plate face lay at the cut and the L5/S1 joint space measured 2.3-2.36 mm once the sacrum gained the
  // canal roof and the fourth foramina)
  const sapC: Vec3 = [F[0] - n[0] * 2.9, F[1] + 1, F[2] - n[2] * 2.9]
  const sap = roundBox(sapC, [n, [0, 1, 0], t], [2.6, 7, 7], 2.2)
  const sapRoot = capsule([F[0] - 6, F[1] - 14, F[2] + 2], sapC, 6, 4)
  // median sacral crest along the back, from S1 down to the apex
  const crest = capsuleChain([add(lerpPoly(mid, 0.12), scale(dorsal, 24)), add(mm(w.s2BodyCentre), scale(dorsal, 21)), add(mm(w.apexS5), scale(dorsal, 8))], [3.4, 3.2, 2])
  // roof of the sacral canal (the fused laminae): beside the crest, joining it to the lateral masses (without it the
  // crest was a piece of its own behind the canal)
  const roofX = -6
  const roofR = 4
  const roof = capsuleChain(
    [
      add(add(lerpPoly(mid, 0.12), scale(dorsal, 22)), [roofX, 0, 0]),
      add(add(mm(w.s2BodyCentre), scale(dorsal, 19)), [roofX, 0, 0]),
      add(add(mm(w.apexS5), scale(dorsal, 7)), [roofX * 0.6, 0, 0]),
    ],
    [roofR, roofR * 0.9, 2.5],
  )
  // ala tips: joined to the lateral masses (the tip blob was a piece of its own)
  const tipBridge = capsule([-40, alaTip[1] + 1, alaTip[2] - 12], alaTip, 4)
  // four pairs of sacral foramina (S1–S4), each a tunnel from the anterior to the posterior surface
  const foramina = [0.24, 0.42, 0.6, 0.77].map((tt, i) => {
    const c = lerpPoly(mid, tt)
    return capsule(add([-shape.foraminaX + i * 1.2, c[1], c[2]], scale(dorsal, 25)), add([-shape.foraminaX + i * 1.2, c[1], c[2]], scale(dorsal, -25)), 4 - i * 0.5)
  })
  // L5/S1 joint space (facets.ts): the S1 superior articular processes end half the gap short of the joint plane and
  // under L5's pedicles
  const facet = facetCut('L5S1', 'lower', pedicleAboveFacetMm('L5'), -Infinity, VERTEBRA_DEFAULTS.facetThicknessMm)
  const tipBlob = ellipsoid(alaTip, [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [6, 8, 10])
  const right: Sdf = (x, y, z) => {
    let d = smin(body(x, y, z), smax(wing(x, y, z), alaDrop(x, y, z), 3), 5)
    d = smin(d, smax(smin(tipBlob(x, y, z), tipBridge(x, y, z), 3), alaDrop(x, y, z), 3), 4)
    d = smax(d, top(x, y, z), 1.5)
    d = smin(d, smin(sap(x, y, z), sapRoot(x, y, z), 3), 3)
    d = smin(d, smin(crest(x, y, z), roof(x, y, z), 3), 3)
    d = smax(d, -canal(x, y, z), 2)
    for (const f of foramina) d = smax(d, -f(x, y, z), 1.5)
    d = smax(d, facet(x, y, z), FACET_JOINT_DEFAULTS.blendMm)
    return d
  }
  return mirrored(right)
}

function lerpPoly(p: Vec3[], t: number): Vec3 {
  const f = t * (p.length - 1)
  const i = Math.min(p.length - 2, Math.floor(f))
  const u = f - i
  return [lerp(p[i][0], p[i + 1][0], u), lerp(p[i][1], p[i + 1][1], u), lerp(p[i][2], p[i + 1][2], u)]
}

/** Meshing box: tall enough for the tops of the S1 superior articular processes (they reach y ≈ 49 mm; a lower lid cut them open). */
export function sacrumBox(): Box3 {
  const ala = REF.sacrum.alaSpanMm.value / 2 + 8
  return { min: [-ala, -75, -185], max: [ala, 58, -70] }
}

export async function sacrumGeometry(shape: SacrumShape = SACRUM_DEFAULTS): Promise<MeshData> {
  return meshField(sacrumSdf(shape), sacrumBox(), shape.voxelMm, shape.maxTriangles)
}

export async function createSacrum(doc: Document, params: { shape: SacrumShape; material: Material; name: string }): Promise<Mesh> {
  return addPrimitiveMesh(doc, params.name, await sacrumGeometry(params.shape), params.material)
}

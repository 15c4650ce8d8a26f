/**
 * Femur (right; the left is its mirror): head at the reference hip centre, neck along the reference neck axis to the
 * neck–shaft junction, greater and lesser trochanter, intertrochanteric crest, shaft along the reference axis to
 * below mid-thigh.
 */
import type { Document, Material, Mesh } from '@gltf-transform/core'
import { REF, landmarkMm } from './reference.ts'
import type { Box3, Sdf } from './sdf.ts'
import { capsule, ellipsoid, frame, smax, smin, sphere } from './sdf.ts'
import type { Vec3 } from './vec.ts'
import { add, lerp3, mm, norm, scale, sub } from './vec.ts'
import type { MeshData } from './mesher.ts'
import { meshField, mirrorMesh } from './mesher.ts'
import { addPrimitiveMesh } from './gltf.ts'

export const FEMUR_DEFAULTS = {
  voxelMm: 1.0,
  maxTriangles: 2200,
  /** shaft ends this far (fraction) from the neck–shaft junction toward the knee centre */
  shaftFraction: 0.6,
  neckWaistMm: 13,
}
export type FemurShape = typeof FEMUR_DEFAULTS

/**
 * The femur's distal cut (right side, mm): the shaft is cut square to the reference shaft axis through `end`, a
 * point `shaftFraction` of the way from the neck–shaft junction to the knee centre. `dir` points distally.
 */
export function femurCutRight(shape: Pick<FemurShape, 'shaftFraction'> = FEMUR_DEFAULTS): { end: Vec3; dir: Vec3 } {
  const F = REF.femur
  return { end: lerp3(mm(F.neckShaftJunction_m), mm(F.kneeCentre_m.position_m), shape.shaftFraction), dir: norm(F.shaftAxisDirection.value as Vec3) }
}

export function femurRightSdf(shape: FemurShape = FEMUR_DEFAULTS): Sdf {
  const F = REF.femur
  const Hc = mm(F.headCentre_m)
  const rH = F.headRadiusMm.value
  const J = mm(F.neckShaftJunction_m)
  const { end, dir } = femurCutRight(shape)
  const rS = F.shaftDiameterMm.value / 2
  const gt = mm(F.greaterTrochanterTip_m.position_m)
  const lt = landmarkMm('lesserTrochanterRight')
  const head = sphere(Hc, rH)
  const neckMid = lerp3(Hc, J, 0.45)
  const neck1 = capsule(Hc, neckMid, rH * 0.72, shape.neckWaistMm)
  const neck2 = capsule(neckMid, J, shape.neckWaistMm, rS * 1.25)
  const axisAt = (y: number): Vec3 => add(J, scale(dir, (y - J[1]) / dir[1]))
  const shaftTop = add(J, scale(dir, -12))
  const shaft = capsule(shaftTop, end, rS * 1.15, rS * 0.95)
  const flare = capsule(shaftTop, add(J, scale(dir, 55)), rS * 1.3, rS)
  const gtBody = capsule(add(gt, [4, -6, -2]), add(axisAt(gt[1] - 40), [-5, 0, -2]), 12, 12)
  const gtTip = ellipsoid(add(gt, [3, -4, -1]), frame([0, 1, 0], [0, 0, 1]), [10, 9, 13])
  const ltRoot = axisAt(lt[1] + 4)
  const ltKnob = capsule(ltRoot, lt, 9, 6.5)
  const crest = capsule(add(gt, [6, -10, -8]), add(lt, [-4, 4, -2]), 6, 5)
  const cut = (x: number, y: number, z: number): number => {
    const p = sub([x, y, z], end)
    return p[0] * dir[0] + p[1] * dir[1] + p[2] * dir[2]
  }
  return (x, y, z) => {
    let d = head(x, y, z)
    d = smin(d, neck1(x, y, z), 4)
    d = smin(d, neck2(x, y, z), 8)
    d = smin(d, shaft(x, y, z), 6)
    d = smin(d, flare(x, y, z), 10)
    d = smin(d, gtBody(x, y, z), 8)
    d = smin(d, gtTip(x, y, z), 5)
    d = smin(d, ltKnob(x, y, z), 6)
    d = smin(d, crest(x, y, z), 5)
    return smax(d, cut(x, y, z), 2)
  }
}

export function femurRightBox(shape: FemurShape = FEMUR_DEFAULTS): Box3 {
  const { end } = femurCutRight(shape)
  return { min: [-160, end[1] - 12, -110], max: [-40, -40, -25] }
}

export async function femurGeometry(side: 'left' | 'right', shape: FemurShape = FEMUR_DEFAULTS): Promise<MeshData> {
  const right = await meshField(femurRightSdf(shape), femurRightBox(shape), shape.voxelMm, shape.maxTriangles)
  return side === 'right' ? right : mirrorMesh(right)
}

export async function createFemur(doc: Document, params: { side: 'left' | 'right'; shape: FemurShape; material: Material; name: string }): Promise<Mesh> {
  return addPrimitiveMesh(doc, params.name, await femurGeometry(params.side, params.shape), params.material)
}

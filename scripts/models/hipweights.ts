/**
 * Skin weights around the hip, chosen so that soft tissue does not sink into bone when the hip flexes or extends.
 * For each ring of a lofted right-side structure that is shared between pelvisJoint and hipRight, the hip weight is
 * picked from 0..1 to minimise the penetration into the pelvis and femur over the hip angles the postures use
 * (linear blend skinning, as three.js does), preferring the original weight when several are clean.
 */
import type { LoftResult } from './loft.ts'
import type { Sdf } from './sdf.ts'
import { J } from './skeleton.ts'
import type { Vec3 } from './vec.ts'

export const HIP_ANGLES_DEG = [-25, -20, -15, -10, -5, 0, 10, 20, 30, 40, 50, 60, 66, 72, 78, 85, 90, 95, 100, 105, 110, 115, 120, 125]
/** cos and sin of each of HIP_ANGLES_DEG as a rotation about X (hip flexion = negative X rotation) */
export const HIP_ROTATIONS = HIP_ANGLES_DEG.map((d) => {
  const a = (-d * Math.PI) / 180
  return { c: Math.cos(a), s: Math.sin(a) }
})

/**
 * How deep (mm, beyond `allowedMm`) the point at P[i..i+2] lies in the pelvis or the femur when the hip is rotated by
 * (cos ca, sin sa) about the hip centre H and the point is skinned with hip weight wh (the rest on the pelvis), as
 * linear blend skinning places it.
 */
export function hipPenetration(P: ArrayLike<number>, i: number, wh: number, ca: number, sa: number, H: Vec3, pelvis: Sdf, femur: Sdf, allowedMm: number): number {
  const py = P[i + 1] - H[1]
  const pz = P[i + 2] - H[2]
  // femur-carried copy of the point
  const ry = ca * py - sa * pz
  const rz = sa * py + ca * pz
  const x = P[i]
  const y = H[1] + (1 - wh) * py + wh * ry
  const z = H[2] + (1 - wh) * pz + wh * rz
  const dp = pelvis(x, y, z)
  // back into the femur's rest frame (inverse rotation)
  const qy = y - H[1]
  const qz = z - H[2]
  const dfm = femur(x, H[1] + ca * qy + sa * qz, H[2] - sa * qy + ca * qz)
  return Math.max(0, -dp - allowedMm, -dfm - allowedMm)
}

export function optimiseHipWeights(l: LoftResult, around: number, pelvis: Sdf, femur: Sdf, H: Vec3, allowedMm = 1.0): void {
  const P = l.geo.positions
  const Jt = l.skin.joints
  const W = l.skin.weights
  const rings = Math.floor(l.centreline.length)
  const rot = HIP_ROTATIONS
  for (let k = 0; k < rings; k++) {
    const v0 = k * around
    // joints of this ring: only pelvis/hip rings are re-weighted
    let wh0 = 0
    let other = false
    for (let q = 0; q < 4; q++) {
      const j = Jt[v0 * 4 + q]
      const w = W[v0 * 4 + q]
      if (w === 0) continue
      if (j === J.hipRight) wh0 += w
      else if (j !== J.pelvisJoint) other = true
    }
    if (other) continue
    const c = l.centreline[k]
    if (Math.hypot(c[0] - H[0], c[1] - H[1], c[2] - H[2]) > 130) continue
    const penalty = (wh: number, only = -1): number => {
      let worst = 0
      for (const { c: ca, s: sa } of rot) {
        for (let r = 0; r < around; r++) {
          if (only >= 0 && r !== only) continue
          const pen = hipPenetration(P, (v0 + r) * 3, wh, ca, sa, H, pelvis, femur, allowedMm)
          if (pen > worst) worst = pen
        }
      }
      return worst
    }
    let best = wh0
    let bestCost = penalty(wh0) * 100
    if (bestCost === 0) continue
    for (let s = 0; s <= 20; s++) {
      const wh = s / 20
      const cost = penalty(wh) * 100 + Math.abs(wh - wh0)
      if (cost < bestCost - 1e-9) {
        bestCost = cost
        best = wh
      }
    }
    for (let r = 0; r < around; r++) {
      // vertices that still sink in get their own weight
      let wv = best
      let cv = penalty(best, r) * 100
      if (cv > 0)
        for (let s = 0; s <= 40; s++) {
          const wh = s / 40
          const cost = penalty(wh, r) * 100 + Math.abs(wh - best)
          if (cost < cv - 1e-9) {
            cv = cost
            wv = wh
          }
        }
      const o = (v0 + r) * 4
      Jt.set([J.pelvisJoint, J.hipRight, 0, 0], o)
      W.set([1 - wv, wv, 0, 0], o)
    }
  }
  // cap vertices copy the weights of their ring
  const capStart = rings * around
  for (let v = capStart; v < P.length / 3; v++) {
    const ring = v === capStart ? 0 : rings - 1
    for (let q = 0; q < 4; q++) {
      Jt[v * 4 + q] = Jt[ring * around * 4 + q]
      W[v * 4 + q] = W[ring * around * 4 + q]
    }
  }
}

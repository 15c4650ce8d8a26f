/**
 * Skin weights around the hip, chosen so that soft tissue does not sink into bone when the hip flexes or extends.
 * For each ring of a lofted right-side structure that is shared between pelvisJoint and hipRight, the hip weight is
 * picked from 0..1 to minimise the penetration into the pelvis and femur over the hip angles the postures use
 * (linear blend skinning, as three.js does), preferring the original weight when several are clean.
 * With `between`, points on the faces back to the previous ring and along the ring (edge quarter points, triangle
 * centroids) are checked too, skinned as the GPU interpolates them: with rings ~5 mm apart, the femoral head and
 * neck of the flexed hip pushed through the faces between clean vertices.
 */
import type { LoftResult } from './loft.ts'
import type { Sdf } from './sdf.ts'
import { J } from './skeleton.ts'
import type { Vec3 } from './vec.ts'

export const HIP_ANGLES_DEG = [-25, -20, -15, -10, -5, 0, 10, 20, 30, 40, 50, 60, 66, 72, 78, 85, 90, 95, 100, 105, 110, 115, 120, 125]

export function optimiseHipWeights(l: LoftResult, around: number, pelvis: Sdf, femur: Sdf, H: Vec3, allowedMm = 1.0, between = false): void {
  const P = l.geo.positions
  const Jt = l.skin.joints
  const W = l.skin.weights
  const rings = Math.floor(l.centreline.length)
  const rot = HIP_ANGLES_DEG.map((d) => {
    const a = (-d * Math.PI) / 180 // hip flexion = negative X rotation
    return { c: Math.cos(a), s: Math.sin(a) }
  })
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
    // hip weight of a vertex whose ring is weighted to pelvis/hip only (null otherwise)
    const hipW = (v: number): number | null => {
      let wh = 0
      for (let q = 0; q < 4; q++) {
        const j = Jt[v * 4 + q]
        const w = W[v * 4 + q]
        if (w === 0) continue
        if (j === J.hipRight) wh += w
        else if (j !== J.pelvisJoint) return null
      }
      return wh
    }
    const prevOk = between && k > 0 && Array.from({ length: around }, (_, r) => hipW(v0 - around + r)).every((w) => w !== null)
    // skinned position of vertex v at hip weight wh (rotation ca, sa), into out at o
    const skin = (v: number, wh: number, ca: number, sa: number, out: number[], o: number): void => {
      const i = v * 3
      const py = P[i + 1] - H[1]
      const pz = P[i + 2] - H[2]
      const ry = ca * py - sa * pz
      const rz = sa * py + ca * pz
      out[o] = P[i]
      out[o + 1] = H[1] + (1 - wh) * py + wh * ry
      out[o + 2] = H[2] + (1 - wh) * pz + wh * rz
    }
    const depth = (x: number, y: number, z: number, ca: number, sa: number): number => {
      const dp = pelvis(x, y, z)
      // back into the femur's rest frame (inverse rotation)
      const qy = y - H[1]
      const qz = z - H[2]
      const dfm = femur(x, H[1] + ca * qy + sa * qz, H[2] - sa * qy + ca * qz)
      return Math.max(0, -dp - allowedMm, -dfm - allowedMm)
    }
    const S: number[] = Array.from({ length: 12 }, () => 0)
    // ringW: this ring's per-vertex hip weights (only vertex `only` takes wh); all take wh when only < 0
    const penalty = (wh: number, only = -1, ringW: number[] | null = null): number => {
      let worst = 0
      // the vertices' own depth counts on top (without it a face point that cannot be cleared let the vertices sink
      // up to its depth), and the summed face depth breaks ties between weights with the same worst point
      let vWorst = 0
      let fSum = 0
      const wOf = (r: number): number => (only < 0 || r === only || !ringW ? wh : ringW[r])
      for (const { c: ca, s: sa } of rot) {
        for (let r = 0; r < around; r++) {
          if (only >= 0 && r !== only) continue
          skin(v0 + r, wh, ca, sa, S, 0)
          const pen = depth(S[0], S[1], S[2], ca, sa)
          if (pen > worst) worst = pen
          if (pen > vWorst) vWorst = pen
          if (!between) continue
          // faces around this vertex: next and previous vertex on the ring, same and previous vertex on ring k-1
          const rn = (r + 1) % around
          const rp = (r + around - 1) % around
          skin(v0 + rn, wOf(rn), ca, sa, S, 3)
          const ends = [3]
          if (only >= 0) {
            skin(v0 + rp, wOf(rp), ca, sa, S, 6)
            ends.push(6)
          }
          for (const o of ends) {
            for (const t of [0.25, 0.5, 0.75]) {
              const p = depth(S[0] + t * (S[o] - S[0]), S[1] + t * (S[o + 1] - S[1]), S[2] + t * (S[o + 2] - S[2]), ca, sa)
              if (p > worst) worst = p
              fSum += p
            }
          }
          if (!prevOk) continue
          for (const [ra, rb] of [[r, rn], [rp, r]]) {
            // quad (k-1, ra), (k-1, rb), (k, ra), (k, rb): triangles (k-1,ra)(k,ra)(k,rb) and (k-1,ra)(k,rb)(k-1,rb)
            if (only >= 0 && ra !== r && rb !== r) continue
            skin(v0 - around + ra, hipW(v0 - around + ra)!, ca, sa, S, 0)
            skin(v0 - around + rb, hipW(v0 - around + rb)!, ca, sa, S, 3)
            skin(v0 + ra, wOf(ra), ca, sa, S, 6)
            skin(v0 + rb, wOf(rb), ca, sa, S, 9)
            const pts: Array<[number, number, number, number]> = [
              [0.5, 0, 0.5, 0], [0.25, 0, 0.75, 0], [0.75, 0, 0.25, 0], // edge (k-1,ra)-(k,ra)
              [0, 0.5, 0, 0.5], [0, 0.25, 0, 0.75], [0, 0.75, 0, 0.25], // edge (k-1,rb)-(k,rb)
              [0.5, 0, 0, 0.5], [0.25, 0, 0, 0.75], [0.75, 0, 0, 0.25], // diagonal (k-1,ra)-(k,rb)
              [1 / 3, 0, 1 / 3, 1 / 3], [1 / 3, 1 / 3, 0, 1 / 3], // centroids
            ]
            for (const [a, b, c, d] of pts) {
              const p = depth(
                a * S[0] + b * S[3] + c * S[6] + d * S[9],
                a * S[1] + b * S[4] + c * S[7] + d * S[10],
                a * S[2] + b * S[5] + c * S[8] + d * S[11],
                ca,
                sa,
              )
              if (p > worst) worst = p
              fSum += p
            }
          }
        }
      }
      return between ? worst + 2 * vWorst + 0.01 * fSum : worst
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
    const ringW: number[] = Array.from({ length: around }, () => best)
    for (let r = 0; r < around; r++) {
      // vertices that still sink in get their own weight
      let wv = best
      let cv = penalty(best, r, ringW) * 100
      if (cv > 0)
        for (let s = 0; s <= 40; s++) {
          const wh = s / 40
          const cost = penalty(wh, r, ringW) * 100 + Math.abs(wh - best)
          if (cost < cv - 1e-9) {
            cv = cost
            wv = wh
          }
        }
      ringW[r] = wv
    }
    for (let r = 0; r < around; r++) {
      const o = (v0 + r) * 4
      Jt.set([J.pelvisJoint, J.hipRight, 0, 0], o)
      W.set([1 - ringW[r], ringW[r], 0, 0], o)
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

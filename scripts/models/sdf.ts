/**
 * Signed distance primitives and operators (millimetres; negative inside).
 * Approximate distances are fine for meshing as long as they are not overestimates far from the surface;
 * the mesher keeps a safety margin when it skips blocks.
 */
import type { Vec3 } from './vec.ts'
import { cross, dot, norm, sub } from './vec.ts'

export type Sdf = (x: number, y: number, z: number) => number
export interface Box3 {
  min: Vec3
  max: Vec3
}

export const sphere =
  (c: Vec3, r: number): Sdf =>
  (x, y, z) => {
    const dx = x - c[0]
    const dy = y - c[1]
    const dz = z - c[2]
    return Math.sqrt(dx * dx + dy * dy + dz * dz) - r
  }

/** Capsule / round cone from a (radius ra) to b (radius rb), radius interpolated along the axis. */
export const capsule = (a: Vec3, b: Vec3, ra: number, rb: number = ra): Sdf => {
  const bax = b[0] - a[0]
  const bay = b[1] - a[1]
  const baz = b[2] - a[2]
  const bb = bax * bax + bay * bay + baz * baz || 1
  return (x, y, z) => {
    const px = x - a[0]
    const py = y - a[1]
    const pz = z - a[2]
    let t = (px * bax + py * bay + pz * baz) / bb
    t = t < 0 ? 0 : t > 1 ? 1 : t
    const dx = px - bax * t
    const dy = py - bay * t
    const dz = pz - baz * t
    return Math.sqrt(dx * dx + dy * dy + dz * dz) - (ra + (rb - ra) * t)
  }
}

/** Capsule chain through points with per-point radii. */
export const capsuleChain = (pts: Vec3[], radii: number[]): Sdf => {
  const parts = pts.slice(1).map((p, i) => capsule(pts[i], p, radii[i], radii[i + 1]))
  return (x, y, z) => {
    let d = Infinity
    for (const f of parts) {
      const v = f(x, y, z)
      if (v < d) d = v
    }
    return d
  }
}

/** Orthonormal frame from a main axis and a reference "up" (re-orthogonalised). */
export function frame(axis: Vec3, upRef: Vec3): [Vec3, Vec3, Vec3] {
  const a = norm(axis)
  const side = norm(cross(upRef, a))
  const up = cross(a, side)
  return [side, up, a]
}

/**
 * Oriented rounded box. `axes` = three orthonormal vectors, `half` = half extents along them.
 * `taper` (optional) scales the first two half extents linearly along the third axis, from taper[0] at -half[2]
 * to taper[1] at +half[2].
 */
export const roundBox = (c: Vec3, axes: [Vec3, Vec3, Vec3], half: Vec3, r: number, taper?: [number, number]): Sdf => {
  const [u, v, w] = axes
  return (x, y, z) => {
    const px = x - c[0]
    const py = y - c[1]
    const pz = z - c[2]
    const lu = px * u[0] + py * u[1] + pz * u[2]
    const lv = px * v[0] + py * v[1] + pz * v[2]
    const lw = px * w[0] + py * w[1] + pz * w[2]
    let s = 1
    if (taper) {
      let t = (lw + half[2]) / (2 * half[2])
      t = t < 0 ? 0 : t > 1 ? 1 : t
      s = taper[0] + (taper[1] - taper[0]) * t
    }
    const qx = Math.abs(lu) - (half[0] * s - r)
    const qy = Math.abs(lv) - (half[1] * s - r)
    const qz = Math.abs(lw) - (half[2] - r)
    const mx = qx > 0 ? qx : 0
    const my = qy > 0 ? qy : 0
    const mz = qz > 0 ? qz : 0
    const inside = Math.min(Math.max(qx, qy, qz), 0)
    return Math.sqrt(mx * mx + my * my + mz * mz) + inside - r
  }
}

/** Bar from a to b (tapered rounded box), cross-section half extents (w: side, h: up) at a and at b. */
export const bar = (a: Vec3, b: Vec3, upRef: Vec3, wa: number, ha: number, wb: number, hb: number, r: number): Sdf => {
  const axis = sub(b, a)
  const L = Math.sqrt(dot(axis, axis))
  const c: Vec3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2]
  const f = frame(axis, upRef)
  const w0 = Math.max(wa, wb)
  const h0 = Math.max(ha, hb)
  // taper by a common factor of the larger extents; ratio kept by using two boxes would be exact, this is close
  const box = roundBox(c, f, [w0, h0, L / 2 + r], r, [Math.min(wa / w0, ha / h0), Math.min(wb / w0, hb / h0)])
  return box
}

/** Ellipsoid (approximate bound, Quilez) with orthonormal axes. */
export const ellipsoid = (c: Vec3, axes: [Vec3, Vec3, Vec3], radii: Vec3): Sdf => {
  const [u, v, w] = axes
  return (x, y, z) => {
    const px = x - c[0]
    const py = y - c[1]
    const pz = z - c[2]
    const a = (px * u[0] + py * u[1] + pz * u[2]) / radii[0]
    const b = (px * v[0] + py * v[1] + pz * v[2]) / radii[1]
    const d = (px * w[0] + py * w[1] + pz * w[2]) / radii[2]
    const k0 = Math.sqrt(a * a + b * b + d * d)
    const k1 = Math.sqrt((a * a) / (radii[0] * radii[0]) + (b * b) / (radii[1] * radii[1]) + (d * d) / (radii[2] * radii[2]))
    if (k1 < 1e-9) return -Math.min(radii[0], radii[1], radii[2])
    return (k0 * (k0 - 1)) / k1
  }
}
export const AXES: [Vec3, Vec3, Vec3] = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
]

/** Half-space: negative on the side opposite to the normal n (unit) through point p0. */
export const plane =
  (p0: Vec3, n: Vec3): Sdf =>
  (x, y, z) =>
    (x - p0[0]) * n[0] + (y - p0[1]) * n[1] + (z - p0[2]) * n[2]

/** Ring around an ellipse (semi-axes A along a, B along b, in the plane a-b), tube radius r. */
export const ellipseRing = (c: Vec3, a: Vec3, b: Vec3, A: number, B: number, r: number): Sdf => {
  const n = cross(a, b)
  return (x, y, z) => {
    const p: Vec3 = [x - c[0], y - c[1], z - c[2]]
    const pa = dot(p, a)
    const pb = dot(p, b)
    const pn = dot(p, n)
    const rho = Math.sqrt((pa / A) ** 2 + (pb / B) ** 2)
    const inPlane = Math.sqrt(pa * pa + pb * pb)
    const dPlane = rho > 1e-9 ? inPlane * (1 - 1 / rho) : -Math.min(A, B)
    return Math.sqrt(dPlane * dPlane + pn * pn) - r
  }
}

// ---- operators -------------------------------------------------------------------------------

/** Polynomial smooth minimum with blend radius k (k = 0: hard union). */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return a < b ? a : b
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.min(a, b) - h * h * k * 0.25
}
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k)
}

/** Smooth union of several fields, each entry with its own blend radius (region-varying blending). */
export const union =
  (...parts: Array<[Sdf, number]>): Sdf =>
  (x, y, z) => {
    let d = Infinity
    for (const [f, k] of parts) d = d === Infinity ? f(x, y, z) : smin(d, f(x, y, z), k)
    return d
  }
export const subtract =
  (a: Sdf, b: Sdf, k: number): Sdf =>
  (x, y, z) =>
    smax(a(x, y, z), -b(x, y, z), k)
export const intersect =
  (a: Sdf, b: Sdf, k: number): Sdf =>
  (x, y, z) =>
    smax(a(x, y, z), b(x, y, z), k)

/** Skip evaluating f far from its bounding box (returns a lower bound of the distance there). */
export const bounded = (f: Sdf, box: Box3, margin: number): Sdf => {
  const lo = box.min.map((v) => v - margin)
  const hi = box.max.map((v) => v + margin)
  return (x, y, z) => {
    const dx = Math.max(lo[0] - x, 0, x - hi[0])
    const dy = Math.max(lo[1] - y, 0, y - hi[1])
    const dz = Math.max(lo[2] - z, 0, z - hi[2])
    if (dx > 0 || dy > 0 || dz > 0) return Math.sqrt(dx * dx + dy * dy + dz * dz) + margin
    return f(x, y, z)
  }
}

/** Bilateral symmetry: evaluate the right-side field (x <= 0) at the mirrored point. */
export const mirrored =
  (rightSide: Sdf): Sdf =>
  (x, y, z) =>
    rightSide(-Math.abs(x), y, z)

/** Axis-aligned box around points (+ pad). */
export function boxOf(points: Vec3[], pad: number): Box3 {
  const min: Vec3 = [Infinity, Infinity, Infinity]
  const max: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (const p of points)
    for (let k = 0; k < 3; k++) {
      if (p[k] < min[k]) min[k] = p[k]
      if (p[k] > max[k]) max[k] = p[k]
    }
  return { min: [min[0] - pad, min[1] - pad, min[2] - pad], max: [max[0] + pad, max[1] + pad, max[2] + pad] }
}

/** Central-difference gradient (normalised). */
export function gradient(f: Sdf, x: number, y: number, z: number, e: number): Vec3 {
  const gx = f(x + e, y, z) - f(x - e, y, z)
  const gy = f(x, y + e, z) - f(x, y - e, z)
  const gz = f(x, y, z + e) - f(x, y, z - e)
  const l = Math.sqrt(gx * gx + gy * gy + gz * gz) || 1
  return [gx / l, gy / l, gz / l]
}

/** Squared distance from p to the segment 0→e (p relative to the segment start). */
function segDist2(ex: number, ey: number, ez: number, px: number, py: number, pz: number): number {
  let t = (ex * px + ey * py + ez * pz) / (ex * ex + ey * ey + ez * ez)
  t = t < 0 ? 0 : t > 1 ? 1 : t
  const qx = ex * t - px
  const qy = ey * t - py
  const qz = ez * t - pz
  return qx * qx + qy * qy + qz * qz
}

/**
 * Thin plate through a triangulated surface (minimum unsigned distance to the triangles minus half thickness).
 * Scalar code with a bounding-sphere skip per triangle: this is the hot path of the pelvis.
 * Layout per triangle: a 0-2, b 3-5, c 6-8, ba 9-11, cb 12-14, ac 15-17, nor 18-20, n1 21-23, n2 24-26, n3 27-29,
 * centre 30-32, radius 33, |nor|^2 34.
 */
export const triSurfacePlate = (tris: Array<[Vec3, Vec3, Vec3]>, halfThickness: number): Sdf => {
  const S = 35
  const n = tris.length
  const D = new Float64Array(n * S)
  tris.forEach(([a, b, c], i) => {
    const ba = sub(b, a)
    const cb = sub(c, b)
    const ac = sub(a, c)
    const nor = cross(ba, ac)
    const cen: Vec3 = [(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3]
    const rad = Math.max(...[a, b, c].map((p) => Math.hypot(p[0] - cen[0], p[1] - cen[1], p[2] - cen[2])))
    D.set([...a, ...b, ...c, ...ba, ...cb, ...ac, ...nor, ...cross(ba, nor), ...cross(cb, nor), ...cross(ac, nor), ...cen, rad, dot(nor, nor)], i * S)
  })
  return (x, y, z) => {
    let best = Infinity
    for (let i = 0; i < n; i++) {
      const o = i * S
      const cx = x - D[o + 30]
      const cy = y - D[o + 31]
      const cz = z - D[o + 32]
      const r = Math.sqrt(cx * cx + cy * cy + cz * cz) - D[o + 33]
      if (r > 0 && r * r > best) continue
      const pax = x - D[o], pay = y - D[o + 1], paz = z - D[o + 2]
      const pbx = x - D[o + 3], pby = y - D[o + 4], pbz = z - D[o + 5]
      const pcx = x - D[o + 6], pcy = y - D[o + 7], pcz = z - D[o + 8]
      const s1 = Math.sign(D[o + 21] * pax + D[o + 22] * pay + D[o + 23] * paz)
      const s2 = Math.sign(D[o + 24] * pbx + D[o + 25] * pby + D[o + 26] * pbz)
      const s3 = Math.sign(D[o + 27] * pcx + D[o + 28] * pcy + D[o + 29] * pcz)
      let d2: number
      if (s1 + s2 + s3 < 2) {
        d2 = Math.min(
          segDist2(D[o + 9], D[o + 10], D[o + 11], pax, pay, paz),
          segDist2(D[o + 12], D[o + 13], D[o + 14], pbx, pby, pbz),
          segDist2(D[o + 15], D[o + 16], D[o + 17], pcx, pcy, pcz),
        )
      } else {
        const dd = D[o + 18] * pax + D[o + 19] * pay + D[o + 20] * paz
        d2 = (dd * dd) / D[o + 34]
      }
      if (d2 < best) best = d2
    }
    return Math.sqrt(best) - halfThickness
  }
}

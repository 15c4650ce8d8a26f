/** Small 3-vector helpers (plain tuples, no allocation tricks: clarity over speed). */
export type Vec3 = [number, number, number]

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const len = (a: Vec3): number => Math.sqrt(dot(a, a))
export const dist = (a: Vec3, b: Vec3): number => len(sub(a, b))
export const norm = (a: Vec3): Vec3 => {
  const l = len(a)
  return l > 0 ? scale(a, 1 / l) : [0, 0, 0]
}
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t
export const lerp3 = (a: Vec3, b: Vec3, t: number): Vec3 => [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)]
export const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v)
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]]
export const mm = (a: readonly number[]): Vec3 => [a[0] * 1000, a[1] * 1000, a[2] * 1000]
export const deg = (d: number): number => (d * Math.PI) / 180

/** Rotation about +X by angle a (right-hand rule: +Y tips toward +Z). */
export const rotX = (p: Vec3, a: number): Vec3 => {
  const c = Math.cos(a)
  const s = Math.sin(a)
  return [p[0], c * p[1] - s * p[2], s * p[1] + c * p[2]]
}

/** Any unit vector perpendicular to n. */
export const perpendicular = (n: Vec3): Vec3 => {
  const a: Vec3 = Math.abs(n[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0]
  return norm(cross(n, a))
}

/** Centripetal-free uniform Catmull-Rom through points, `perSeg` samples per segment (end point included). */
export function catmullRom(points: Vec3[], perSeg: number): Vec3[] {
  const out: Vec3[] = []
  const n = points.length
  for (let i = 0; i < n - 1; i++) {
    const p0 = points[Math.max(0, i - 1)]
    const p1 = points[i]
    const p2 = points[i + 1]
    const p3 = points[Math.min(n - 1, i + 2)]
    for (let s = 0; s < perSeg; s++) {
      const t = s / perSeg
      const t2 = t * t
      const t3 = t2 * t
      const c = (k: number): number =>
        0.5 *
        (2 * p1[k] +
          (-p0[k] + p2[k]) * t +
          (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 +
          (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3)
      out.push([c(0), c(1), c(2)])
    }
  }
  out.push(points[n - 1])
  return out
}

/**
 * Segment i → i + 1 of the Catmull-Rom curve (catmullRom) through all the points, sampled at t = s / perSeg for
 * s = 0 … perSeg − 1 (the curve over the segment's local window of four points).
 */
export function catmullRomSegment(points: Vec3[], i: number, perSeg: number): Vec3[] {
  const pts = catmullRom(points.slice(Math.max(0, i - 1), Math.min(points.length, i + 3)), perSeg)
  const off = i > 0 ? perSeg : 0
  return pts.slice(off, off + perSeg)
}

/** Cumulative arc length of a polyline, normalised to 0..1. */
export function arcParams(points: Vec3[]): number[] {
  const acc = [0]
  for (let i = 1; i < points.length; i++) acc.push(acc[i - 1] + dist(points[i], points[i - 1]))
  const total = acc[acc.length - 1] || 1
  return acc.map((v) => v / total)
}

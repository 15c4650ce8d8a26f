/**
 * Mesh checks shared by the builders and the model card's measurer (scripts/model-card/measure.ts), which is why they
 * live here, with the builders (like winding.ts): triangle pairs that cross each other, and edges that are not shared
 * by exactly two oppositely wound triangles. Any unit (the builders use millimetres, the measurer metres).
 */
import type { Vec3 } from './vec.ts'

const EPS = 1e-12

/** Does segment p→q cross the interior of triangle abc (Möller–Trumbore, touching excluded)? */
function segmentCrossesTriangle(p: Vec3, q: Vec3, a: Vec3, b: Vec3, c: Vec3): boolean {
  const d = [q[0] - p[0], q[1] - p[1], q[2] - p[2]]
  const e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]]
  const e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]]
  const h = [d[1] * e2[2] - d[2] * e2[1], d[2] * e2[0] - d[0] * e2[2], d[0] * e2[1] - d[1] * e2[0]]
  const det = e1[0] * h[0] + e1[1] * h[1] + e1[2] * h[2]
  const scale = Math.hypot(...d) * Math.hypot(...e1) * Math.hypot(...e2)
  if (Math.abs(det) <= 1e-9 * scale) return false // parallel (coplanar pairs are not counted)
  const inv = 1 / det
  const s = [p[0] - a[0], p[1] - a[1], p[2] - a[2]]
  const u = (s[0] * h[0] + s[1] * h[1] + s[2] * h[2]) * inv
  if (u <= EPS || u >= 1 - EPS) return false
  const k = [s[1] * e1[2] - s[2] * e1[1], s[2] * e1[0] - s[0] * e1[2], s[0] * e1[1] - s[1] * e1[0]]
  const v = (d[0] * k[0] + d[1] * k[1] + d[2] * k[2]) * inv
  if (v <= EPS || u + v >= 1 - EPS) return false
  const t = (e2[0] * k[0] + e2[1] * k[1] + e2[2] * k[2]) * inv
  return t > EPS && t < 1 - EPS
}

/** Do two triangles intersect (an edge of one crosses the other's interior)? Coplanar overlap is not counted. */
export function trianglesIntersect(a: Vec3, b: Vec3, c: Vec3, d: Vec3, e: Vec3, f: Vec3): boolean {
  return (
    segmentCrossesTriangle(a, b, d, e, f) ||
    segmentCrossesTriangle(b, c, d, e, f) ||
    segmentCrossesTriangle(c, a, d, e, f) ||
    segmentCrossesTriangle(d, e, a, b, c) ||
    segmentCrossesTriangle(e, f, a, b, c) ||
    segmentCrossesTriangle(f, d, a, b, c)
  )
}

/**
 * Pairs of triangles that intersect, found through a uniform grid (spacing `cell`) of triangle bounding boxes; pairs
 * that share a vertex index are skipped. Returns the pairs (triangle indices), sorted.
 */
export function intersectingTrianglePairs(pos: ArrayLike<number>, idx: ArrayLike<number>, cell: number): [number, number][] {
  const nt = idx.length / 3
  const lo = new Int32Array(nt * 3)
  const hi = new Int32Array(nt * 3)
  const cells = new Map<string, number[]>()
  for (let t = 0; t < nt; t++) {
    for (let k = 0; k < 3; k++) {
      let mn = Infinity
      let mx = -Infinity
      for (let j = 0; j < 3; j++) {
        const v = pos[idx[t * 3 + j] * 3 + k]
        mn = Math.min(mn, v)
        mx = Math.max(mx, v)
      }
      lo[t * 3 + k] = Math.floor(mn / cell)
      hi[t * 3 + k] = Math.floor(mx / cell)
    }
    for (let x = lo[t * 3]; x <= hi[t * 3]; x++)
      for (let y = lo[t * 3 + 1]; y <= hi[t * 3 + 1]; y++)
        for (let z = lo[t * 3 + 2]; z <= hi[t * 3 + 2]; z++) {
          const key = `${x},${y},${z}`
          const l = cells.get(key)
          if (l) l.push(t)
          else cells.set(key, [t])
        }
  }
  const vert = (i: number): Vec3 => [pos[i * 3], pos[i * 3 + 1], pos[i * 3 + 2]]
  const out: [number, number][] = []
  for (const [key, list] of cells) {
    const [cx, cy, cz] = key.split(',').map(Number)
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const s = list[i]
        const t = list[j]
        // count each pair once: in the lowest cell both boxes share
        if (
          Math.max(lo[s * 3], lo[t * 3]) !== cx ||
          Math.max(lo[s * 3 + 1], lo[t * 3 + 1]) !== cy ||
          Math.max(lo[s * 3 + 2], lo[t * 3 + 2]) !== cz
        )
          continue
        const A = [idx[s * 3], idx[s * 3 + 1], idx[s * 3 + 2]]
        const B = [idx[t * 3], idx[t * 3 + 1], idx[t * 3 + 2]]
        if (A.some((v) => B.includes(v))) continue
        if (trianglesIntersect(vert(A[0]), vert(A[1]), vert(A[2]), vert(B[0]), vert(B[1]), vert(B[2]))) out.push([Math.min(s, t), Math.max(s, t)])
      }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1])
}

/** How the edges of an indexed triangle mesh are used (vertices compared by index). */
export interface EdgeUse {
  /** distinct edges (a triangle with two equal corners adds none for its collapsed side) */
  edges: number
  /** used by one triangle only (holes) */
  open: number
  /** used by three or more triangles */
  nonManifold: number
  /** used by two triangles that run it in the same direction */
  misoriented: number
}

/** Each edge's count of triangles and their directions; the measurer's topology and the builders' check share it. */
export function edgeUse(idx: ArrayLike<number>, nv: number): EdgeUse {
  const edges = new Map<number, { n: number; dir: number }>()
  for (let t = 0; t < idx.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = idx[t + e]
      const b = idx[t + ((e + 1) % 3)]
      if (a === b) continue
      const key = Math.min(a, b) * nv + Math.max(a, b)
      const rec = edges.get(key)
      const dir = a < b ? 1 : -1
      if (rec) {
        rec.n++
        rec.dir += dir
      } else edges.set(key, { n: 1, dir })
    }
  const out: EdgeUse = { edges: edges.size, open: 0, nonManifold: 0, misoriented: 0 }
  for (const e of edges.values()) {
    if (e.n === 1) out.open++
    else if (e.n > 2) out.nonManifold++
    else if (e.dir !== 0) out.misoriented++
  }
  return out
}

/**
 * Open, non-manifold and misoriented edges of a triangle mesh, and triangles with two equal corners. Vertices at
 * equal positions are one vertex (surface nets can emit two).
 */
export function badEdgeCount(pos: ArrayLike<number>, idx: ArrayLike<number>): number {
  const first = new Map<string, number>()
  const id = (v: number): number => {
    const key = `${pos[v * 3]},${pos[v * 3 + 1]},${pos[v * 3 + 2]}`
    let w = first.get(key)
    if (w === undefined) first.set(key, (w = first.size))
    return w
  }
  const welded = Array.from(idx, id)
  let collapsed = 0
  for (let t = 0; t < welded.length; t += 3) if (welded[t] === welded[t + 1] || welded[t + 1] === welded[t + 2] || welded[t] === welded[t + 2]) collapsed++
  const e = edgeUse(welded, first.size)
  return e.open + e.nonManifold + e.misoriented + collapsed
}

/**
 * Nerves as one surface each: a signed distance field made of tubes swept along smoothed paths (trunk, roots,
 * branches), the roots and branches blended into the trunk with a smooth minimum so each junction is a single
 * surface, the bones taken out with a clearance, meshed with surface nets (mesher.ts) like the bones. Lofted tubes
 * merged per nerve crossed each other where the roots met the trunk (self-intersecting triangle pairs, non-manifold
 * welded edges); a level set cannot. Skin weights come from the nearest point of the path, as a loft's come from its
 * ring; the hip weights are re-chosen per group of vertices sharing a path point (hipweights.ts does it per ring).
 */
import type { JointWeights } from './loft.ts'
import { blendJoints } from './loft.ts'
import type { MeshData } from './mesher.ts'
import { meshFieldClean } from './mesher.ts'
import type { SkinData } from './gltf.ts'
import type { Sdf } from './sdf.ts'
import { boxOf, gradient, smin } from './sdf.ts'
import { HIP_ROTATIONS, hipPenetration } from './hipweights.ts'
import { J, skinAt } from './skeleton.ts'
import type { Vec3 } from './vec.ts'
import { add, catmullRomSegment, cross, dot, len, lerp, norm, scale, sub } from './vec.ts'

/** A control path: points with half width `a` (along x, re-orthogonalised to the path) and half thickness `b` (mm). */
export interface ControlPath {
  pts: Vec3[]
  a: number[]
  b: number[]
}

/** A dense path: Catmull-Rom samples with their section and skin joints (blended between control points). */
export interface DensePath {
  pts: Vec3[]
  a: number[]
  b: number[]
  joints: JointWeights[]
}

/**
 * The control points with every straight segment that is much longer than the one before it broken into pieces that
 * grow at most twofold, each point with its original segment and its place along it (0..1). The uniform
 * Catmull-Rom curve takes a point's tangent from its neighbours, so a short segment before a long one overshoots:
 * the femoral's 31 mm from the femoral triangle to its division, before 300 mm down the thigh, swung 5 mm sideways
 * and 5 mm forward (a step in the groin). The pieces lie on the straight segment, so the curve down it stays straight.
 * Only segments of `longMm` or more are broken (the thighs'): the short ones' overshoot is below a nerve's width.
 */
export function balancedControl(pts: Vec3[], growth = 2, longMm = 80): { pts: Vec3[]; seg: number[]; t: number[] } {
  const out = { pts: [pts[0]], seg: [0], t: [0] }
  let prev = Infinity
  for (let i = 0; i < pts.length - 1; i++) {
    const d = sub(pts[i + 1], pts[i])
    const L = len(d)
    let s = 0
    let piece = prev
    if (L >= longMm)
      while (L - s > (growth + 1) * piece) {
        piece *= growth
        s += piece
        out.pts.push(add(pts[i], scale(d, s / L)))
        out.seg.push(i)
        out.t.push(s / L)
      }
    out.pts.push(pts[i + 1])
    out.seg.push(i + 1)
    out.t.push(0)
    prev = L - s
  }
  return out
}

/**
 * Samples every `stepMm` or closer along the Catmull-Rom curve through the control points (as loft.ts samples it;
 * long segments after short ones broken up first, `balancedControl`); sections ease between control points
 * (smoothstep), joints blend linearly, as in the loft, both by the place along the original segment.
 */
export function densify(c: ControlPath, stepMm: number): DensePath {
  const out: DensePath = { pts: [], a: [], b: [], joints: [] }
  const jc = c.pts.map((p) => skinAt(p))
  const n = c.pts.length
  const bal = balancedControl(c.pts)
  for (let j = 0; j < bal.pts.length - 1; j++) {
    const i = bal.seg[j]
    const t0 = bal.t[j]
    const t1 = bal.seg[j + 1] === i ? bal.t[j + 1] : 1
    const k = Math.max(2, Math.ceil(len(sub(bal.pts[j + 1], bal.pts[j])) / stepMm))
    const pts = catmullRomSegment(bal.pts, j, k)
    for (let s = 0; s < k; s++) {
      const t = lerp(t0, t1, s / k)
      const tt = t * t * (3 - 2 * t)
      out.pts.push(pts[s])
      out.a.push(lerp(c.a[i], c.a[i + 1], tt))
      out.b.push(lerp(c.b[i], c.b[i + 1], tt))
      out.joints.push(blendJoints(jc[i], jc[i + 1], t))
    }
  }
  out.pts.push(c.pts[n - 1])
  out.a.push(c.a[n - 1])
  out.b.push(c.b[n - 1])
  out.joints.push(jc[n - 1])
  return out
}

/** 26 directions (cube faces, edges and corners), for clearPath's search. */
const DIRS: Vec3[] = []
for (let x = -1; x <= 1; x++) for (let y = -1; y <= 1; y++) for (let z = -1; z <= 1; z++) if (x || y || z) DIRS.push(norm([x, y, z]))

/**
 * Moves a dense path out of bone (in place) so that its section stays `clearance` clear of it (the centre at least
 * the larger half axis plus clearance away), smoothing the moves along the path so it bends round the bone instead
 * of stepping (as bones.ts clearRings does for a loft's rings). An end that is clear where it is stays put, so a
 * root stays joined to its trunk.
 */
export function clearPath(p: DensePath, bone: Sdf, clearance: number, minRadius: number, smoothRounds = 3): void {
  const n = p.pts.length
  const off: Vec3[] = Array.from({ length: n }, () => [0, 0, 0] as Vec3)
  let searched = false
  const clear = (k: number): void => {
    const need = Math.max(p.a[k], p.b[k]) + clearance
    for (let it = 0; it < 16; it++) {
      const q = add(p.pts[k], off[k])
      const d = bone(q[0], q[1], q[2])
      if (d >= need) return
      off[k] = add(off[k], scale(gradient(bone, q[0], q[1], q[2], 0.3), need - d + 0.05))
    }
    // stuck between two bones (the gradient walk bounces between them): the smallest move that clears, if any
    const q0 = add(p.pts[k], off[k])
    if (bone(q0[0], q0[1], q0[2]) >= need) return
    for (let r = 0.5; r <= 20; r += 0.5)
      for (const dir of DIRS) {
        const q = add(q0, scale(dir, r))
        if (bone(q[0], q[1], q[2]) >= need) {
          searched = true
          off[k] = add(off[k], scale(dir, r))
          return
        }
      }
  }
  const free = [0, n - 1].filter((k) => {
    clear(k)
    return off[k][0] !== 0 || off[k][1] !== 0 || off[k][2] !== 0
  })
  const pinned = (k: number): boolean => (k === 0 || k === n - 1) && !free.includes(k)
  // a path that needed the search gets more rounds: the searched points jump, smoothing evens them out
  for (let round = 0; round <= smoothRounds + (searched ? 4 : 0); round++) {
    for (let k = 0; k < n; k++) if (pinned(k)) off[k] = [0, 0, 0]
    for (let k = 0; k < n; k++) clear(k)
    if (round >= smoothRounds + (searched ? 4 : 0)) break
    for (let pass = 0; pass < 3; pass++) {
      const prev = off.map((o) => [...o] as Vec3)
      for (let k = 0; k < n; k++) off[k] = scale(add(add(prev[Math.max(0, k - 1)], prev[Math.min(n - 1, k + 1)]), scale(prev[k], 2)), 0.25)
    }
  }
  for (let k = 0; k < n; k++) p.pts[k] = add(p.pts[k], off[k])
  // where bone leaves less room than the section (a canal narrower than the nerve), the nerve narrows (down to
  // minRadius) instead of being cut in two by the bone; the narrowing eases in over the neighbouring points
  const room = p.pts.map((q) => bone(q[0], q[1], q[2]) - clearance)
  const fit = p.pts.map((_, k) => {
    let r = Infinity
    for (let j = Math.max(0, k - 3); j <= Math.min(n - 1, k + 3); j++) r = Math.min(r, room[j] + Math.abs(j - k) * 0.5)
    return Math.max(minRadius, r)
  })
  for (let k = 0; k < n; k++) {
    const s = Math.min(1, fit[k] / Math.max(p.a[k], p.b[k]))
    p.a[k] *= s
    p.b[k] *= s
  }
}

/** Segment table of a dense path: start, axis, frame (width axis along x where it can be) and sections. */
interface Seg {
  p: Vec3
  d: Vec3
  dd: number
  u: Vec3
  v: Vec3
  a0: number
  a1: number
  b0: number
  b1: number
  /** bounding sphere */
  c: Vec3
  r: number
}

function segments(p: DensePath): Seg[] {
  const out: Seg[] = []
  for (let i = 0; i < p.pts.length - 1; i++) {
    const d = sub(p.pts[i + 1], p.pts[i])
    const dd = dot(d, d) || 1e-9
    const T = norm(d)
    let u = sub([1, 0, 0], scale(T, T[0]))
    if (len(u) < 1e-3) u = cross(T, [0, 0, 1])
    u = norm(u)
    const L = Math.sqrt(dd)
    out.push({
      p: p.pts[i],
      d,
      dd,
      u,
      v: cross(T, u),
      a0: p.a[i],
      a1: p.a[i + 1],
      b0: p.b[i],
      b1: p.b[i + 1],
      c: add(p.pts[i], scale(d, 0.5)),
      r: L / 2 + Math.max(p.a[i], p.a[i + 1], p.b[i], p.b[i + 1]),
    })
  }
  return out
}

/**
 * Distance (mm, an underestimate off the section's axes) from x to the tube along one segment, and the segment
 * parameter of the closest axis point. Elliptical sections are measured in the section's axes scaled to the smaller
 * one.
 */
function segDist(s: Seg, x: number, y: number, z: number): { d: number; t: number } {
  const px = x - s.p[0]
  const py = y - s.p[1]
  const pz = z - s.p[2]
  let t = (px * s.d[0] + py * s.d[1] + pz * s.d[2]) / s.dd
  t = t < 0 ? 0 : t > 1 ? 1 : t
  const qx = px - s.d[0] * t
  const qy = py - s.d[1] * t
  const qz = pz - s.d[2] * t
  const A = s.a0 + (s.a1 - s.a0) * t
  const B = s.b0 + (s.b1 - s.b0) * t
  if (A === B) return { d: Math.sqrt(qx * qx + qy * qy + qz * qz) - A, t }
  const u = qx * s.u[0] + qy * s.u[1] + qz * s.u[2]
  const v = qx * s.v[0] + qy * s.v[1] + qz * s.v[2]
  const q2 = qx * qx + qy * qy + qz * qz
  const w2 = Math.max(0, q2 - u * u - v * v)
  const m = Math.min(A, B)
  return { d: (Math.sqrt((u / A) ** 2 + (v / B) ** 2 + w2 / (m * m)) - 1) * m, t }
}

/** Nearest tube of a set of paths: distance, path, segment and parameter. */
function nearestTube(segs: Seg[][], x: number, y: number, z: number): { d: number; path: number; seg: number; t: number } {
  let best = { d: Infinity, path: -1, seg: -1, t: 0 }
  for (let pi = 0; pi < segs.length; pi++)
    for (let si = 0; si < segs[pi].length; si++) {
      const s = segs[pi][si]
      const cx = x - s.c[0]
      const cy = y - s.c[1]
      const cz = z - s.c[2]
      const lb = Math.sqrt(cx * cx + cy * cy + cz * cz) - s.r
      if (lb > best.d) continue
      const r = segDist(s, x, y, z)
      if (r.d < best.d) best = { d: r.d, path: pi, seg: si, t: r.t }
    }
  return best
}

/**
 * The nerve's field: path 0 (the trunk) blended with every other path with a smooth minimum of radius `blendMm`
 * (each path's own segments by a hard minimum), then `clearance` kept from bone (bone evaluated only near the nerve;
 * farther out the nerve's distance is a lower bound of the result), except within `coreMm` of the path.
 */
export function nerveField(paths: DensePath[], bone: Sdf | null, clearance: number, blendMm: number, coreMm: number): Sdf {
  const segs = paths.map(segments)
  const one = (pi: number, x: number, y: number, z: number): number => {
    let d = Infinity
    for (const s of segs[pi]) {
      const cx = x - s.c[0]
      const cy = y - s.c[1]
      const cz = z - s.c[2]
      if (Math.sqrt(cx * cx + cy * cy + cz * cz) - s.r > d) continue
      const v = segDist(s, x, y, z).d
      if (v < d) d = v
    }
    return d
  }
  return (x, y, z) => {
    let d = one(0, x, y, z)
    for (let pi = 1; pi < segs.length; pi++) d = smin(d, one(pi, x, y, z), blendMm)
    if (!bone || d > 1) return d
    const cut = clearance - bone(x, y, z)
    if (cut <= d) return d
    // the core (coreMm round the path) is never cut, so bone the path could not leave does not split the nerve
    const n = nearestTube(segs, x, y, z)
    const s = segs[n.path][n.seg]
    const t = n.t
    const core = Math.hypot(x - s.p[0] - s.d[0] * t, y - s.p[1] - s.d[1] * t, z - s.p[2] - s.d[2] * t) - coreMm
    return Math.max(d, Math.min(cut, core))
  }
}

export interface NerveMeshOptions {
  voxelMm: number
  maxTriangles: number
  clearanceMm: number
  blendMm: number
  /** radius round the path that bone never cuts (keeps the nerve one piece) */
  coreMm: number
}

/**
 * Meshes the paths' field (right side, mm) and skins each vertex from the nearest tube's path point. Synchronous
 * (the build awaits MeshoptSimplifier.ready before any mesh is made).
 */
export function meshNerve(paths: DensePath[], bone: Sdf | null, o: NerveMeshOptions): { geo: MeshData; skin: SkinData; path: Int32Array; param: Float32Array } {
  const f = nerveField(paths, bone, o.clearanceMm, o.blendMm, o.coreMm)
  const rMax = Math.max(...paths.flatMap((p) => [...p.a, ...p.b]))
  const box = boxOf(
    paths.flatMap((p) => p.pts),
    rMax + o.blendMm + 2 * o.voxelMm,
  )
  const geo = meshFieldClean(f, box, o.voxelMm, o.maxTriangles)
  const segs = paths.map(segments)
  const nv = geo.positions.length / 3
  const joints = new Uint16Array(nv * 4)
  const weights = new Float32Array(nv * 4)
  // where along which path each vertex lies (dense point index + fraction), for the hip weights
  const path = new Int32Array(nv)
  const param = new Float32Array(nv)
  for (let v = 0; v < nv; v++) {
    const n = nearestTube(segs, geo.positions[3 * v], geo.positions[3 * v + 1], geo.positions[3 * v + 2])
    const p = paths[n.path]
    const jw = blendJoints(p.joints[n.seg], p.joints[n.seg + 1], n.t)
    for (let q = 0; q < 4; q++) {
      joints[v * 4 + q] = jw[q]?.[0] ?? 0
      weights[v * 4 + q] = jw[q]?.[1] ?? 0
    }
    path[v] = n.path
    param[v] = n.seg + n.t
  }
  return { geo, skin: { joints, weights }, path, param }
}

/** Hip weight of a joint list if it holds only pelvisJoint and hipRight, else null. */
function hipWeight(jw: ArrayLike<number>, w: ArrayLike<number>, o = 0): number | null {
  let wh = 0
  for (let q = 0; q < 4; q++) {
    // a path point's list holds fewer than four joints (missing ones weigh nothing)
    if (!w[o + q]) continue
    if (jw[o + q] === J.hipRight) wh += w[o + q]
    else if (jw[o + q] !== J.pelvisJoint) return null
  }
  return wh
}

/** smoothestChoice's cost per index step beyond `maxStep` between neighbours (a jump only where nothing else is allowed) */
const STEP_COST = 1e6

/**
 * The choice per stretch (an index into its costs, or null where it has none) with the least total cost such that
 * neighbouring stretches that both have costs differ by at most `maxStep`, or as little more as their allowed
 * (finite-cost) choices permit (dynamic programming over each run of stretches with costs). Exported for its test.
 */
export function smoothestChoice(costs: Array<number[] | null>, maxStep: number): Array<number | null> {
  const out: Array<number | null> = costs.map(() => null)
  for (let start = 0; start < costs.length; ) {
    if (!costs[start]) {
      start++
      continue
    }
    let end = start
    while (end + 1 < costs.length && costs[end + 1]) end++
    // best[b][s]: least cost of stretches start..b with stretch b at s; from[b][s]: the choice at b − 1
    const best: number[][] = [costs[start]!.slice()]
    const from: number[][] = [costs[start]!.map(() => -1)]
    for (let b = start + 1; b <= end; b++) {
      const prev = best[best.length - 1]
      const row: number[] = []
      const arg: number[] = []
      costs[b]!.forEach((c, s) => {
        let m = Infinity
        let a = 0
        for (let t = 0; t < prev.length; t++) {
          const v = prev[t] + STEP_COST * Math.max(0, Math.abs(s - t) - maxStep)
          if (v < m - 1e-12) {
            m = v
            a = t
          }
        }
        row.push(c + m)
        arg.push(a)
      })
      best.push(row)
      from.push(arg)
    }
    const last = best[best.length - 1]
    let s = last.indexOf(Math.min(...last))
    for (let b = end; b >= start; b--) {
      out[b] = s
      s = from[b - start][s]
    }
    start = end + 1
  }
  return out
}

/**
 * Hip skin weights chosen so the nerve stays out of the pelvis and femur as the hip flexes and extends (the search of
 * hipweights.ts optimiseHipWeights, per stretch of path instead of per loft ring): each stretch of `binPoints` path
 * points carried only by pelvisJoint and hipRight and within 130 mm of the hip centre gets the hip weight (0..1,
 * twentieths) that keeps its vertices, and its path points by `coreMm`, out of bone over the postures' hip angles,
 * preferring its own and at most `maxBinChange` off it (a stretch held back by the pelvis while the thigh flexes far
 * leaves the nerve hanging between them), with neighbouring stretches at most `maxStepTwentieths` apart (a jump in
 * weight shears the triangles between two stretches across the bone when the hip flexes far: the femoral nerve in the
 * hugged hip of the Thomas test); each vertex then takes its own weight plus the change, interpolated between the
 * stretches along the path, so neighbouring vertices never get weights far apart (a surface mesh's vertices do not sit
 * in rings; weights chosen vertex by vertex tore the nerve open in the flexed hip); a vertex still sinking in then
 * moves its own weight by at most `maxOwnChange`.
 */
export function optimiseHipWeightsAlongPath(
  P: Float32Array,
  skin: SkinData,
  vPath: Int32Array,
  vParam: Float32Array,
  paths: DensePath[],
  binPoints: number,
  pelvis: Sdf,
  femur: Sdf,
  H: Vec3,
  coreMm: number,
  allowedMm = 1.0,
  maxOwnChange = 0.25,
  maxBinChange = 0.25,
  maxStepTwentieths = 3,
): void {
  const Jt = skin.joints
  const W = skin.weights
  const rot = HIP_ROTATIONS
  const penalty = (verts: number[], wh: number, core?: Float32Array): number => {
    let worst = 0
    for (const { c: ca, s: sa } of rot) {
      for (const v of verts) {
        const pen = hipPenetration(P, v * 3, wh, ca, sa, H, pelvis, femur, allowedMm)
        if (pen > worst) worst = pen
      }
      if (core)
        for (let k = 0; k < core.length; k += 3) {
          const pen = hipPenetration(core, k, wh, ca, sa, H, pelvis, femur, -coreMm)
          if (pen > worst) worst = pen
        }
    }
    return worst
  }
  const deltas = paths.map((p, pi) => {
    const nb = Math.ceil((p.pts.length - 1) / binPoints) + 1
    const members: number[][] = Array.from({ length: nb }, () => [])
    for (let v = 0; v < vPath.length; v++) if (vPath[v] === pi) members[Math.round(vParam[v] / binPoints)].push(v)
    // the stretch's path points, kept `coreMm` off the bone (as clearPath leaves them at rest): a bony edge can pass
    // between a tube's vertices (a thin nerve's triangles are wide) without any vertex in bone
    const cores = members.map((_, b) => Float32Array.from(p.pts.filter((_, k) => Math.round(k / binPoints) === b).flat()))
    const wh0s = members.map((_, b) => {
      const k = Math.min(p.pts.length - 1, b * binPoints)
      const jw = p.joints[k]
      const wh0 = hipWeight(
        jw.map(([j]) => j),
        jw.map(([, w]) => w),
      )
      const c = p.pts[k]
      return wh0 === null || Math.hypot(c[0] - H[0], c[1] - H[1], c[2] - H[2]) > 130 ? null : wh0
    })
    // cost of each weight (twentieths) per stretch: depth in bone (×100) plus the change from its own weight
    const costs = wh0s.map((wh0, b) =>
      wh0 === null ? null : Array.from({ length: 21 }, (_, s) => (Math.abs(s / 20 - wh0) > maxBinChange + 1e-9 ? Infinity : penalty(members[b], s / 20, cores[b]) * 100 + Math.abs(s / 20 - wh0))),
    )
    const choice = smoothestChoice(costs, maxStepTwentieths)
    return choice.map((s, b) => (s === null ? 0 : s / 20 - wh0s[b]!))
  })
  for (let v = 0; v < vPath.length; v++) {
    const d = deltas[vPath[v]]
    const s = vParam[v] / binPoints
    const b0 = Math.min(d.length - 1, Math.floor(s))
    const b1 = Math.min(d.length - 1, b0 + 1)
    const dw = d[b0] + (d[b1] - d[b0]) * (s - b0)
    const wh0 = hipWeight(Jt, W, v * 4)
    if (wh0 === null || Math.hypot(P[3 * v] - H[0], P[3 * v + 1] - H[1], P[3 * v + 2] - H[2]) > 130) continue
    let wh = Math.min(1, Math.max(0, wh0 + dw))
    // a vertex that still sinks in may move its own weight a little (at most maxOwnChange, so the surface does not tear)
    let cost = penalty([v], wh) * 100
    if (cost > 0) {
      const base = wh
      for (let s = 0; s <= 40; s++) {
        const w = s / 40
        if (Math.abs(w - base) > maxOwnChange) continue
        const c = penalty([v], w) * 100 + Math.abs(w - base)
        if (c < cost - 1e-9) {
          cost = c
          wh = w
        }
      }
    }
    if (wh === wh0) continue
    Jt.set([J.pelvisJoint, J.hipRight, 0, 0], v * 4)
    W.set([1 - wh, wh, 0, 0], v * 4)
  }
}

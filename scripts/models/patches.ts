/**
 * Symptom patches: an overlay, not a structure (it is in no layer of the manifest's structure list). The body map's
 * front-view regions that lie on the groin and thigh (anatomy-reference.json `bodyMap`) wrapped onto a thin virtual
 * skin surface around the upper thigh and lower abdomen: one skinned mesh for all patches of both sides (one draw
 * call), bound to pelvisJoint and the hips, so it follows the pose. The renderer draws it hatched with a solid rim
 * and sets each patch's opacity from the compression of the nerves that supply the region.
 *
 * Vertex attributes (the renderer's shader reads them; three.js GLTFLoader lower-cases custom names):
 * - JOINTS_0 / WEIGHTS_0: skin indices into SKIN_JOINTS (0 = pelvisJoint, 1 = hipLeft, 2 = hipRight);
 * - `_PATCH` (unsigned byte): index of the vertex's patch in SYMPTOM_PATCHES (= node extras.patches);
 * - `_RIM` (unsigned byte, normalised; × RIM_RANGE_M = metres): distance to the region's border on the body map, scaled
 *   to metres, in 0.1 mm steps up to 25.5 mm (the renderer draws the rim over the first 3.5 mm; farther in it only
 *   needs "far"). A byte instead of a short: 1.4 kB less in the glb for the same picture.
 * The hatch stripes' phase is not stored: the renderer takes x + y of the rest position from POSITION (times the
 * quantised geometry's metres per unit); storing it cost 2.8 kB.
 *
 * Geometry: each region polygon is triangulated (ear clipping), refined by conforming longest-edge bisection until
 * every edge is at most `stepM` long on the 3D surface, made Delaunay by edge flips (3D angles), smoothed on the surface
 * and flipped again, so it follows the curved thigh with ~3k well-shaped triangles instead of the ~21k slivers of a
 * uniform subdivision of the ear-clipped triangles (the rim attribute and the hatch phase interpolate linearly, so larger
 * triangles draw the same pattern).
 */
import type { Document, Material, Mesh } from '@gltf-transform/core'
import { NERVE_KEYS } from '../../src/scene-state/ids.ts'
import type { NerveKey } from '../../src/scene-state/ids.ts'
import { REF, landmarkM } from './reference.ts'
import { J } from './skeleton.ts'

/** `_RIM` 1.0 (255) reads as this many metres (the renderer's symptomShader.ts RIM_RANGE_M; a unit test holds them equal). */
export const RIM_RANGE_M = 0.0255

export const SYMPTOM_PATCHES_DEFAULTS = {
  /** longest triangle edge on the 3D surface (m) */
  stepM: 0.022,
  /** virtual skin in front of the ASIS / pubic symphysis (m): the patch lies over the bone, not in it */
  skinOverBoneM: 0.015,
}
export type SymptomPatchShape = typeof SYMPTOM_PATCHES_DEFAULTS

type Side = 'left' | 'right'
type P2 = readonly [number, number]
type V3 = [number, number, number]

const BM = REF.bodyMap
const LEVELS = BM.outlineKeyLevels_y
const HALF = BM.outlineHalfWidths
const KNEE = REF.femur.kneeCentre_m.position_m as unknown as V3
const ASIS = landmarkM('asisRight')
const HIP = landmarkM('hipCentreRight')
const PUBIS = landmarkM('pubicSymphysisTop')

/**
 * Body-map units → metres: the map's ASIS level and knee level are the ASIS landmark and the knee centre of the
 * reference (≈ 1.74 m for the whole map height, consistent with the model's size).
 */
export const BODY_MAP_SCALE_M = (ASIS[1] - KNEE[1]) / (LEVELS.knee - LEVELS.asis)

export interface SymptomRegion {
  id: string
  polygonRight: readonly P2[]
  nerves: readonly NerveKey[]
}
const NERVE_REGIONS = REF.nerves as unknown as Record<NerveKey, { sensoryRegions: string[] }>

/**
 * Body-map regions drawn in 3D: the front-view regions between the ASIS level and the knee (groin, lower abdomen and
 * thigh) that a lumbar-plexus nerve supplies, except the genital region, which lies between the thighs and has no
 * surface in this model (it is shown on the body map).
 */
export const SYMPTOM_REGIONS_3D: readonly SymptomRegion[] = BM.regions
  .map((r) => ({
    id: r.id,
    view: r.view,
    polygonRight: r.polygonRight.map((p) => [p[0], p[1]] as const),
    nerves: NERVE_KEYS.filter((k) => NERVE_REGIONS[k].sensoryRegions.includes(r.id)),
  }))
  .filter((r) => r.view === 'front' && r.id !== 'genital' && r.nerves.length > 0 && r.polygonRight.every(([, y]) => y >= LEVELS.asis && y <= LEVELS.knee))
  .map(({ id, polygonRight, nerves }) => ({ id, polygonRight, nerves }))

/** One patch per (region, side), in this order in the mesh (`_PATCH`) and in the node's extras.patches. */
export const SYMPTOM_PATCHES: ReadonlyArray<{ region: string; side: Side; nerves: readonly NerveKey[] }> = (['left', 'right'] as const).flatMap((side) =>
  SYMPTOM_REGIONS_3D.map((r) => ({ region: r.id, side, nerves: r.nerves })),
)

const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v)
const smooth = (e0: number, e1: number, v: number): number => {
  const t = clamp((v - e0) / (e1 - e0), 0, 1)
  return t * t * (3 - 2 * t)
}
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t

/**
 * A body-map point (patient's right; x, y in map units) on the virtual skin, rest frame (metres), and how much it
 * belongs to the thigh (0 = trunk/pelvis, 1 = thigh). The thigh is an upright circular tube whose width is the map's
 * outline at that level (upper thigh at the crotch narrowing to the knee) around the femur's hip-to-knee line; above
 * the groin a plane just in front of ASIS and pubis, as wide as the pelvis at the ASIS, blended into the tube between
 * the ASIS level and the crotch.
 */
export function bodyMapToSkin(xm: number, ym: number, skinOverBoneM = SYMPTOM_PATCHES_DEFAULTS.skinOverBoneM): { point: V3; thigh: number } {
  const s = BODY_MAP_SCALE_M
  const y = ASIS[1] - (ym - LEVELS.asis) * s
  const t = clamp((ym - LEVELS.crotch) / (LEVELS.knee - LEVELS.crotch), 0, 1)
  // thigh edges in map units (right side: outer edge at smaller x); at the crotch the thighs meet at the midline
  const outer = 0.5 - lerp(HALF.upperThighOuter, HALF.kneeOuter, t)
  const inner = 0.5 - lerp(0, HALF.kneeInner, t)
  const c = (outer + inner) / 2
  const hw = (inner - outer) / 2
  const u = clamp((xm - c) / hw, -1, 1)
  const axisZ = lerp(HIP[2], KNEE[2], clamp((HIP[1] - y) / (HIP[1] - KNEE[1]), 0, 1))
  const zThigh = axisZ + hw * s * Math.sqrt(1 - u * u)
  const zPlane = Math.max(ASIS[2], PUBIS[2]) + skinOverBoneM
  const w = smooth(LEVELS.asis, LEVELS.crotch, ym)
  const xOnThigh = (c + u * hw - 0.5) * s
  // above the groin the map's outline (skin over the hips) is fitted to the bony pelvis: the hips' half-width lands
  // on the ASIS, so the groin strip follows the inguinal ligament (ASIS → pubis)
  const xOnTrunk = ((xm - 0.5) / HALF.hips) * Math.abs(ASIS[0])
  // above the crotch the skin does not lie behind the front plane (the tube's inner side there is the other thigh);
  // below it that floor recedes at 1 m per m so the inner thigh comes into view
  const floor = zPlane - Math.max(0, ym - LEVELS.crotch) * s
  return { point: [lerp(xOnTrunk, xOnThigh, w), y, lerp(zPlane, Math.max(floor, zThigh), w)], thigh: w }
}

function distToSegment(p: P2, a: P2, b: P2): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const l2 = dx * dx + dy * dy
  const t = l2 > 0 ? clamp(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2, 0, 1) : 0
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)
}

const area2 = (a: P2, b: P2, c: P2): number => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

/** Ear clipping of a simple polygon; triangles with positive signed area in map coordinates. */
function earClip(poly: readonly P2[]): [number, number, number][] {
  let idx = poly.map((_, i) => i)
  let sum = 0
  for (let i = 0; i < poly.length; i++) sum += area2([0, 0], poly[i], poly[(i + 1) % poly.length])
  if (sum < 0) idx = idx.reverse()
  const out: [number, number, number][] = []
  while (idx.length > 3) {
    let clipped = false
    for (let k = 0; k < idx.length && !clipped; k++) {
      const [ia, ib, ic] = [idx[(k + idx.length - 1) % idx.length], idx[k], idx[(k + 1) % idx.length]]
      if (area2(poly[ia], poly[ib], poly[ic]) <= 0) continue
      const inside = idx.some((j) => j !== ia && j !== ib && j !== ic && area2(poly[ia], poly[ib], poly[j]) >= 0 && area2(poly[ib], poly[ic], poly[j]) >= 0 && area2(poly[ic], poly[ia], poly[j]) >= 0)
      if (inside) continue
      out.push([ia, ib, ic])
      idx = idx.filter((_, j) => j !== k)
      clipped = true
    }
    if (!clipped) throw new Error('symptom patches: polygon is not simple')
  }
  out.push([idx[0], idx[1], idx[2]])
  return out
}

const dot = (a: readonly number[], b: readonly number[]): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]

/** Key of the undirected edge a–b. */
const key = (a: number, b: number): number => (a < b ? a * 65536 + b : b * 65536 + a)

/** Angle at `a` of the 3D triangle a, b, c. */
function angle(a: V3, b: V3, c: V3): number {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]]
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]]
  const d = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (Math.hypot(u[0], u[1], u[2]) * Math.hypot(v[0], v[1], v[2]))
  return Math.acos(clamp(d, -1, 1))
}

/** Triangulated region (map coordinates and triangles, positive map area), refined to `stepM` on the 3D surface. */
export function triangulateRegion(poly: readonly P2[], shape: SymptomPatchShape): { map: P2[]; tris: [number, number, number][] } {
  const map: P2[] = poly.map((p) => [p[0], p[1]] as const)
  const pts: V3[] = map.map((p) => bodyMapToSkin(p[0], p[1], shape.skinOverBoneM).point)
  let tris = earClip(map)
  const len = (a: number, b: number): number => Math.hypot(pts[a][0] - pts[b][0], pts[a][1] - pts[b][1], pts[a][2] - pts[b][2])
  const mids = new Map<number, number>()
  const mid = (a: number, b: number): number => {
    const k = key(a, b)
    let m = mids.get(k)
    if (m === undefined) {
      const p: P2 = [(map[a][0] + map[b][0]) / 2, (map[a][1] + map[b][1]) / 2]
      m = map.length
      map.push(p)
      pts.push(bodyMapToSkin(p[0], p[1], shape.skinOverBoneM).point)
      mids.set(k, m)
    }
    return m
  }
  // conforming bisection: every marked edge is split in both triangles that share it (no T-junctions); a triangle
  // with a marked edge always has its longest edge marked too, so it is bisected along that first
  for (let round = 0; round < 64; round++) {
    const marked = new Set<number>()
    for (const [a, b, c] of tris) for (const [p, q] of [[a, b], [b, c], [c, a]]) if (len(p, q) > shape.stepM) marked.add(key(p, q))
    if (!marked.size) break
    for (let changed = true; changed; ) {
      changed = false
      for (const [a, b, c] of tris) {
        const edges: [number, number][] = [[a, b], [b, c], [c, a]]
        if (!edges.some(([p, q]) => marked.has(key(p, q)))) continue
        const [p, q] = edges.reduce((m, e) => (len(e[0], e[1]) > len(m[0], m[1]) ? e : m))
        if (!marked.has(key(p, q))) {
          marked.add(key(p, q))
          changed = true
        }
      }
    }
    const next: [number, number, number][] = []
    const split = (a: number, b: number, c: number): void => {
      const edges: [number, number, number][] = [[a, b, c], [b, c, a], [c, a, b]]
      const todo = edges.filter(([p, q]) => marked.has(key(p, q)))
      if (!todo.length) {
        next.push([a, b, c])
        return
      }
      const [p, q, r] = todo.reduce((m, e) => (len(e[0], e[1]) > len(m[0], m[1]) ? e : m))
      const m = mid(p, q)
      split(p, m, r)
      split(m, q, r)
    }
    for (const [a, b, c] of tris) split(a, b, c)
    tris = next
  }
  delaunayFlips(map, pts, tris)
  smoothOnSurface(poly, map, pts, tris, shape)
  delaunayFlips(map, pts, tris)
  return { map, tris }
}

/** Delaunay edge flips by 3D angles (in place), each flip kept valid (positive area) in map space. */
function delaunayFlips(map: P2[], pts: V3[], tris: [number, number, number][]): void {
  for (let pass = 0; pass < 32; pass++) {
    let flips = 0
    const owner = new Map<number, number[]>()
    tris.forEach(([a, b, c], t) => {
      for (const [p, q] of [[a, b], [b, c], [c, a]]) {
        const k = key(p, q)
        const l = owner.get(k)
        if (l) l.push(t)
        else owner.set(k, [t])
      }
    })
    const dirty = new Set<number>()
    for (let t = 0; t < tris.length; t++) {
      if (dirty.has(t)) continue
      for (let e = 0; e < 3; e++) {
        const tri = tris[t]
        const p = tri[e]
        const q = tri[(e + 1) % 3]
        const r = tri[(e + 2) % 3]
        const o = owner.get(key(p, q))!
        if (o.length !== 2) continue
        const u = o[0] === t ? o[1] : o[0]
        if (dirty.has(u)) continue
        const s = tris[u].find((v) => v !== p && v !== q)!
        if (angle(pts[r], pts[p], pts[q]) + angle(pts[s], pts[p], pts[q]) <= Math.PI + 1e-9) continue
        // new triangles (r, p, s) and (s, q, r) must keep the orientation in map space
        if (area2(map[r], map[p], map[s]) <= 1e-12 || area2(map[s], map[q], map[r]) <= 1e-12) continue
        tris[t] = [r, p, s]
        tris[u] = [s, q, r]
        dirty.add(t)
        dirty.add(u)
        flips++
        break
      }
    }
    if (!flips) break
  }
}

/**
 * Tangential smoothing on the 3D surface (in place): each vertex off the border moves half-way toward the centroid of
 * its neighbours, the 3D step taken back to map space through the mapping's local Jacobian (least squares); a move
 * that would fold a triangle in map space is skipped. Evens out the bisection's slivers without leaving the surface.
 */
function smoothOnSurface(poly: readonly P2[], map: P2[], pts: V3[], tris: [number, number, number][], shape: SymptomPatchShape, iterations = 8): void {
  const onBorder = map.map((m) => poly.some((a, i) => distToSegment(m, a, poly[(i + 1) % poly.length]) < 1e-9))
  const around: number[][] = map.map(() => [])
  const incident: number[][] = map.map(() => [])
  tris.forEach((t, ti) => {
    for (let e = 0; e < 3; e++) {
      incident[t[e]].push(ti)
      for (const o of [t[(e + 1) % 3], t[(e + 2) % 3]]) if (!around[t[e]].includes(o)) around[t[e]].push(o)
    }
  })
  const f = (x: number, y: number): V3 => bodyMapToSkin(x, y, shape.skinOverBoneM).point
  const h = 1e-5
  for (let it = 0; it < iterations; it++)
    for (let v = 0; v < map.length; v++) {
      if (onBorder[v] || !around[v].length) continue
      const c: V3 = [0, 0, 0]
      for (const o of around[v]) for (let k = 0; k < 3; k++) c[k] += pts[o][k] / around[v].length
      const d = [c[0] - pts[v][0], c[1] - pts[v][1], c[2] - pts[v][2]]
      const [x, y] = map[v]
      const px = f(x + h, y)
      const nx = f(x - h, y)
      const py = f(x, y + h)
      const ny = f(x, y - h)
      const jx = [0, 1, 2].map((k) => (px[k] - nx[k]) / (2 * h))
      const jy = [0, 1, 2].map((k) => (py[k] - ny[k]) / (2 * h))
      const [a11, a12, a22] = [dot(jx, jx), dot(jx, jy), dot(jy, jy)]
      const det = a11 * a22 - a12 * a12
      if (det < 1e-6 * (a11 * a22 + 1e-12)) continue
      const [b1, b2] = [dot(jx, d), dot(jy, d)]
      const next: P2 = [x + (0.5 * (a22 * b1 - a12 * b2)) / det, y + (0.5 * (a11 * b2 - a12 * b1)) / det]
      const old = map[v]
      map[v] = next
      if (incident[v].some((ti) => area2(map[tris[ti][0]], map[tris[ti][1]], map[tris[ti][2]]) <= 1e-12)) {
        map[v] = old
        continue
      }
      pts[v] = f(next[0], next[1])
    }
}

export interface SymptomPatchOptions {
  shape?: SymptomPatchShape
  material?: Material
  name?: string
}

export interface SymptomPatchGeometry {
  /** metres, rest frame */
  positions: Float32Array
  normals: Float32Array
  joints: Uint8Array
  weights: Float32Array
  patch: Uint8Array
  /** metres (normalised unsigned byte: value / 255 × RIM_RANGE_M) */
  rim: Uint8Array
  indices: Uint16Array
}

/** Triangles smaller than this (m²) are collapsed by the mapping and left out. */
const DEGENERATE_M2 = 1e-8
function triangleArea(pos: number[], a: number, b: number, c: number): number {
  const u = [pos[b * 3] - pos[a * 3], pos[b * 3 + 1] - pos[a * 3 + 1], pos[b * 3 + 2] - pos[a * 3 + 2]]
  const v = [pos[c * 3] - pos[a * 3], pos[c * 3 + 1] - pos[a * 3 + 1], pos[c * 3 + 2] - pos[a * 3 + 2]]
  return Math.hypot(u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]) / 2
}

/** The patches' geometry (both sides, SYMPTOM_PATCHES order), triangles facing outward (front of the body). */
export function symptomPatchGeometry(shape: SymptomPatchShape = SYMPTOM_PATCHES_DEFAULTS): SymptomPatchGeometry {
  const pos: number[] = []
  const joints: number[] = []
  const weights: number[] = []
  const patch: number[] = []
  const rim: number[] = []
  const index: number[] = []
  const cache = new Map<string, ReturnType<typeof triangulateRegion>>()
  SYMPTOM_PATCHES.forEach((sp, pi) => {
    const region = SYMPTOM_REGIONS_3D.find((r) => r.id === sp.region)!
    const poly = region.polygonRight
    let tri = cache.get(region.id)
    if (!tri) cache.set(region.id, (tri = triangulateRegion(poly, shape)))
    const mirror = sp.side === 'left' ? -1 : 1
    const hip = sp.side === 'left' ? J.hipLeft : J.hipRight
    const pts = tri.map.map((m) => bodyMapToSkin(m[0], m[1], shape.skinOverBoneM))
    const flat = pts.flatMap(({ point }) => [point[0] * mirror, point[1], point[2]])
    // triangles that the mapping collapses (map area beyond the thigh's edge, where the tube is seen edge-on) are left
    // out, and the vertices only they used
    const faces = tri.tris.filter(([a, b, c]) => triangleArea(flat, a, b, c) > DEGENERATE_M2)
    const used = new Map<number, number>()
    for (const f of faces) for (const v of f) if (!used.has(v)) used.set(v, -1)
    const base = pos.length / 3
    let next = 0
    tri.map.forEach((m, v) => {
      if (!used.has(v)) return
      used.set(v, base + next++)
      const { point, thigh } = pts[v]
      const x = point[0] * mirror
      pos.push(x, point[1], point[2])
      joints.push(J.pelvisJoint, hip, 0, 0)
      weights.push(1 - thigh, thigh, 0, 0)
      patch.push(pi)
      let d = Infinity
      for (let i = 0; i < poly.length; i++) d = Math.min(d, distToSegment(m, poly[i], poly[(i + 1) % poly.length]))
      rim.push(d * BODY_MAP_SCALE_M)
    })
    // orientation: the patch faces away from the body (its summed normal points anterior)
    let nz = 0
    for (const [a, b, c] of faces) {
      const u = [flat[b * 3] - flat[a * 3], flat[b * 3 + 1] - flat[a * 3 + 1]]
      const v = [flat[c * 3] - flat[a * 3], flat[c * 3 + 1] - flat[a * 3 + 1]]
      nz += u[0] * v[1] - u[1] * v[0]
    }
    for (const f of faces) {
      const [a, b, c] = f.map((v) => used.get(v)!)
      index.push(...(nz >= 0 ? [a, b, c] : [a, c, b]))
    }
  })
  // area-weighted vertex normals
  const normals = new Float32Array(pos.length)
  for (let t = 0; t < index.length; t += 3) {
    const [a, b, c] = [index[t] * 3, index[t + 1] * 3, index[t + 2] * 3]
    const u = [pos[b] - pos[a], pos[b + 1] - pos[a + 1], pos[b + 2] - pos[a + 2]]
    const v = [pos[c] - pos[a], pos[c + 1] - pos[a + 1], pos[c + 2] - pos[a + 2]]
    const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    for (const i of [a, b, c]) for (let k = 0; k < 3; k++) normals[i + k] += n[k]
  }
  for (let i = 0; i < normals.length; i += 3) {
    const l = Math.hypot(normals[i], normals[i + 1], normals[i + 2]) || 1
    for (let k = 0; k < 3; k++) normals[i + k] /= l
  }
  return {
    positions: Float32Array.from(pos),
    normals,
    joints: Uint8Array.from(joints),
    weights: Float32Array.from(weights),
    patch: Uint8Array.from(patch),
    rim: Uint8Array.from(rim, (v) => Math.round(clamp(v / RIM_RANGE_M, 0, 1) * 255)),
    indices: Uint16Array.from(index),
  }
}

/** Builds the symptom patch mesh (one primitive; skin it with the glb's skin: JOINTS_0 index SKIN_JOINTS). */
export function createSymptomPatches(doc: Document, options: SymptomPatchOptions = {}): Mesh {
  const shape = options.shape ?? SYMPTOM_PATCHES_DEFAULTS
  const g = symptomPatchGeometry(shape)
  const buffer = doc.getRoot().listBuffers()[0] ?? doc.createBuffer()
  const acc = (type: 'SCALAR' | 'VEC3' | 'VEC4', array: Float32Array | Uint8Array | Uint16Array, normalized = false) =>
    doc.createAccessor().setType(type).setArray(array).setNormalized(normalized).setBuffer(buffer)
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', acc('VEC3', g.positions))
    .setAttribute('NORMAL', acc('VEC3', g.normals))
    .setAttribute('JOINTS_0', acc('VEC4', g.joints))
    .setAttribute('WEIGHTS_0', acc('VEC4', g.weights))
    .setAttribute('_PATCH', acc('SCALAR', g.patch))
    .setAttribute('_RIM', acc('SCALAR', g.rim, true))
    .setIndices(acc('SCALAR', g.indices))
  if (options.material) prim.setMaterial(options.material)
  return doc.createMesh(options.name ?? 'symptomPatches').addPrimitive(prim)
}

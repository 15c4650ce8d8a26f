/**
 * Measurements on the BUILT glb (models/lumbar-psoas.glb), on its final triangles at the bind pose
 * (issue 9, items 4 and 7): mesh quality per structure, overlaps by volume, vertebral morphometry.
 * Plain TypeScript, no three.js: used by `npm run model-card` (scripts/model-card/measure-card.ts) and
 * by tests/unit/model/. Units: metres in, metres out (the card converts to mm and cm³).
 * Not in scripts/models/: every .ts file there is a build input, hashed into the glb (hash.ts), and
 * measuring the model does not change it.
 */
import { NodeIO } from '@gltf-transform/core'
import type { Document, Node } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import { LEVELS, REF } from '../models/reference.ts'
import type { Level } from '../models/reference.ts'
import { windingNumber as meshWindingNumber } from '../models/winding.ts'
import { edgeUse, intersectingTrianglePairs } from '../models/meshcheck.ts'

export type V3 = [number, number, number]
/** A triangle mesh: flat xyz positions (metres, world frame) and triangle indices. */
export interface TriMesh {
  pos: Float64Array
  idx: Uint32Array
}

// ---------------------------------------------------------------------------------------------
// Loading: world positions at the bind pose (rigid nodes by their world matrix, skinned meshes by
// linear blend skinning with the joints at rest), quantisation undone by the same matrices.

type M4 = Float64Array // column-major 4×4

function compose(t: number[], q: number[], s: number[]): M4 {
  const [x, y, z, w] = q
  const m = new Float64Array(16)
  m[0] = (1 - 2 * (y * y + z * z)) * s[0]
  m[1] = 2 * (x * y + z * w) * s[0]
  m[2] = 2 * (x * z - y * w) * s[0]
  m[4] = 2 * (x * y - z * w) * s[1]
  m[5] = (1 - 2 * (x * x + z * z)) * s[1]
  m[6] = 2 * (y * z + x * w) * s[1]
  m[8] = 2 * (x * z + y * w) * s[2]
  m[9] = 2 * (y * z - x * w) * s[2]
  m[10] = (1 - 2 * (x * x + y * y)) * s[2]
  m[12] = t[0]
  m[13] = t[1]
  m[14] = t[2]
  m[15] = 1
  return m
}

function mul(a: M4, b: M4): M4 {
  const o = new Float64Array(16)
  for (let c = 0; c < 4; c++)
    for (let r = 0; r < 4; r++) {
      let s = 0
      for (let k = 0; k < 4; k++) s += a[k * 4 + r] * b[c * 4 + k]
      o[c * 4 + r] = s
    }
  return o
}

function worldMatrix(node: Node): M4 {
  let m = compose(node.getTranslation(), node.getRotation(), node.getScale())
  for (let p = node.getParentNode(); p; p = p.getParentNode()) m = mul(compose(p.getTranslation(), p.getRotation(), p.getScale()), m)
  return m
}

function apply(m: M4, x: number, y: number, z: number, out: Float64Array, o: number, w = 1): void {
  out[o] += w * (m[0] * x + m[4] * y + m[8] * z + m[12])
  out[o + 1] += w * (m[1] * x + m[5] * y + m[9] * z + m[13])
  out[o + 2] += w * (m[2] * x + m[6] * y + m[10] * z + m[14])
}

export async function readModel(file: string): Promise<Document> {
  await MeshoptDecoder.ready
  return new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder }).read(file)
}

/** The bind-pose mesh of structure `id` (its node, or the child node that holds the mesh). */
export function structureMesh(doc: Document, id: string): TriMesh {
  const node = doc.getRoot().listNodes().find((n) => n.getName() === id)
  if (!node) throw new Error(`no node ${id}`)
  const meshNode = node.getMesh() ? node : node.listChildren().find((c) => c.getMesh())
  if (!meshNode) throw new Error(`no mesh under ${id}`)
  const prim = meshNode.getMesh()!.listPrimitives()[0]
  const P = prim.getAttribute('POSITION')!
  const n = P.getCount()
  const pos = new Float64Array(n * 3)
  const el = [0, 0, 0]
  const skin = meshNode.getSkin()
  if (!skin) {
    const m = worldMatrix(meshNode)
    for (let i = 0; i < n; i++) {
      P.getElement(i, el)
      apply(m, el[0], el[1], el[2], pos, i * 3)
    }
  } else {
    const ibm = skin.getInverseBindMatrices()!
    const jm = skin.listJoints().map((j, k) => {
      const e = Array.from({ length: 16 }, () => 0)
      ibm.getElement(k, e)
      return mul(worldMatrix(j), Float64Array.from(e))
    })
    const J = prim.getAttribute('JOINTS_0')!
    const W = prim.getAttribute('WEIGHTS_0')!
    const jj = [0, 0, 0, 0]
    const ww = [0, 0, 0, 0]
    for (let i = 0; i < n; i++) {
      P.getElement(i, el)
      J.getElement(i, jj)
      W.getElement(i, ww)
      const s = ww[0] + ww[1] + ww[2] + ww[3]
      for (let k = 0; k < 4; k++) if (ww[k] !== 0) apply(jm[jj[k]], el[0], el[1], el[2], pos, i * 3, ww[k] / s)
    }
  }
  const idx = Uint32Array.from(prim.getIndices()!.getArray() as ArrayLike<number>)
  return { pos, idx }
}

// ---------------------------------------------------------------------------------------------
// Topology and volume

/** Merge vertices at identical positions (a seam duplicated for normals is not an open edge). */
export function weld(m: TriMesh): TriMesh {
  const map = new Map<string, number>()
  const remap = new Uint32Array(m.pos.length / 3)
  const pos: number[] = []
  for (let i = 0; i < remap.length; i++) {
    const key = `${m.pos[i * 3]},${m.pos[i * 3 + 1]},${m.pos[i * 3 + 2]}`
    let j = map.get(key)
    if (j === undefined) {
      j = pos.length / 3
      map.set(key, j)
      pos.push(m.pos[i * 3], m.pos[i * 3 + 1], m.pos[i * 3 + 2])
    }
    remap[i] = j
  }
  const idx = new Uint32Array(m.idx.length)
  for (let i = 0; i < idx.length; i++) idx[i] = remap[m.idx[i]]
  return { pos: Float64Array.from(pos), idx }
}

export interface Topology {
  triangles: number
  /** edges used by one triangle only (holes) */
  openEdges: number
  /** edges used by three or more triangles */
  nonManifoldEdges: number
  /** edges used by two triangles that run them in the same direction (inconsistent winding) */
  misorientedEdges: number
  /** triangles with two equal corners or zero area */
  degenerate: number
  /** connected pieces (triangles sharing a vertex) */
  pieces: number
  /**
   * tunnels (handles) through the structure: the genus summed over its pieces, pieces − χ/2 with χ = V − E + F of the
   * welded mesh (a vertebra has 1, its vertebral foramen; a hip bone 1, its obturator foramen); null unless the mesh is
   * watertight and manifold (edges and vertices), where the Euler characteristic does not give the genus
   */
  tunnels: number | null
}

/** Open / non-manifold edges and connected pieces, on the welded mesh. */
export function topology(mesh: TriMesh): Topology {
  const m = weld(mesh)
  const nv = m.pos.length / 3
  let degenerate = 0
  const used = new Uint8Array(nv)
  for (let t = 0; t < m.idx.length; t += 3) {
    const v = [m.idx[t], m.idx[t + 1], m.idx[t + 2]]
    if (v[0] === v[1] || v[1] === v[2] || v[0] === v[2] || triArea(m.pos, v[0], v[1], v[2]) === 0) degenerate++
    for (const i of v) used[i] = 1
  }
  const { edges, open: openEdges, nonManifold: nonManifoldEdges, misoriented: misorientedEdges } = edgeUse(m.idx, nv)
  const piece = pieceOfVertex(m)
  const roots = new Set<number>()
  for (let i = 0; i < nv; i++) if (used[i]) roots.add(piece[i])
  let usedCount = 0
  for (let i = 0; i < nv; i++) usedCount += used[i]
  const chi = usedCount - edges + m.idx.length / 3
  // pinched (non-manifold) vertices, where merged tubes meet, also break the relation: a genus that is not a whole
  // number ≥ 0 is not reported
  const genus = roots.size - chi / 2
  const tunnels = openEdges === 0 && nonManifoldEdges === 0 && Number.isInteger(genus) && genus >= 0 ? genus : null
  return { triangles: m.idx.length / 3, openEdges, nonManifoldEdges, misorientedEdges, degenerate, pieces: roots.size, tunnels }
}

function triArea(p: Float64Array, a: number, b: number, c: number): number {
  const ux = p[b * 3] - p[a * 3]
  const uy = p[b * 3 + 1] - p[a * 3 + 1]
  const uz = p[b * 3 + 2] - p[a * 3 + 2]
  const vx = p[c * 3] - p[a * 3]
  const vy = p[c * 3 + 1] - p[a * 3 + 1]
  const vz = p[c * 3 + 2] - p[a * 3 + 2]
  return Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2
}

/** Enclosed volume (m³) by the divergence theorem; exact for a closed, consistently wound mesh. */
export function volume(m: TriMesh): number {
  let v = 0
  const p = m.pos
  for (let t = 0; t < m.idx.length; t += 3) {
    const a = m.idx[t] * 3
    const b = m.idx[t + 1] * 3
    const c = m.idx[t + 2] * 3
    v +=
      p[a] * (p[b + 1] * p[c + 2] - p[b + 2] * p[c + 1]) -
      p[a + 1] * (p[b] * p[c + 2] - p[b + 2] * p[c]) +
      p[a + 2] * (p[b] * p[c + 1] - p[b + 1] * p[c])
  }
  return v / 6
}

/**
 * The connected pieces of a mesh (welded), each with how to tell its inside: 'winding' (consistently
 * wound; `sign` −1 when it is wound inside out) or 'parity' (a closed piece with misoriented triangles).
 */
export interface Piece {
  mesh: TriMesh
  mode: 'winding' | 'parity'
  sign: 1 | -1
}

export function splitPieces(mesh: TriMesh): Piece[] {
  const m = weld(mesh)
  const piece = pieceOfVertex(m)
  const groups = new Map<number, number[]>()
  for (let t = 0; t < m.idx.length; t += 3) {
    const r = piece[m.idx[t]]
    const g = groups.get(r)
    if (g) g.push(m.idx[t], m.idx[t + 1], m.idx[t + 2])
    else groups.set(r, [m.idx[t], m.idx[t + 1], m.idx[t + 2]])
  }
  return [...groups.values()].map((tri) => {
    const piece: TriMesh = { pos: m.pos, idx: Uint32Array.from(tri) }
    const topo = topology(piece)
    const mode = topo.misorientedEdges > 0 ? 'parity' : 'winding'
    return { mesh: piece, mode, sign: volume(piece) < 0 ? -1 : 1 }
  })
}

// ---------------------------------------------------------------------------------------------
// Self-intersections

/**
 * Pairs of triangles of one mesh that intersect, found through a uniform grid of triangle bounding
 * boxes; pairs that share a (welded) vertex are skipped. Returns the pairs (triangle indices).
 */
export function selfIntersections(mesh: TriMesh, cell = 0.003): [number, number][] {
  const m = weld(mesh)
  return intersectingTrianglePairs(m.pos, m.idx, cell)
}

/** Self-intersecting pairs split into those within one connected piece and those between two pieces. */
export function selfIntersectionsByPiece(mesh: TriMesh, cell = 0.003): { within: number; between: number } {
  const m = weld(mesh)
  const piece = pieceOfVertex(m)
  let within = 0
  let between = 0
  for (const [s, t] of intersectingTrianglePairs(m.pos, m.idx, cell)) {
    if (piece[m.idx[s * 3]] === piece[m.idx[t * 3]]) within++
    else between++
  }
  return { within, between }
}

/** Connected-piece id (a representative vertex) of each vertex of a welded mesh. */
function pieceOfVertex(m: TriMesh): Int32Array {
  const nv = m.pos.length / 3
  const parent = Int32Array.from({ length: nv }, (_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  for (let t = 0; t < m.idx.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const ra = find(m.idx[t + e])
      const rb = find(m.idx[t + ((e + 1) % 3)])
      if (ra !== rb) parent[ra] = rb
    }
  for (let i = 0; i < nv; i++) parent[i] = find(i)
  return parent
}

// ---------------------------------------------------------------------------------------------
// Inside / overlap by volume: columns along z on a regular x–y grid (spacing h); in each column the
// exact z intervals inside the mesh, from the signed crossings of the triangles (non-zero winding:
// a self-intersecting but closed mesh counts once). Where a column's crossings do not sum to zero
// (it passes through a hole of an open mesh, or exactly through an edge), the stretches between
// crossings are classified by the generalised winding number (solid angles, robust to holes).

/** Column grid: centres at ((i + ½)·h + jitter, (j + ½)·h + jitter); the jitter keeps rays off vertices. */
export interface Grid {
  h: number
  jitter: number
}
export const DEFAULT_GRID: Grid = { h: 0.0005, jitter: 1.3e-7 }

/** Inside intervals [z0, z1, z2, z3, …] per column key (i·65536 + j, with i, j offset by 32768). */
export type Columns = Map<number, number[]>

const OFF = 32768
const colKey = (i: number, j: number): number => (i + OFF) * 65536 + (j + OFF)

/** Generalised winding number of point p w.r.t. the mesh (Jacobson 2013; 1 inside, 0 outside). */
export function windingNumber(m: TriMesh, p: V3): number {
  return meshWindingNumber(m.pos, m.idx, p)
}

/** Inside intervals per column: the union over the mesh's pieces (each by its own rule, see splitPieces). */
export function insideColumns(m: TriMesh, grid: Grid = DEFAULT_GRID): Columns {
  return unionColumns(splitPieces(m).map((p) => pieceColumns(p, grid)))
}

function pieceColumns({ mesh: m, mode, sign }: Piece, grid: Grid): Columns {
  const { h, jitter } = grid
  const zRange = [Infinity, -Infinity]
  for (const i of m.idx) {
    zRange[0] = Math.min(zRange[0], m.pos[i * 3 + 2])
    zRange[1] = Math.max(zRange[1], m.pos[i * 3 + 2])
  }
  const hits = new Map<number, number[]>() // key → [z, sign, z, sign, …]
  const p = m.pos
  for (let t = 0; t < m.idx.length; t += 3) {
    const a = m.idx[t] * 3
    const b = m.idx[t + 1] * 3
    const c = m.idx[t + 2] * 3
    const ax = p[a]
    const ay = p[a + 1]
    const bx = p[b]
    const by = p[b + 1]
    const cx = p[c]
    const cy = p[c + 1]
    const area2 = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay) // = 2·(normal z)·area: sign tells the facing
    if (area2 === 0) continue
    const i0 = Math.ceil((Math.min(ax, bx, cx) - jitter) / h - 0.5)
    const i1 = Math.floor((Math.max(ax, bx, cx) - jitter) / h - 0.5)
    const j0 = Math.ceil((Math.min(ay, by, cy) - jitter) / h - 0.5)
    const j1 = Math.floor((Math.max(ay, by, cy) - jitter) / h - 0.5)
    for (let i = i0; i <= i1; i++) {
      const x = (i + 0.5) * h + jitter
      for (let j = j0; j <= j1; j++) {
        const y = (j + 0.5) * h + jitter
        const w0 = (bx - x) * (cy - y) - (cx - x) * (by - y)
        const w1 = (cx - x) * (ay - y) - (ax - x) * (cy - y)
        const w2 = (ax - x) * (by - y) - (bx - x) * (ay - y)
        if (!((w0 >= 0 && w1 >= 0 && w2 >= 0) || (w0 <= 0 && w1 <= 0 && w2 <= 0))) continue
        const z = (w0 * p[a + 2] + w1 * p[b + 2] + w2 * p[c + 2]) / area2
        const key = colKey(i, j)
        const l = hits.get(key)
        // ray towards +z: a triangle facing −z (area2 < 0 in x–y) is entered (+1), facing +z is left (−1)
        const s = (area2 < 0 ? 1 : -1) * sign
        if (l) l.push(z, s)
        else hits.set(key, [z, s])
      }
    }
  }
  const out: Columns = new Map()
  for (const [key, l] of hits) {
    const n = l.length / 2
    const order = Array.from({ length: n }, (_, k) => k).sort((u, v) => l[u * 2] - l[v * 2])
    const zs = order.map((k) => l[k * 2])
    const ss = order.map((k) => l[k * 2 + 1])
    const total = mode === 'winding' ? ss.reduce((s, v) => s + v, 0) : n % 2
    const iv: number[] = []
    if (total === 0) {
      let w = 0
      for (let k = 0; k < n; k++) {
        const was = w !== 0
        w = mode === 'winding' ? w + ss[k] : 1 - w
        const is = w !== 0
        if (!was && is) iv.push(zs[k])
        else if (was && !is) iv.push(zs[k])
      }
    } else {
      const i = Math.floor(key / 65536) - OFF
      const j = (key % 65536) - OFF
      const x = (i + 0.5) * h + jitter
      const y = (j + 0.5) * h + jitter
      // the stretches between crossings, and from the mesh's lowest / highest point to the first / last
      // crossing (an open mesh's inside can end at a hole, not at a crossing)
      const b = [zRange[0], ...zs, zRange[1]]
      for (let k = 0; k + 1 < b.length; k++) {
        if (b[k + 1] - b[k] <= 0) continue
        const inside = sign * windingNumber(m, [x, y, (b[k] + b[k + 1]) / 2]) >= 0.5
        if (!inside) continue
        if (iv.length && iv[iv.length - 1] === b[k]) iv[iv.length - 1] = b[k + 1]
        else iv.push(b[k], b[k + 1])
      }
    }
    if (iv.length) out.set(key, iv)
  }
  return out
}

/** Volume (m³) of a column set. */
export function columnsVolume(c: Columns, grid: Grid = DEFAULT_GRID): number {
  let s = 0
  for (const iv of c.values()) for (let k = 0; k < iv.length; k += 2) s += iv[k + 1] - iv[k]
  return s * grid.h * grid.h
}

function intersectIntervals(a: number[], b: number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i], b[j])
    const hi = Math.min(a[i + 1], b[j + 1])
    if (hi > lo) out.push(lo, hi)
    if (a[i + 1] < b[j + 1]) i += 2
    else j += 2
  }
  return out
}

function unionIntervals(a: number[], b: number[]): number[] {
  const all: [number, number][] = []
  for (let k = 0; k < a.length; k += 2) all.push([a[k], a[k + 1]])
  for (let k = 0; k < b.length; k += 2) all.push([b[k], b[k + 1]])
  all.sort((u, v) => u[0] - v[0])
  const out: number[] = []
  for (const [lo, hi] of all) {
    if (out.length && lo <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], hi)
    else out.push(lo, hi)
  }
  return out
}

export function intersectColumns(a: Columns, b: Columns): Columns {
  const out: Columns = new Map()
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const [k, iv] of small) {
    const other = large.get(k)
    if (!other) continue
    const r = intersectIntervals(iv, other)
    if (r.length) out.set(k, r)
  }
  return out
}

export function unionColumns(list: Columns[]): Columns {
  const out: Columns = new Map()
  for (const c of list) for (const [k, iv] of c) out.set(k, out.has(k) ? unionIntervals(out.get(k)!, iv) : iv.slice())
  return out
}

/** Volume (m³) of a column set that lies within `radius` of `centre` (by interval midpoints, split finely). */
export function columnsVolumeNear(c: Columns, centre: V3, radius: number, grid: Grid = DEFAULT_GRID): number {
  let s = 0
  for (const [key, iv] of c) {
    const x = (Math.floor(key / 65536) - OFF + 0.5) * grid.h + grid.jitter
    const y = ((key % 65536) - OFF + 0.5) * grid.h + grid.jitter
    const dxy2 = (x - centre[0]) ** 2 + (y - centre[1]) ** 2
    if (dxy2 > radius * radius) continue
    const half = Math.sqrt(radius * radius - dxy2)
    const r = intersectIntervals(iv, [centre[2] - half, centre[2] + half])
    for (let k = 0; k < r.length; k += 2) s += r[k + 1] - r[k]
  }
  return s * grid.h * grid.h
}

/** Overlap volume (m³) of two meshes. */
export function overlapVolume(a: TriMesh, b: TriMesh, grid: Grid = DEFAULT_GRID): number {
  return columnsVolume(intersectColumns(insideColumns(a, grid), insideColumns(b, grid)), grid)
}

// ---------------------------------------------------------------------------------------------
// Rays through a mesh (morphometry)

/** Inside intervals [t0, t1, …] along the line o + t·d (all t), by non-zero winding of the crossings. */
export function raySpans(m: TriMesh, o: V3, d: V3): number[] {
  const pieces = piecesOf(m)
  if (pieces.length === 1) return pieceSpans(pieces[0], o, d)
  let out: number[] = []
  for (const p of pieces) out = unionIntervals(out, pieceSpans(p, o, d))
  return out
}

const pieceCache = new WeakMap<TriMesh, Piece[]>()
function piecesOf(m: TriMesh): Piece[] {
  let p = pieceCache.get(m)
  if (!p) {
    p = splitPieces(m)
    pieceCache.set(m, p)
  }
  return p
}

function pieceSpans(p: Piece, o: V3, d: V3): number[] {
  // a line through an edge or a vertex (the mid-sagittal plane holds many) counts a crossing twice or
  // not at all: then the crossings do not balance, and the line is moved by a few micrometres, sideways
  for (let k = 0; k < 6; k++) {
    const e = k * 1.7e-6
    const q: V3 = [o[0] + e * (d[1] + d[2]), o[1] + e * 0.61 * (d[0] + d[2]), o[2] + e * 0.37 * (d[0] + d[1])]
    const r = rayCrossings(p, q, d)
    if (r) return r
  }
  throw new Error('raySpans: no clean line near the requested one')
}

function rayCrossings({ mesh: m, mode, sign }: Piece, o: V3, d: V3): number[] | null {
  const hits: [number, number][] = []
  const p = m.pos
  for (let t = 0; t < m.idx.length; t += 3) {
    const a: V3 = [p[m.idx[t] * 3], p[m.idx[t] * 3 + 1], p[m.idx[t] * 3 + 2]]
    const b: V3 = [p[m.idx[t + 1] * 3], p[m.idx[t + 1] * 3 + 1], p[m.idx[t + 1] * 3 + 2]]
    const c: V3 = [p[m.idx[t + 2] * 3], p[m.idx[t + 2] * 3 + 1], p[m.idx[t + 2] * 3 + 2]]
    const e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]]
    const e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]]
    const hv = [d[1] * e2[2] - d[2] * e2[1], d[2] * e2[0] - d[0] * e2[2], d[0] * e2[1] - d[1] * e2[0]]
    const det = e1[0] * hv[0] + e1[1] * hv[1] + e1[2] * hv[2]
    if (det === 0) continue
    const inv = 1 / det
    const s = [o[0] - a[0], o[1] - a[1], o[2] - a[2]]
    const u = (s[0] * hv[0] + s[1] * hv[1] + s[2] * hv[2]) * inv
    if (u < 0 || u > 1) continue
    const k = [s[1] * e1[2] - s[2] * e1[1], s[2] * e1[0] - s[0] * e1[2], s[0] * e1[1] - s[1] * e1[0]]
    const v = (d[0] * k[0] + d[1] * k[1] + d[2] * k[2]) * inv
    if (v < 0 || u + v > 1) continue
    const tt = (e2[0] * k[0] + e2[1] * k[1] + e2[2] * k[2]) * inv
    // the normal (e1 × e2) against d: det = −d·(e1×e2), so det > 0 means the ray enters
    hits.push([tt, (det > 0 ? 1 : -1) * sign])
  }
  hits.sort((x, y) => x[0] - y[0])
  // two crossings at the same place: the line runs through an edge or a vertex (the mid-sagittal plane of a mirrored
  // mesh holds many), counted once per triangle; they can balance and still be wrong (a canal found solid): move the line
  for (let k = 1; k < hits.length; k++) if (hits[k][0] - hits[k - 1][0] < 1e-9) return null
  const out: number[] = []
  let w = 0
  for (const [t, s] of hits) {
    const was = w !== 0
    w = mode === 'winding' ? w + s : 1 - w
    if (was !== (w !== 0)) out.push(t)
  }
  return w === 0 ? out : null
}

/** The inside span containing t = 0 along o + t·d, as [t0, t1], or null. */
export function spanAt(m: TriMesh, o: V3, d: V3, t = 0): [number, number] | null {
  const s = raySpans(m, o, d)
  for (let k = 0; k < s.length; k += 2) if (s[k] <= t && t <= s[k + 1]) return [s[k], s[k + 1]]
  return null
}

// ---------------------------------------------------------------------------------------------
// Vertebral morphometry in each vertebra's reference frame (design.md / anatomy-reference §3:
// origin the body centre landmark, +y along the chord lower → upper joint centre, +z anterior,
// +x patient left; rest orientation = rotation about X by chordLeanDeg).

export interface VertebraMorphometry {
  /** anterior body height: along local y, 2 mm behind the anterior rim of the upper endplate, mid-sagittal */
  anteriorBodyHeight: number
  /** upper endplate width: widest transverse chord of the body 1.5 mm under the upper endplate */
  upperEndplateWidth: number
  /** upper endplate depth: mid-sagittal antero-posterior chord 1.5 mm under the upper endplate */
  upperEndplateDepth: number
  /** body width: widest transverse chord of the body at mid-height (the waist) */
  bodyWidth: number
  /** canal width: widest transverse span of the canal at the pedicle level */
  canalWidth: number
  /** canal depth: mid-sagittal span from the posterior body wall to the lamina at the pedicle level */
  canalDepth: number
  /** pedicle width: narrowest medio-lateral bone width of the pedicle (perpendicular to its axis), mean of both sides */
  pedicleWidth: number
}

/** A mesh moved to a frame at `c` (metres) turned by `angle` (radians) about x: +y → (0, cos, sin), +z → (0, −sin, cos). */
function toTiltedFrame(m: TriMesh, c: ArrayLike<number>, angle: number): TriMesh {
  const cs = Math.cos(angle)
  const sn = Math.sin(angle)
  const pos = new Float64Array(m.pos.length)
  for (let i = 0; i < pos.length; i += 3) {
    const x = m.pos[i] - c[0]
    const y = m.pos[i + 1] - c[1]
    const z = m.pos[i + 2] - c[2]
    pos[i] = x
    pos[i + 1] = cs * y + sn * z
    pos[i + 2] = -sn * y + cs * z
  }
  return { pos, idx: m.idx }
}

/** The vertebra's mesh in its local frame (metres). */
export function toVertebraFrame(m: TriMesh, level: Level): TriMesh {
  const c = (REF.landmarks as Record<string, { position_m: number[] }>)[`bodyCentre${level}`].position_m
  return toTiltedFrame(m, c, (REF.vertebrae[level].chordLeanDeg * Math.PI) / 180)
}

const X: V3 = [1, 0, 0]
const Y: V3 = [0, 1, 0]
const Z: V3 = [0, 0, 1]
const len = (s: [number, number] | null): number => (s ? s[1] - s[0] : 0)

/** Widest transverse span (along x) of a mesh in the plane y, over z from 2 mm inside `zBack` to 2 mm inside `zFront`, every 0.25 mm. */
function widestX(m: TriMesh, y: number, zBack: number, zFront: number): number {
  const n = Math.round((zFront - zBack - 0.004) / 0.00025)
  let width = 0
  for (let k = 0; k <= n; k++) width = Math.max(width, len(spanAt(m, [0, y, zBack + 0.002 + k * 0.00025], X)))
  return width
}

/** An endplate's size (m): mid-sagittal depth along z and widest transverse span along x, in a plane y = const. */
export interface EndplateSize {
  width: number
  depth: number
  /** posterior and anterior ends of the mid-sagittal depth (z) */
  zBack: number
  zFront: number
}

function endplateAt(m: TriMesh, y: number, what: string): EndplateSize {
  const d = spanAt(m, [0, y, 0], Z)
  if (!d) throw new Error(`${what}: no bone under the endplate`)
  return { width: widestX(m, y, d[0], d[1]), depth: d[1] - d[0], zBack: d[0], zFront: d[1] }
}

/** Morphometry of one vertebra (mesh in world coordinates; measured in its local frame), metres. */
export function vertebraMorphometry(world: TriMesh, level: Level): VertebraMorphometry {
  const m = toVertebraFrame(world, level)
  const step = 0.00025
  const range = (a: number, b: number): number[] => Array.from({ length: Math.round((b - a) / step) + 1 }, (_, k) => a + k * step)
  // the body along the chord through the centre: its top and bottom
  const axial = spanAt(m, [0, 0, 0], Y)
  if (!axial) throw new Error(`${level}: the body centre is not inside the bone`)
  const [yLo, yHi] = axial
  // upper endplate 1.5 mm under its surface: depth mid-sagittal, from the posterior wall to the anterior rim
  const upper = endplateAt(m, yHi - 0.0015, `${level} upper endplate`)
  const { zBack, zFront } = upper
  const anterior = spanAt(m, [0, (yLo + yHi) / 2, zFront - 0.002], Y)
  // canal at the pedicle level (reference pedicle centre height)
  const pc = REF.vertebrae[level].posteriorElementsLocal_mm.pedicleCentre.map((v) => v / 1000) as V3
  const yP = pc[1]
  const post = spanAt(m, [0, yP, 0], Z)
  if (!post) throw new Error(`${level}: no body at the pedicle level`)
  // from the posterior wall backwards: the first bone behind it is the lamina (or spinous root)
  const behind = raySpans(m, [0, yP, post[0]], [0, 0, -1])
  const canalDepth = behind.find((t, k) => k % 2 === 0 && t > 1e-6)
  if (canalDepth === undefined) throw new Error(`${level}: no lamina behind the canal`)
  const zCanal = range(post[0] - canalDepth * 0.8, post[0] - canalDepth * 0.2)
  const canalWidth = Math.max(
    ...zCanal.map((z) => {
      const s = raySpans(m, [0, yP, z], X)
      const right = s.filter((t) => t < 0)
      const left = s.filter((t) => t > 0)
      return right.length && left.length ? Math.min(...left) - Math.max(...right) : 0
    }),
  )
  // pedicle: between the posterior body wall and the lamina, per side the bone interval just lateral to the canal
  const pedicle = (sign: 1 | -1): number => {
    // from the wall backwards until the outer side jumps out (> 1 mm per step: the transverse process or lamina root),
    // so the fitted axis is the pedicle's own; the canal's depth alone used to decide how much of the root counted
    const pts: { z: number; mid: number; w: number }[] = []
    let outer = NaN
    for (const z of range(post[0] - canalDepth * 0.9, post[0] - 0.001).reverse()) {
      const s = raySpans(m, [0, yP, z], [sign, 0, 0])
      const k = s.findIndex((t, i) => i % 2 === 0 && t > 0)
      if (k < 0) continue
      if (s[k + 1] - outer > 0.001) break
      outer = s[k + 1]
      pts.push({ z, mid: (sign * (s[k] + s[k + 1])) / 2, w: s[k + 1] - s[k] })
    }
    if (pts.length < 3) return 0
    // axis direction from a least-squares line through the interval midpoints (x against z)
    const n = pts.length
    const mz = pts.reduce((a, p) => a + p.z, 0) / n
    const mx = pts.reduce((a, p) => a + p.mid, 0) / n
    const slope = pts.reduce((a, p) => a + (p.z - mz) * (p.mid - mx), 0) / pts.reduce((a, p) => a + (p.z - mz) ** 2, 0)
    return Math.min(...pts.map((p) => p.w)) * Math.cos(Math.atan(slope))
  }
  return {
    anteriorBodyHeight: len(anterior),
    upperEndplateWidth: upper.width,
    upperEndplateDepth: upper.depth,
    bodyWidth: widestX(m, (yLo + yHi) / 2, zBack, zFront),
    canalWidth,
    canalDepth,
    pedicleWidth: (pedicle(1) + pedicle(-1)) / 2,
  }
}

/** Transverse and spinous processes of one vertebra, in its local frame (metres). */
export interface PosteriorElements {
  /** tip to tip of the transverse processes: the vertebra's extent along x */
  transverseProcessSpan: number
  /** right transverse process halfway between its reference root and tip, in the plane x = const: cranio-caudal height, front-to-back thickness, area (m²) */
  transverseProcessHeight: number
  transverseProcessThickness: number
  transverseProcessArea: number
  /** how far forward the bone at the transverse process's root reaches (plane x = the reference root, its height), against the body's posterior wall: ≥ 0 where the process springs from the body too */
  transverseRootFrontToBodyWall: number
  /** spinous process halfway from the lamina to the reference tip, in the plane z = const: height along y (tallest), width along x there */
  spinousHeight: number
  spinousWidth: number
}

/** Length of the span s (along a ray from o) inside [lo, hi]. */
const clip = (s: [number, number] | null, o: number, lo: number, hi: number): number => (s ? Math.max(0, Math.min(hi, o + s[1]) - Math.max(lo, o + s[0])) : 0)

/** Transverse and spinous processes of one vertebra (mesh in world coordinates), metres. */
export function posteriorElements(world: TriMesh, level: Level): PosteriorElements {
  const m = toVertebraFrame(world, level)
  let x0 = Infinity
  let x1 = -Infinity
  for (let i = 0; i < m.pos.length; i += 3) {
    x0 = Math.min(x0, m.pos[i])
    x1 = Math.max(x1, m.pos[i])
  }
  const pe = REF.vertebrae[level].posteriorElementsLocal_mm
  const local = (p: number[]): V3 => p.map((v) => v / 1000) as V3
  const root = local(pe.transverseProcessRoot)
  const tip = local(pe.transverseProcessTip)
  const mid: V3 = [(root[0] + tip[0]) / 2, (root[1] + tip[1]) / 2, (root[2] + tip[2]) / 2]
  const step = 0.00025
  // the transverse process's section: rows 12 mm either side of its axis (nothing else of the vertebra is this far out)
  const near = (c: number): number[] => Array.from({ length: Math.round(0.024 / step) + 1 }, (_, k) => c - 0.012 + k * step)
  let height = 0
  for (const z of near(mid[2])) height = Math.max(height, clip(spanAt(m, [mid[0], mid[1], z], Y), mid[1], mid[1] - 0.012, mid[1] + 0.012))
  let thickness = 0
  let area = 0
  for (const y of near(mid[1])) {
    thickness = Math.max(thickness, clip(spanAt(m, [mid[0], y, mid[2]], Z), mid[2], mid[2] - 0.012, mid[2] + 0.012))
    // area by the midpoint rule: rows half a step off the thickness rows
    area += clip(spanAt(m, [mid[0], y + step / 2, mid[2]], Z), mid[2], mid[2] - 0.012, mid[2] + 0.012) * step
  }
  const rootSpan = spanAt(m, root, Z)
  const wall = spanAt(m, [0, root[1], 0], Z)
  if (!rootSpan || !wall) throw new Error(`${level}: no bone at the transverse process root or the body`)
  // spinous process halfway from the lamina's back (reference lamina centre, 4 mm behind it) to the tip
  const lam = local(pe.laminaCentre)
  const sp = local(pe.spinousProcessTip)
  const zs = (lam[2] - 0.004 + sp[2]) / 2
  let spinous: [number, number] = [0, 0]
  for (let y = sp[1] - 0.02; y <= lam[1] + 0.02; y += step) {
    const s = spanAt(m, [0, y, zs], Y)
    if (s && s[1] - s[0] > spinous[1] - spinous[0]) spinous = [y + s[0], y + s[1]]
  }
  return {
    transverseProcessSpan: x1 - x0,
    transverseProcessHeight: height,
    transverseProcessThickness: thickness,
    transverseProcessArea: area,
    transverseRootFrontToBodyWall: root[2] + rootSpan[1] - wall[0],
    spinousHeight: spinous[1] - spinous[0],
    spinousWidth: len(spanAt(m, [0, (spinous[0] + spinous[1]) / 2, zs], X)),
  }
}

/** Landmarks of the right hip bone (issue 9 item 1), on rays through the mesh. */
export interface HipLandmarks {
  /** crest samples every 2 mm (arc length from the ASIS, m): how far the bone stands out of the crest line on its outer side, from 15 mm below to 5 mm above it (m) */
  crestProfile: { s: number; out: number }[]
  /** at the reference iliac tubercle point, over the mean of the profile 25 mm either side along the crest (m) */
  iliacTubercle: number
  /** ischium's posterior border: per height (m), the bone's furthest reach posteromedially from the hip centre ((medial − posterior)/√2, m) */
  ischialBorder: { y: number; reach: number }[]
  /** the border's highest peak between 5 and 35 mm below the hip centre, over the border 15 mm above and below it (m) */
  ischialSpine: number
  /** the spine's tip (where the peak's ray meets the bone), against the hip centre (m; right side: +x medial) */
  ischialSpineTipFromHip: V3
}

/** The first entry into the mesh along o + t·d (t > 0), or null. */
function firstHit(m: TriMesh, o: V3, d: V3): number | null {
  const s = raySpans(m, o, d)
  for (let k = 0; k < s.length; k += 2) if (s[k + 1] > 0) return Math.max(0, s[k])
  return null
}

/** The right hip bone's landmarks from the pelvis mesh (both hip bones, world coordinates). */
export function hipLandmarks(pelvisWorld: TriMesh): HipLandmarks {
  const P = REF.pelvis
  // the crest as the reference polyline, every 2 mm of arc length
  const pts = P.iliacCrestRight_m.points as V3[]
  const samples: { p: V3; t: V3; s: number }[] = []
  let s0 = 0
  for (let k = 0; k < pts.length - 1; k++) {
    const a = pts[k]
    const b = pts[k + 1]
    const L = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])
    const t: V3 = [(b[0] - a[0]) / L, (b[1] - a[1]) / L, (b[2] - a[2]) / L]
    for (let u = 0; u < L; u += 0.002) samples.push({ p: [a[0] + t[0] * u, a[1] + t[1] * u, a[2] + t[2] * u], t, s: s0 + u })
    s0 += L
  }
  const FAR = 0.04
  const crestProfile = samples.map(({ p, t, s }) => {
    // outward: horizontal, perpendicular to the crest, away from the midline (−x on the right); rays come in from 40 mm out
    const h = Math.hypot(t[0], t[2])
    let n: V3 = [t[2] / h, 0, -t[0] / h]
    if (n[0] > 0) n = [-n[0], 0, -n[2]]
    let out = 0
    for (let dy = -0.015; dy <= 0.005 + 1e-9; dy += 0.001) {
      const hit = firstHit(pelvisWorld, [p[0] + n[0] * FAR, p[1] + dy, p[2] + n[2] * FAR], [-n[0], 0, -n[2]])
      if (hit !== null && hit < 2 * FAR) out = Math.max(out, FAR - hit)
    }
    return { s, out }
  })
  const names = P.iliacCrestRight_m.names as string[]
  const tp = pts[names.indexOf('iliacTubercle')]
  const dist = (x: { p: V3 }): number => Math.hypot(x.p[0] - tp[0], x.p[1] - tp[1], x.p[2] - tp[2])
  const sT = samples.reduce((best, x) => (dist(x) < dist(best) ? x : best)).s
  const at = (s: number): number => crestProfile.reduce((best, x) => (Math.abs(x.s - s) < Math.abs(best.s - s) ? x : best)).out
  const iliacTubercle = at(sT) - (at(sT - 0.025) + at(sT + 0.025)) / 2
  // the ischium's posterior border: rays from 80 mm posteromedial of the hip centre toward it, side by side (±30 mm)
  const H = P.acetabulumRight.centre_m as V3
  const dIn: V3 = [-Math.SQRT1_2, 0, Math.SQRT1_2] // anterolateral: into the bone from behind and medial
  const side: V3 = [Math.SQRT1_2, 0, Math.SQRT1_2]
  const ischialBorder: { y: number; reach: number; tip: V3 }[] = []
  for (let k = 0; k <= 50; k++) {
    const y = H[1] + 0.005 - k * 0.001
    let reach = -Infinity
    let tip: V3 = H
    for (let w = -0.03; w <= 0.03 + 1e-9; w += 0.001) {
      const o: V3 = [H[0] - dIn[0] * 0.08 + side[0] * w, y, H[2] - dIn[2] * 0.08 + side[2] * w]
      const hit = firstHit(pelvisWorld, o, dIn)
      if (hit !== null && 0.08 - hit > reach) {
        reach = 0.08 - hit
        tip = [o[0] + dIn[0] * hit, y, o[2] + dIn[2] * hit]
      }
    }
    ischialBorder.push({ y, reach, tip })
  }
  const band = ischialBorder.filter((b) => b.y <= H[1] - 0.005 + 1e-9 && b.y >= H[1] - 0.035 - 1e-9)
  const peak = band.reduce((a, b) => (b.reach > a.reach ? b : a))
  const near = (y: number): number => ischialBorder.reduce((a, b) => (Math.abs(b.y - y) < Math.abs(a.y - y) ? b : a)).reach
  return {
    crestProfile,
    iliacTubercle,
    ischialBorder: ischialBorder.map(({ y, reach }) => ({ y, reach })),
    ischialSpine: peak.reach - Math.max(near(peak.y + 0.015), near(peak.y - 0.015)),
    ischialSpineTipFromHip: [peak.tip[0] - H[0], peak.tip[1] - H[1], peak.tip[2] - H[2]],
  }
}

/** Horizontal cross-section (plane y = const) of a mesh: area (m²), x / z extents (m) and centroid (m), by rows of rays along x. */
export function horizontalSection(m: TriMesh, y: number, zMin: number, zMax: number, step = 0.00025): { area: number; width: number; thickness: number; centroid: [number, number] | null } {
  let area = 0
  let mx = 0
  let mz = 0
  let x0 = Infinity
  let x1 = -Infinity
  let z0 = Infinity
  let z1 = -Infinity
  for (let k = 0; ; k++) {
    const z = zMin + (k + 0.5) * step
    if (z > zMax) break
    const s = raySpans(m, [0, y, z], X)
    for (let i = 0; i < s.length; i += 2) {
      const a = (s[i + 1] - s[i]) * step
      area += a
      mx += ((s[i] + s[i + 1]) / 2) * a
      mz += z * a
      x0 = Math.min(x0, s[i])
      x1 = Math.max(x1, s[i + 1])
      z0 = Math.min(z0, z)
      z1 = Math.max(z1, z)
    }
  }
  return area ? { area, width: x1 - x0, thickness: z1 - z0 + step, centroid: [mx / area, mz / area] } : { area: 0, width: 0, thickness: 0, centroid: null }
}

/** The area (m²) of a mesh's horizontal section (plane y = const) that lies inside any of `others`, by the same rows of rays. */
export function horizontalSectionOverlap(m: TriMesh, others: TriMesh[], y: number, zMin: number, zMax: number, step = 0.00025): number {
  let area = 0
  for (let k = 0; ; k++) {
    const z = zMin + (k + 0.5) * step
    if (z > zMax) break
    const s = raySpans(m, [0, y, z], X)
    if (!s.length) continue
    let o: number[] = []
    for (const other of others) o = unionIntervals(o, raySpans(other, [0, y, z], X))
    const r = intersectIntervals(s, o)
    for (let i = 0; i < r.length; i += 2) area += (r[i + 1] - r[i]) * step
  }
  return area
}

/** How far along the unit direction d from o the ray first crosses the mesh's surface (m), or null if it never does. */
export function rayDistance(m: TriMesh, o: V3, d: V3): number | null {
  const t = raySpans(m, o, d).find((v) => v > 0)
  return t === undefined ? null : t
}

/** 200 directions spread evenly over the sphere (a Fibonacci lattice). */
const SPHERE: V3[] = Array.from({ length: 200 }, (_, k) => {
  const y = 1 - (2 * k + 1) / 200
  const a = k * Math.PI * (3 - Math.sqrt(5))
  const r = Math.sqrt(1 - y * y)
  return [r * Math.cos(a), y, r * Math.sin(a)]
})

/** The nearest of a mesh's surface from p along 200 directions (m; a few per cent over the true distance), or null. */
export function surfaceGap(m: TriMesh, p: V3): number | null {
  let best: number | null = null
  for (const d of SPHERE) {
    const t = rayDistance(m, p, d)
    if (t !== null && (best === null || t < best)) best = t
  }
  return best
}

/** One height of a nerve's course beside muscles: see nerveBesideMuscles. */
export interface NerveCourseRow {
  y: number
  /** the centroid of the nerve's horizontal section (x, z), or null where the nerve is not at this height */
  centre: [number, number] | null
  /** the share of that section inside any of the muscles */
  shareInMuscle: number
  /** per muscle: is the centroid inside it? */
  centreInside: boolean[]
  /** per muscle: the nerve's surface off the muscle's (m; the centre's nearest distance less the nerve's radius; −radius where the centre is inside) */
  gaps: number[]
}

/**
 * A nerve's course beside muscles on the built meshes, every `step` of height from yTop down to yBottom (m): its
 * horizontal section's centroid, the share of the section inside the muscles, and its surface's distance to each.
 */
export function nerveBesideMuscles(nerve: TriMesh, muscles: TriMesh[], yTop: number, yBottom: number, step: number, radius: number): NerveCourseRow[] {
  const rows: NerveCourseRow[] = []
  for (let k = 0; ; k++) {
    const y = yTop - k * step
    if (y < yBottom - 1e-9) break
    const s = horizontalSection(nerve, y, -0.2, 0.1)
    if (!s.centroid) {
      rows.push({ y, centre: null, shareInMuscle: 0, centreInside: [], gaps: [] })
      continue
    }
    const c: V3 = [s.centroid[0], y, s.centroid[1]]
    const centreInside = muscles.map((m) => Math.abs(windingNumber(m, c)) > 0.5)
    rows.push({
      y,
      centre: s.centroid,
      shareInMuscle: horizontalSectionOverlap(nerve, muscles, y, -0.2, 0.1) / s.area,
      centreInside,
      gaps: muscles.map((m, i) => (centreInside[i] ? -radius : (surfaceGap(m, c) ?? Infinity) - radius)),
    })
  }
  return rows
}

/** The courses issue 9 item 3 asks for: the genitofemoral on the psoas, the femoral in the groove between psoas and iliacus (right side). */
export interface NerveCourses {
  /** from 5 mm under its reference exit down to the reference point on the psoas at L5, every 5 mm; gaps to the psoas */
  genitofemoral: NerveCourseRow[]
  /** from 8 mm under its reference exit to the inguinal ligament, every 4 mm; gaps to psoas and iliacus */
  femoral: NerveCourseRow[]
}

export function nerveCourses(meshes: Map<string, TriMesh>): NerveCourses {
  const gf = REF.nerves.genitofemoral
  const fem = REF.nerves.femoral
  const psoas = meshes.get('psoasMajorRight')!
  const iliacus = meshes.get('iliacusRight')!
  return {
    genitofemoral: nerveBesideMuscles(
      meshes.get('genitofemoralRight')!,
      [psoas],
      gf.exitFromPsoas.position_m[1] - 0.005,
      gf.waypoints.find((w) => w.name === 'onPsoasSurfaceL5')!.position_m[1],
      0.005,
      gf.diameterMm / 2000,
    ),
    femoral: nerveBesideMuscles(
      meshes.get('femoralRight')!,
      [psoas, iliacus],
      fem.exitFromPsoas.position_m[1] - 0.008,
      fem.waypoints.find((w) => w.name.startsWith('underInguinalLigament'))!.position_m[1],
      0.004,
      fem.diameterMm / 2000,
    ),
  }
}

export const PSOAS_LEVELS = ['L1', 'L2', 'L3', 'L4', 'L4L5', 'L5'] as const
export type PsoasLevel = (typeof PSOAS_LEVELS)[number]

/** Psoas (right; the left is its mirror) cross-section at each reference level: the plane y = the level's y. */
export function psoasSections(psoasRight: TriMesh): Record<PsoasLevel, { area: number; width: number; thickness: number }> {
  const per = REF.psoas.perLevel as unknown as Record<string, { centre_m: number[] }>
  return Object.fromEntries(
    PSOAS_LEVELS.map((l) => {
      const c = per[l].centre_m
      const { area, width, thickness } = horizontalSection(psoasRight, c[1], c[2] - 0.06, c[2] + 0.06)
      return [l, { area, width, thickness }]
    }),
  ) as Record<PsoasLevel, { area: number; width: number; thickness: number }>
}

// ---------------------------------------------------------------------------------------------
// The whole model

export const VERTEBRAE = LEVELS.map((l) => `vertebra${l}`)
export const BONES = [...VERTEBRAE, 'sacrum', 'pelvis', 'femurLeft', 'femurRight']
export const DISCS = ['discL1L2', 'discL2L3', 'discL3L4', 'discL4L5', 'discL5S1']
export const MUSCLES = ['psoasMajorLeft', 'psoasMajorRight', 'iliacusLeft', 'iliacusRight']
export const NERVES = ['iliohypogastric', 'ilioinguinal', 'genitofemoral', 'lateralFemoralCutaneous', 'femoral', 'obturator', 'lumbosacralTrunk'].flatMap(
  (n) => [`${n}Left`, `${n}Right`],
)
/** Soft tissue tested against bone (issue 9: psoas, iliacus, nerves). */
export const SOFT = [...MUSCLES, ...NERVES]
export const STRUCTURES = [...BONES, ...DISCS, ...SOFT]

export interface StructureQuality extends Topology {
  id: string
  /** m³ */
  volume: number
  selfIntersections: number
  /** of which between two different connected pieces (e.g. fascicles that pass through each other) */
  selfIntersectionsBetweenPieces: number
}

export interface JointOverlap {
  joint: string
  a: string
  b: string
  /** m³ of bone inside bone, whole pair */
  volume: number
  /** facet joints only: m³ within `FACET_RADIUS` of each facet joint centre (left, right) */
  facets?: { left: number; right: number }
}

/**
 * L5's lower endplate (1.5 mm above it, in L5's frame) and the sacrum's S1 endplate (1.5 mm under it, in a frame on the
 * reference S1 endplate centre with +y along its normal at the reference sacral slope), metres.
 */
export function lumbosacralEndplates(l5World: TriMesh, sacrumWorld: TriMesh): { l5Lower: EndplateSize; s1: EndplateSize } {
  const l5 = toVertebraFrame(l5World, 'L5')
  const axial = spanAt(l5, [0, 0, 0], Y)
  if (!axial) throw new Error('L5: the body centre is not inside the bone')
  // +y along the S1 endplate normal (0, cos, sin) at the reference sacral slope, +z anterior in its plane
  const c = (REF.landmarks as Record<string, { position_m: number[] }>).s1EndplateCentre.position_m
  const s1 = toTiltedFrame(sacrumWorld, c, (REF.sacrum.sacralSlopeDeg.value * Math.PI) / 180)
  const top = spanAt(s1, [0, -0.006, 0], Y)
  if (!top) throw new Error('sacrum: no body under the S1 endplate centre')
  return { l5Lower: endplateAt(l5, axial[0] + 0.0015, 'L5 lower endplate'), s1: endplateAt(s1, -0.006 + top[1] - 0.0015, 'S1 endplate') }
}

export interface ModelMeasurements {
  grid: Grid
  quality: StructureQuality[]
  /** per soft-tissue structure: m³ inside any bone, and per bone */
  softInBone: { id: string; volume: number; byBone: Record<string, number> }[]
  /** muscle against muscle on each side (m³) */
  muscleOverlap: { a: string; b: string; volume: number }[]
  joints: JointOverlap[]
  /** bone pairs that are not a joint but overlap (m³) */
  otherBoneOverlaps: { a: string; b: string; volume: number }[]
  vertebrae: Record<Level, VertebraMorphometry>
  /** transverse and spinous processes per level */
  processes: Record<Level, PosteriorElements>
  /** the right hip bone's iliac tubercle and ischial spine */
  hip: HipLandmarks
  /** right psoas cross-sections per reference level (m², m) */
  psoas: Record<PsoasLevel, { area: number; width: number; thickness: number }>
  /** the right psoas's highest point (m, y) */
  psoasTop: number
  /** L5's lower endplate and the S1 endplate (issue 9: S1 at least as large) */
  lumbosacral: { l5Lower: EndplateSize; s1: EndplateSize }
  /** the genitofemoral on the psoas and the femoral in the groove (right side) */
  nerveCourses: NerveCourses
}

export const FACET_RADIUS = 0.012

const facetCentreRight = (key: string): V3 => (REF.facetJointCentresRestRight_m as Record<string, number[]>)[key] as V3

export const JOINTS: { joint: string; a: string; b: string; facet?: string }[] = [
  { joint: 'L1/L2', a: 'vertebraL1', b: 'vertebraL2', facet: 'L1L2' },
  { joint: 'L2/L3', a: 'vertebraL2', b: 'vertebraL3', facet: 'L2L3' },
  { joint: 'L3/L4', a: 'vertebraL3', b: 'vertebraL4', facet: 'L3L4' },
  { joint: 'L4/L5', a: 'vertebraL4', b: 'vertebraL5', facet: 'L4L5' },
  { joint: 'L5/S1', a: 'vertebraL5', b: 'sacrum', facet: 'L5S1' },
  { joint: 'sacroiliac', a: 'pelvis', b: 'sacrum' },
  { joint: 'hip left', a: 'femurLeft', b: 'pelvis' },
  { joint: 'hip right', a: 'femurRight', b: 'pelvis' },
]

export function measureDocument(doc: Document, grid: Grid = DEFAULT_GRID): ModelMeasurements {
  const meshes = new Map(STRUCTURES.map((id) => [id, structureMesh(doc, id)]))
  const quality: StructureQuality[] = STRUCTURES.map((id) => {
    const m = meshes.get(id)!
    const si = selfIntersectionsByPiece(m)
    return { id, ...topology(m), volume: volume(m), selfIntersections: si.within + si.between, selfIntersectionsBetweenPieces: si.between }
  })
  const cols = new Map([...BONES, ...SOFT].map((id) => [id, insideColumns(meshes.get(id)!, grid)]))
  const allBone = unionColumns(BONES.map((b) => cols.get(b)!))
  const softInBone = SOFT.map((id) => {
    const c = cols.get(id)!
    const byBone: Record<string, number> = {}
    for (const b of BONES) {
      const v = columnsVolume(intersectColumns(c, cols.get(b)!), grid)
      if (v > 0) byBone[b] = v
    }
    return { id, volume: columnsVolume(intersectColumns(c, allBone), grid), byBone }
  })
  const muscleOverlap = (['Left', 'Right'] as const).map((s) => ({
    a: `psoasMajor${s}`,
    b: `iliacus${s}`,
    volume: columnsVolume(intersectColumns(cols.get(`psoasMajor${s}`)!, cols.get(`iliacus${s}`)!), grid),
  }))
  const joints: JointOverlap[] = JOINTS.map(({ joint, a, b, facet }) => {
    const inter = intersectColumns(cols.get(a)!, cols.get(b)!)
    const out: JointOverlap = { joint, a, b, volume: columnsVolume(inter, grid) }
    if (facet) {
      const r = facetCentreRight(facet)
      out.facets = { left: columnsVolumeNear(inter, [-r[0], r[1], r[2]], FACET_RADIUS, grid), right: columnsVolumeNear(inter, r, FACET_RADIUS, grid) }
    }
    return out
  })
  const jointPairs = new Set(JOINTS.map((j) => [j.a, j.b].sort().join('|')))
  const otherBoneOverlaps: { a: string; b: string; volume: number }[] = []
  for (let i = 0; i < BONES.length; i++)
    for (let j = i + 1; j < BONES.length; j++) {
      if (jointPairs.has([BONES[i], BONES[j]].sort().join('|'))) continue
      const v = columnsVolume(intersectColumns(cols.get(BONES[i])!, cols.get(BONES[j])!), grid)
      if (v > 0) otherBoneOverlaps.push({ a: BONES[i], b: BONES[j], volume: v })
    }
  const vertebrae = Object.fromEntries(LEVELS.map((l) => [l, vertebraMorphometry(meshes.get(`vertebra${l}`)!, l)])) as Record<Level, VertebraMorphometry>
  const processes = Object.fromEntries(LEVELS.map((l) => [l, posteriorElements(meshes.get(`vertebra${l}`)!, l)])) as Record<Level, PosteriorElements>
  const hip = hipLandmarks(meshes.get('pelvis')!)
  const psoas = psoasSections(meshes.get('psoasMajorRight')!)
  const psoasRight = meshes.get('psoasMajorRight')!
  let psoasTop = -Infinity
  for (let i = 1; i < psoasRight.pos.length; i += 3) psoasTop = Math.max(psoasTop, psoasRight.pos[i])
  const lumbosacral = lumbosacralEndplates(meshes.get('vertebraL5')!, meshes.get('sacrum')!)
  return { grid, quality, softInBone, muscleOverlap, joints, otherBoneOverlaps, vertebrae, processes, hip, psoas, psoasTop, lumbosacral, nerveCourses: nerveCourses(meshes) }
}

export async function measureModel(file: string, grid: Grid = DEFAULT_GRID): Promise<ModelMeasurements> {
  return measureDocument(await readModel(file), grid)
}

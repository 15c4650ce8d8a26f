/**
 * Surface nets on a regular grid with block culling, then meshoptimizer simplification.
 * Units: whatever the field uses (the builders use millimetres). Winding is made outward (checked against the
 * field gradient), normals come from the field gradient.
 */
import { MeshoptSimplifier } from 'meshoptimizer'
import type { Box3, Sdf } from './sdf.ts'
import { gradient } from './sdf.ts'
import { badEdgeCount, intersectingTrianglePairs } from './meshcheck.ts'

export interface MeshData {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
}

const BLOCK = 8

/** Extract the zero level set of f inside box at voxel size h. */
export function surfaceNets(f: Sdf, box: Box3, h: number): { positions: Float32Array; indices: Uint32Array } {
  // grid points symmetric about x = 0 when the box is (keeps mirrored shapes mirrored)
  const nx = Math.ceil((box.max[0] - box.min[0]) / h) + 1
  const ny = Math.ceil((box.max[1] - box.min[1]) / h) + 1
  const nz = Math.ceil((box.max[2] - box.min[2]) / h) + 1
  const ox = (box.min[0] + box.max[0]) / 2 - ((nx - 1) * h) / 2
  const oy = (box.min[1] + box.max[1]) / 2 - ((ny - 1) * h) / 2
  const oz = (box.min[2] + box.max[2]) / 2 - ((nz - 1) * h) / 2
  const vals = new Float32Array(nx * ny * nz)
  const idx = (i: number, j: number, k: number): number => i + nx * (j + ny * k)
  const halfDiag = (Math.sqrt(3) * BLOCK * h) / 2
  const margin = 2 * h + 1.0
  // blocks the field is far from the surface in: every point of one has the sign of its centre, so no cell or edge in
  // it changes sign, and the passes below step over it (a long nerve's box is mostly such blocks: the build's nerves
  // stage took 33 s instead of 21 s, for the same meshes)
  const bnx = Math.ceil(nx / BLOCK)
  const bny = Math.ceil(ny / BLOCK)
  const far = new Uint8Array(bnx * bny * Math.ceil(nz / BLOCK))
  /** the block of grid point (or cell) i, j, k */
  const blockOf = (i: number, j: number, k: number): number => ((k / BLOCK) | 0) * bnx * bny + ((j / BLOCK) | 0) * bnx + ((i / BLOCK) | 0)
  for (let bk = 0; bk < nz; bk += BLOCK)
    for (let bj = 0; bj < ny; bj += BLOCK)
      for (let bi = 0; bi < nx; bi += BLOCK) {
        const ie = Math.min(bi + BLOCK, nx - 1)
        const je = Math.min(bj + BLOCK, ny - 1)
        const ke = Math.min(bk + BLOCK, nz - 1)
        const cx = ox + ((bi + ie) / 2) * h
        const cy = oy + ((bj + je) / 2) * h
        const cz = oz + ((bk + ke) / 2) * h
        const dc = f(cx, cy, cz)
        const skip = Math.abs(dc) > halfDiag + margin
        if (skip) far[blockOf(bi, bj, bk)] = 1
        for (let k = bk; k <= ke; k++)
          for (let j = bj; j <= je; j++)
            for (let i = bi; i <= ie; i++) {
              vals[idx(i, j, k)] = skip ? dc : f(ox + i * h, oy + j * h, oz + k * h)
            }
      }
  // one vertex per sign-changing cell
  const cellVert = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1)
  const cidx = (i: number, j: number, k: number): number => i + (nx - 1) * (j + (ny - 1) * k)
  const pos: number[] = []
  const corner = new Float64Array(8)
  const EDGES = [
    [0, 1], [2, 3], [4, 5], [6, 7],
    [0, 2], [1, 3], [4, 6], [5, 7],
    [0, 4], [1, 5], [2, 6], [3, 7],
  ]
  for (let k = 0; k < nz - 1; k++)
    for (let j = 0; j < ny - 1; j++)
      for (let i = 0; i < nx - 1; i++) {
        if (far[blockOf(i, j, k)]) {
          i += BLOCK - 1 - (i % BLOCK)
          continue
        }
        let mask = 0
        for (let c = 0; c < 8; c++) {
          const v = vals[idx(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))]
          corner[c] = v
          if (v < 0) mask |= 1 << c
        }
        if (mask === 0 || mask === 255) continue
        let sx = 0
        let sy = 0
        let sz = 0
        let n = 0
        for (const [a, b] of EDGES) {
          const va = corner[a]
          const vb = corner[b]
          if (va < 0 === vb < 0) continue
          const t = va / (va - vb)
          sx += (a & 1) + ((b & 1) - (a & 1)) * t
          sy += ((a >> 1) & 1) + (((b >> 1) & 1) - ((a >> 1) & 1)) * t
          sz += ((a >> 2) & 1) + (((b >> 2) & 1) - ((a >> 2) & 1)) * t
          n++
        }
        cellVert[cidx(i, j, k)] = pos.length / 3
        pos.push(ox + (i + sx / n) * h, oy + (j + sy / n) * h, oz + (k + sz / n) * h)
      }
  // quads across sign-changing edges
  const tris: number[] = []
  const quad = (a: number, b: number, c: number, d: number, flip: boolean): void => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return
    if (flip) tris.push(a, c, b, a, d, c)
    else tris.push(a, b, c, a, c, d)
  }
  for (let k = 1; k < nz - 1; k++)
    for (let j = 1; j < ny - 1; j++)
      for (let i = 1; i < nx - 1; i++) {
        if (far[blockOf(i, j, k)]) {
          i += BLOCK - 1 - (i % BLOCK)
          continue
        }
        const v0 = vals[idx(i, j, k)]
        const in0 = v0 < 0
        // x edge (i,j,k)-(i+1,j,k): cells sharing it vary in j-1..j, k-1..k
        if (i < nx - 1 && in0 !== vals[idx(i + 1, j, k)] < 0)
          quad(cellVert[cidx(i, j - 1, k - 1)], cellVert[cidx(i, j, k - 1)], cellVert[cidx(i, j, k)], cellVert[cidx(i, j - 1, k)], !in0)
        if (j < ny - 1 && in0 !== vals[idx(i, j + 1, k)] < 0)
          quad(cellVert[cidx(i - 1, j, k - 1)], cellVert[cidx(i - 1, j, k)], cellVert[cidx(i, j, k)], cellVert[cidx(i, j, k - 1)], !in0)
        if (k < nz - 1 && in0 !== vals[idx(i, j, k + 1)] < 0)
          quad(cellVert[cidx(i - 1, j - 1, k)], cellVert[cidx(i, j - 1, k)], cellVert[cidx(i, j, k)], cellVert[cidx(i - 1, j, k)], !in0)
      }
  const positions = new Float32Array(pos)
  const indices = new Uint32Array(tris)
  orientOutward(f, positions, indices, h)
  return { positions, indices }
}

/** Flip all triangles if most face normals disagree with the field gradient (outward = increasing f). */
function orientOutward(f: Sdf, p: Float32Array, ix: Uint32Array, h: number): void {
  let agree = 0
  const step = Math.max(1, Math.floor(ix.length / 3 / 200))
  for (let t = 0; t < ix.length / 3; t += step) {
    const a = ix[3 * t] * 3
    const b = ix[3 * t + 1] * 3
    const c = ix[3 * t + 2] * 3
    const e1 = [p[b] - p[a], p[b + 1] - p[a + 1], p[b + 2] - p[a + 2]]
    const e2 = [p[c] - p[a], p[c + 1] - p[a + 1], p[c + 2] - p[a + 2]]
    const n = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]]
    const g = gradient(f, (p[a] + p[b] + p[c]) / 3, (p[a + 1] + p[b + 1] + p[c + 1]) / 3, (p[a + 2] + p[b + 2] + p[c + 2]) / 3, h / 2)
    agree += n[0] * g[0] + n[1] * g[1] + n[2] * g[2] > 0 ? 1 : -1
  }
  if (agree < 0)
    for (let t = 0; t < ix.length; t += 3) {
      const tmp = ix[t + 1]
      ix[t + 1] = ix[t + 2]
      ix[t + 2] = tmp
    }
}

/** Closed, manifold (edges) and no two triangles crossing: what the model tests ask of every built structure. */
function isClean(positions: Float32Array, indices: Uint32Array, cell: number): boolean {
  return badEdgeCount(positions, indices) === 0 && intersectingTrianglePairs(positions, indices, cell).length === 0
}

/**
 * Simplify to a triangle budget (Prune drops small disconnected bits). meshoptimizer's collapses keep the topology of
 * most meshes, but at a few hundred triangles a thin tube (a nerve of the low-poly model) or a narrow neck came out
 * with edges shared by four triangles or with faces crossing each other: such a result is taken again with 5 % more
 * triangles (10 % steps cost the low-poly model 300 triangles more), up to twice the budget. Null if none of them is
 * clean (nor the unsimplified mesh, where that is smaller).
 */
function simplifyClean(raw: { positions: Float32Array; indices: Uint32Array }, maxTriangles: number, cell: number): Uint32Array | null {
  for (let budget = maxTriangles; budget <= 2 * maxTriangles; budget = Math.ceil(budget * 1.05)) {
    const out = raw.indices.length / 3 > budget ? MeshoptSimplifier.simplify(raw.indices, raw.positions, 3, budget * 3, 0.05, ['Prune'])[0] : raw.indices
    if (isClean(raw.positions, out, cell)) return out
    if (out === raw.indices) return null
  }
  return null
}

/** The vertices `indices` use, in order of first use, with normals from the field (or the faces). */
function compactMesh(raw: { positions: Float32Array }, indices: Uint32Array, normalField: Sdf | null, h: number): MeshData {
  const positions = new Float32Array(raw.positions.length)
  const newIdx = new Uint32Array(indices.length)
  const map = new Int32Array(raw.positions.length / 3).fill(-1)
  let next = 0
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]
    if (map[v] < 0) {
      map[v] = next
      positions.set(raw.positions.subarray(v * 3, v * 3 + 3), next * 3)
      next++
    }
    newIdx[i] = map[v]
  }
  const pos = positions.subarray(0, next * 3).slice()
  const normals = normalField ? fieldNormals(normalField, pos, h) : faceNormals(pos, newIdx)
  return { positions: pos, normals, indices: newIdx }
}

export function fieldNormals(f: Sdf, p: Float32Array, h: number): Float32Array {
  const n = new Float32Array(p.length)
  for (let i = 0; i < p.length; i += 3) {
    const g = gradient(f, p[i], p[i + 1], p[i + 2], h * 0.5)
    n[i] = g[0]
    n[i + 1] = g[1]
    n[i + 2] = g[2]
  }
  return n
}

/** Area-weighted vertex normals from the triangles. */
export function faceNormals(p: Float32Array, ix: Uint32Array): Float32Array {
  const n = new Float32Array(p.length)
  for (let t = 0; t < ix.length; t += 3) {
    const a = ix[t] * 3
    const b = ix[t + 1] * 3
    const c = ix[t + 2] * 3
    const e1 = [p[b] - p[a], p[b + 1] - p[a + 1], p[b + 2] - p[a + 2]]
    const e2 = [p[c] - p[a], p[c + 1] - p[a + 1], p[c + 2] - p[a + 2]]
    const fn = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]]
    for (const v of [a, b, c]) for (let k = 0; k < 3; k++) n[v + k] += fn[k]
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i], n[i + 1], n[i + 2]) || 1
    n[i] /= l
    n[i + 1] /= l
    n[i + 2] /= l
  }
  return n
}

/**
 * Zero level set of f inside box → a simplified, closed, manifold mesh without crossing triangles (MeshoptSimplifier
 * must be ready). Surface nets give an edge four faces where the surface passes twice through one voxel (a feature
 * thinner than the grid: the low-poly sacrum's foramina at 1.3 mm had 32 such edges): then the field is meshed again
 * on a grid 10 % finer, up to three times; the build fails if none is clean.
 */
export function meshFieldClean(f: Sdf, box: Box3, h: number, maxTriangles: number): MeshData {
  for (let k = 0; k < 4; k++) {
    const hk = h * (1 - 0.1 * k)
    const raw = surfaceNets(f, box, hk)
    const indices = simplifyClean(raw, maxTriangles, 3 * hk)
    if (!indices) continue
    if (k > 0 || indices.length / 3 > maxTriangles) console.info(`    meshed at voxel ${hk.toFixed(2)} mm, ${indices.length / 3} triangles (budget ${maxTriangles})`)
    return compactMesh(raw, indices, f, hk)
  }
  throw new Error(`meshFieldClean: no closed manifold mesh without crossing triangles from voxel ${h} mm to ${0.7 * h} mm within ${2 * maxTriangles} triangles`)
}

/** meshFieldClean once meshoptimizer is ready. */
export async function meshField(f: Sdf, box: Box3, h: number, maxTriangles: number): Promise<MeshData> {
  await MeshoptSimplifier.ready
  return meshFieldClean(f, box, h, maxTriangles)
}

/** Mirror a mesh across x = 0 (flips winding). */
export function mirrorMesh(m: MeshData): MeshData {
  const positions = m.positions.slice()
  const normals = m.normals.slice()
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]
    normals[i] = -normals[i]
  }
  const indices = m.indices.slice()
  for (let t = 0; t < indices.length; t += 3) {
    const tmp = indices[t + 1]
    indices[t + 1] = indices[t + 2]
    indices[t + 2] = tmp
  }
  return { positions, normals, indices }
}

/** Concatenate meshes into one. */
export function mergeMeshes(list: MeshData[]): MeshData {
  const nv = list.reduce((s, m) => s + m.positions.length, 0)
  const ni = list.reduce((s, m) => s + m.indices.length, 0)
  const positions = new Float32Array(nv)
  const normals = new Float32Array(nv)
  const indices = new Uint32Array(ni)
  let vo = 0
  let io = 0
  for (const m of list) {
    positions.set(m.positions, vo)
    normals.set(m.normals, vo)
    for (let i = 0; i < m.indices.length; i++) indices[io + i] = m.indices[i] + vo / 3
    vo += m.positions.length
    io += m.indices.length
  }
  return { positions, normals, indices }
}

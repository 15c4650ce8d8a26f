/**
 * Baked ambient occlusion (issue 9 item 6): an occlusion level per vertex in a `_AO` attribute (unsigned byte, 0 = open
 * … `levels`), so that structures that lie in front of or against each other read apart on software WebGL without any
 * run-time cost: the renderer's structure materials darken the base colour by `greyPerLevel` per level
 * (src/render/materials.ts AO_GREY_PER_LEVEL).
 *
 * Occlusion is taken at the bind pose from every structure together: the scene is voxelised (each closed mesh filled
 * by the non-zero winding of its crossings along z, column by column), then from each vertex a fixed set of
 * directions over the normal's hemisphere is marched through the voxels; the fraction blocked within `reachMm`,
 * weighted by the cosine to the normal (near occluders more than far ones), darkens the vertex. Everything is in a
 * fixed order: the bake is deterministic.
 *
 * Why small integers and not a normalised grey (or COLOR_0): meshopt codes each byte as the delta from the previous
 * vertex; a step of one level costs 2 bits, a step between greys 255 → 204 a full byte. The same picture as a grey
 * cost 9.2 kB of the glb, as levels 5.2 kB.
 */
import type { Document, Primitive } from '@gltf-transform/core'

export const AO_DEFAULTS = {
  /** voxel size (mm) */
  voxelMm: 1.5,
  /** how far a direction is marched (mm) */
  reachMm: 24,
  /** directions over the whole sphere (about half face away from the normal and are skipped) */
  directions: 48,
  /** start this far off the surface along the normal (mm): the vertex's own voxel is not an occluder */
  offsetMm: 2.2,
  /** occlusion levels above open (0): a fully occluded vertex stores `levels` */
  levels: 6,
  /** how much each level darkens the base colour (the renderer's AO_GREY_PER_LEVEL must equal it) */
  greyPerLevel: 0.07,
  /** unoccluded at or above this (most vertices then store level 0, which costs almost nothing) */
  clear: 0.85,
  /** neighbour smoothing rounds over the mesh (removes ray noise) */
  smoothRounds: 6,
}
export type AoShape = typeof AO_DEFAULTS

interface Prim {
  prim: Primitive
  pos: Float32Array // world metres (every structure's POSITION is world at the bind pose, see build.ts)
  nor: Float32Array
  idx: Uint32Array
}

/** Unit directions spread evenly over the sphere (Fibonacci lattice). */
function sphereDirections(n: number): Float64Array {
  const d = new Float64Array(n * 3)
  const ga = Math.PI * (3 - Math.sqrt(5))
  for (let i = 0; i < n; i++) {
    const y = 1 - (2 * (i + 0.5)) / n
    const r = Math.sqrt(1 - y * y)
    d[i * 3] = Math.cos(ga * i) * r
    d[i * 3 + 1] = y
    d[i * 3 + 2] = Math.sin(ga * i) * r
  }
  return d
}

/** Solid voxels of closed meshes (non-zero winding per z column). */
function voxelise(prims: Prim[], h: number): { occ: Uint8Array; o: number[]; n: number[] } {
  const lo = [Infinity, Infinity, Infinity]
  const hi = [-Infinity, -Infinity, -Infinity]
  for (const p of prims)
    for (let i = 0; i < p.pos.length; i++) {
      const k = i % 3
      if (p.pos[i] < lo[k]) lo[k] = p.pos[i]
      if (p.pos[i] > hi[k]) hi[k] = p.pos[i]
    }
  const o = lo.map((v) => v - 2 * h)
  const n = hi.map((v, k) => Math.ceil((v + 2 * h - o[k]) / h) + 1)
  const occ = new Uint8Array(n[0] * n[1] * n[2])
  for (const p of prims) {
    const cols = new Map<number, number[]>() // column → [z, winding, …]
    const P = p.pos
    for (let t = 0; t < p.idx.length; t += 3) {
      const a = p.idx[t] * 3
      const b = p.idx[t + 1] * 3
      const c = p.idx[t + 2] * 3
      const ax = P[a], ay = P[a + 1], bx = P[b], by = P[b + 1], cx = P[c], cy = P[c + 1]
      const area = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay)
      if (area === 0) continue
      const sign = area > 0 ? 1 : -1
      const i0 = Math.max(0, Math.ceil((Math.min(ax, bx, cx) - o[0]) / h - 0.5))
      const i1 = Math.min(n[0] - 1, Math.floor((Math.max(ax, bx, cx) - o[0]) / h - 0.5))
      const j0 = Math.max(0, Math.ceil((Math.min(ay, by, cy) - o[1]) / h - 0.5))
      const j1 = Math.min(n[1] - 1, Math.floor((Math.max(ay, by, cy) - o[1]) / h - 0.5))
      for (let i = i0; i <= i1; i++)
        for (let j = j0; j <= j1; j++) {
          // column centres sit half a voxel in, so they never fall on a vertex of the (quantised) grid
          const x = o[0] + (i + 0.5) * h + 1.3e-9
          const y = o[1] + (j + 0.5) * h + 0.7e-9
          const w0 = ((bx - x) * (cy - y) - (cx - x) * (by - y)) / area
          const w1 = ((cx - x) * (ay - y) - (ax - x) * (cy - y)) / area
          const w2 = 1 - w0 - w1
          if (w0 < 0 || w1 < 0 || w2 < 0) continue
          const z = w0 * P[a + 2] + w1 * P[b + 2] + w2 * P[c + 2]
          const key = i + n[0] * j
          let l = cols.get(key)
          if (!l) cols.set(key, (l = []))
          l.push(z, sign)
        }
    }
    for (const [key, l] of cols) {
      const pairs: Array<[number, number]> = []
      for (let q = 0; q < l.length; q += 2) pairs.push([l[q], l[q + 1]])
      pairs.sort((u, v) => u[0] - v[0])
      let wind = 0
      for (let q = 0; q < pairs.length - 1; q++) {
        wind += pairs[q][1]
        if (wind === 0) continue
        const k0 = Math.max(0, Math.ceil((pairs[q][0] - o[2]) / h - 0.5))
        const k1 = Math.min(n[2] - 1, Math.floor((pairs[q + 1][0] - o[2]) / h - 0.5))
        for (let k = k0; k <= k1; k++) occ[key + n[0] * n[1] * k] = 1
      }
    }
  }
  return { occ, o, n }
}

/** Per-vertex occlusion level, 0 (open) … `levels`, for each primitive. */
export function bakeOcclusion(prims: Prim[], s: AoShape = AO_DEFAULTS): Uint8Array[] {
  const h = s.voxelMm / 1000
  const { occ, o, n } = voxelise(prims, h)
  const nxy = n[0] * n[1]
  const dirs = sphereDirections(s.directions)
  const steps = Math.ceil(s.reachMm / s.voxelMm)
  const off = s.offsetMm / 1000
  const blocked = (x: number, y: number, z: number): boolean => {
    const i = Math.floor((x - o[0]) / h)
    const j = Math.floor((y - o[1]) / h)
    const k = Math.floor((z - o[2]) / h)
    if (i < 0 || j < 0 || k < 0 || i >= n[0] || j >= n[1] || k >= n[2]) return false
    return occ[i + n[0] * j + nxy * k] === 1
  }
  return prims.map((p) => {
    const nv = p.pos.length / 3
    let ao = new Float32Array(nv)
    for (let v = 0; v < nv; v++) {
      const nx = p.nor[v * 3], ny = p.nor[v * 3 + 1], nz = p.nor[v * 3 + 2]
      const sx = p.pos[v * 3] + nx * off, sy = p.pos[v * 3 + 1] + ny * off, sz = p.pos[v * 3 + 2] + nz * off
      let wSum = 0
      let wHit = 0
      for (let d = 0; d < s.directions; d++) {
        const dx = dirs[d * 3], dy = dirs[d * 3 + 1], dz = dirs[d * 3 + 2]
        const cos = dx * nx + dy * ny + dz * nz
        if (cos <= 0.05) continue
        wSum += cos
        for (let st = 1; st <= steps; st++) {
          const t = st * h
          if (blocked(sx + dx * t, sy + dy * t, sz + dz * t)) {
            wHit += cos * (1 - (st - 1) / steps) // near occluders darken more than far ones
            break
          }
        }
      }
      ao[v] = wSum > 0 ? 1 - wHit / wSum : 1
    }
    // smooth over the mesh's edges (ray noise), then map to occlusion levels; each vertex averages itself and its
    // edges' other ends (an edge counted once per triangle that has it, the same in every round)
    const cnt = new Float32Array(nv).fill(1)
    for (let t = 0; t < p.idx.length; t += 3)
      for (let e = 0; e < 3; e++) {
        cnt[p.idx[t + e]]++
        cnt[p.idx[t + ((e + 1) % 3)]]++
      }
    for (let r = 0; r < s.smoothRounds; r++) {
      const sum = Float32Array.from(ao)
      for (let t = 0; t < p.idx.length; t += 3)
        for (let e = 0; e < 3; e++) {
          const a = p.idx[t + e]
          const b = p.idx[t + ((e + 1) % 3)]
          sum[a] += ao[b]
          sum[b] += ao[a]
        }
      const next = new Float32Array(nv)
      for (let v = 0; v < nv; v++) next[v] = sum[v] / cnt[v]
      ao = next
    }
    const out = new Uint8Array(nv)
    for (let v = 0; v < nv; v++) out[v] = Math.round(s.levels * Math.max(0, 1 - ao[v] / s.clear))
    return out
  })
}

/** Bake `_AO` into every mesh primitive of the document except the meshes named in `skip` (the nerves). */
export function bakeAmbientOcclusion(doc: Document, skip: string[], s: AoShape = AO_DEFAULTS): void {
  const prims: Prim[] = []
  for (const mesh of doc.getRoot().listMeshes()) {
    if (skip.includes(mesh.getName())) continue
    for (const prim of mesh.listPrimitives())
      prims.push({
        prim,
        pos: prim.getAttribute('POSITION')!.getArray() as Float32Array,
        nor: prim.getAttribute('NORMAL')!.getArray() as Float32Array,
        idx: Uint32Array.from(prim.getIndices()!.getArray() as ArrayLike<number>),
      })
  }
  const ao = bakeOcclusion(prims, s)
  const buffer = doc.getRoot().listBuffers()[0]
  prims.forEach((p, i) => p.prim.setAttribute('_AO', doc.createAccessor().setType('SCALAR').setArray(ao[i]).setBuffer(buffer)))
}

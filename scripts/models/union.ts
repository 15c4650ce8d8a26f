/**
 * Boolean union of closed lofts into one closed, manifold surface that keeps its skin weights and `tense` morph.
 *
 * The psoas is a main belly plus one slip per fascicle origin; merged as separate shells they were 12 pieces crossing
 * each other (420 self-intersecting triangle pairs, issue 9 item 4). A robust mesh union is a library's job:
 * manifold-3d (stack-notes.md; WebAssembly, exact predicates, deterministic) cuts the shells along their intersection
 * curves and keeps the outer surface. The skin weights go through it as dense per-joint vertex properties (Manifold
 * interpolates properties at the vertices it creates) and come back as the 4 largest per vertex (topJoints, as the lofts pick them); the morph deltas go
 * through as three more properties. Manifold keeps a vertex per property set along the cut (each side's values); they
 * are welded back here (the values of the vertex they merge to), so the skinned surface cannot open along the seam.
 */
import Module from 'manifold-3d'
import type { LoftResult } from './loft.ts'
import { topJoints } from './loft.ts'
import { faceNormals } from './mesher.ts'

const wasm = await Module()
wasm.setup()

/** The union of the lofts (closed, consistently wound); the centreline is the first loft's. */
export function unionLofts(list: LoftResult[], minEdgeMm = 0.2): LoftResult {
  const jointSet = new Set<number>()
  for (const l of list) for (let i = 0; i < l.skin.joints.length; i++) if (l.skin.weights[i] > 0) jointSet.add(l.skin.joints[i])
  const jointList = [...jointSet].sort((a, b) => a - b)
  const slot = new Map(jointList.map((j, k) => [j, k]))
  const nJ = jointList.length
  const numProp = 3 + nJ + 3
  const solids = list.map((l) => {
    const nv = l.geo.positions.length / 3
    const vp = new Float32Array(nv * numProp)
    for (let v = 0; v < nv; v++) {
      const o = v * numProp
      for (let k = 0; k < 3; k++) vp[o + k] = l.geo.positions[v * 3 + k]
      for (let k = 0; k < 4; k++) {
        const w = l.skin.weights[v * 4 + k]
        if (w > 0) vp[o + 3 + slot.get(l.skin.joints[v * 4 + k])!] += w
      }
      for (let k = 0; k < 3; k++) vp[o + 3 + nJ + k] = l.tense[v * 3 + k]
    }
    const mesh = new wasm.Mesh({ numProp, vertProperties: vp, triVerts: Uint32Array.from(l.geo.indices) })
    mesh.merge()
    const m = new wasm.Manifold(mesh)
    if (m.status() !== 'NoError') throw new Error(`unionLofts: a loft is not a closed manifold (${m.status()})`)
    return m
  })
  const u = wasm.Manifold.union(solids)
  const out = u.getMesh()
  for (const s of solids) s.delete()
  u.delete()
  // weld the vertices Manifold split along property boundaries: each to the vertex it merges to
  const nvAll = out.numVert
  const to = new Int32Array(nvAll).map((_, i) => i)
  for (let k = 0; k < out.mergeFromVert.length; k++) to[out.mergeFromVert[k]] = out.mergeToVert[k]
  const root = (v: number): number => {
    while (to[v] !== v) v = to[v]
    return v
  }
  const newIndex = new Int32Array(nvAll).fill(-1)
  let nv = 0
  for (let v = 0; v < nvAll; v++) if (root(v) === v) newIndex[v] = nv++
  const positions = new Float32Array(nv * 3)
  const tense = new Float32Array(nv * 3)
  const joints = new Uint16Array(nv * 4)
  const weights = new Float32Array(nv * 4)
  const P = out.vertProperties
  for (let v = 0; v < nvAll; v++) {
    const n = newIndex[v]
    if (n < 0) continue
    const o = v * numProp
    for (let k = 0; k < 3; k++) {
      positions[n * 3 + k] = P[o + k]
      tense[n * 3 + k] = P[o + 3 + nJ + k]
    }
    topJoints(jointList.map((j, k) => [j, P[o + 3 + k]])).forEach(([j, w], k) => {
      joints[n * 4 + k] = j
      weights[n * 4 + k] = w
    })
  }
  const welded = new Uint32Array(out.triVerts.length)
  for (let i = 0; i < welded.length; i++) welded[i] = newIndex[root(out.triVerts[i])]
  const collapsed = collapseShortEdges(positions, welded, minEdgeMm)
  // drop the vertices the collapses left unreferenced
  const keep = new Int32Array(nv).fill(-1)
  let kept = 0
  for (const v of collapsed) if (keep[v] < 0) keep[v] = kept++
  const order = new Int32Array(kept)
  for (let v = 0; v < nv; v++) if (keep[v] >= 0) order[keep[v]] = v
  const pick = <T extends Float32Array | Uint16Array>(a: T, n: number): T => {
    const r = new (a.constructor as new (len: number) => T)(kept * n)
    for (let i = 0; i < kept; i++) for (let k = 0; k < n; k++) r[i * n + k] = a[order[i] * n + k]
    return r
  }
  const pos = pick(positions, 3)
  const indices = collapsed.map((v) => keep[v])
  return {
    geo: { positions: pos, normals: faceNormals(pos, indices), indices },
    skin: { joints: pick(joints, 4), weights: pick(weights, 4) },
    tense: pick(tense, 3),
    centreline: list[0].centreline,
  }
}

/**
 * Collapse the edges shorter than `minLen` (mm) of a closed manifold triangle mesh, each to its midpoint, where the
 * collapse keeps the mesh manifold (the link condition: the edge's ends share no neighbour but the two opposite
 * corners). The cut of a union leaves slivers with edges of a few µm where the shells cross at a shallow angle; the
 * glb's position quantisation (build.ts QUANT_BITS) would fold them into degenerate triangles and non-manifold edges.
 * Manifold's own simplify() keeps them (they lie on the boundary between input faces). Positions move in place; the
 * dropped vertices stay in the arrays, unreferenced; returns the new indices.
 */
export function collapseShortEdges(positions: Float32Array, indices: Uint32Array, minLen: number): Uint32Array {
  let tris = [...indices]
  for (let pass = 0; pass < 8; pass++) {
    const neighbours = new Map<number, Set<number>>()
    const link = (a: number, b: number): void => {
      if (!neighbours.has(a)) neighbours.set(a, new Set())
      neighbours.get(a)!.add(b)
    }
    for (let t = 0; t < tris.length; t += 3)
      for (let j = 0; j < 3; j++) {
        link(tris[t + j], tris[t + ((j + 1) % 3)])
        link(tris[t + ((j + 1) % 3)], tris[t + j])
      }
    const len = (a: number, b: number): number =>
      Math.hypot(positions[a * 3] - positions[b * 3], positions[a * 3 + 1] - positions[b * 3 + 1], positions[a * 3 + 2] - positions[b * 3 + 2])
    const edges: Array<[number, number, number]> = []
    for (const [a, ns] of neighbours) for (const b of ns) if (a < b && len(a, b) < minLen) edges.push([len(a, b), a, b])
    edges.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2])
    const to = new Map<number, number>()
    const touched = new Set<number>()
    for (const [, a, b] of edges) {
      // one collapse per vertex neighbourhood per pass: the neighbour sets stay valid
      if (touched.has(a) || touched.has(b)) continue
      let shared = 0
      for (const n of neighbours.get(a)!) if (neighbours.get(b)!.has(n)) shared++
      if (shared !== 2) continue
      for (const n of [a, b, ...neighbours.get(a)!, ...neighbours.get(b)!]) touched.add(n)
      for (let k = 0; k < 3; k++) positions[a * 3 + k] = (positions[a * 3 + k] + positions[b * 3 + k]) / 2
      to.set(b, a)
    }
    if (to.size === 0) break
    const next: number[] = []
    for (let t = 0; t < tris.length; t += 3) {
      const [a, b, c] = [0, 1, 2].map((j) => to.get(tris[t + j]) ?? tris[t + j])
      if (a !== b && b !== c && a !== c) next.push(a, b, c)
    }
    tris = next
  }
  return Uint32Array.from(tris)
}

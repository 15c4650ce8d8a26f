/**
 * The model measurements (scripts/model-card/measure.ts) on shapes whose answer geometry gives:
 * volumes of boxes and a tetrahedron, the overlap of two boxes, an open box, crossing triangles.
 */
import { describe, expect, it } from 'vitest'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import {
  columnsVolume,
  horizontalSection,
  horizontalSectionOverlap,
  insideColumns,
  overlapVolume,
  posteriorElements,
  rayDistance,
  raySpans,
  selfIntersections,
  selfIntersectionsByPiece,
  topology,
  vertebraMorphometry,
  volume,
  windingNumber,
} from '../../../scripts/model-card/measure.ts'
import type { Grid, TriMesh, V3 } from '../../../scripts/model-card/measure.ts'
import { badEdgeCount, trianglesIntersect } from '../../../scripts/models/meshcheck.ts'

/** Axis-aligned box [lo, hi] as 12 outward-wound triangles; `drop` leaves out the faces listed (0..5). */
function box(lo: V3, hi: V3, drop: number[] = []): TriMesh {
  const p: number[] = []
  for (let k = 0; k < 8; k++) p.push(k & 1 ? hi[0] : lo[0], k & 2 ? hi[1] : lo[1], k & 4 ? hi[2] : lo[2])
  // faces as quads (counter-clockwise seen from outside): −x, +x, −y, +y, −z, +z
  const quads = [
    [0, 4, 6, 2],
    [1, 3, 7, 5],
    [0, 1, 5, 4],
    [2, 6, 7, 3],
    [0, 2, 3, 1],
    [4, 5, 7, 6],
  ]
  const idx: number[] = []
  quads.forEach((q, f) => {
    if (!drop.includes(f)) idx.push(q[0], q[1], q[2], q[0], q[2], q[3])
  })
  return { pos: Float64Array.from(p), idx: Uint32Array.from(idx) }
}

function merge(...ms: TriMesh[]): TriMesh {
  const pos: number[] = []
  const idx: number[] = []
  for (const m of ms) {
    const o = pos.length / 3
    pos.push(...m.pos)
    idx.push(...Array.from(m.idx, (i) => i + o))
  }
  return { pos: Float64Array.from(pos), idx: Uint32Array.from(idx) }
}

const GRID: Grid = { h: 0.05, jitter: 1.3e-7 }
const mm = (v: number[]): V3 => v.map((x) => x / 1000) as V3

describe('measure: volumes and overlaps', () => {
  it('a unit cube encloses 1 (divergence theorem and columns); wound inside out it still fills 1 by columns', () => {
    const cube = box([0, 0, 0], [1, 1, 1])
    expect(volume(cube)).toBeCloseTo(1, 12)
    expect(columnsVolume(insideColumns(cube, GRID), GRID)).toBeCloseTo(1, 9)
    const flipped: TriMesh = { pos: cube.pos, idx: Uint32Array.from(cube.idx).reverse() }
    expect(volume(flipped)).toBeCloseTo(-1, 12)
    expect(columnsVolume(insideColumns(flipped, GRID), GRID)).toBeCloseTo(1, 9)
  })

  it('the corner tetrahedron of the unit cube encloses 1/6', () => {
    const tet: TriMesh = { pos: Float64Array.from([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]), idx: Uint32Array.from([0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3]) }
    expect(volume(tet)).toBeCloseTo(1 / 6, 12)
    // columns sample x–y on a grid: within 1 % at h = 0.01
    const g: Grid = { h: 0.01, jitter: 1.3e-7 }
    expect(columnsVolume(insideColumns(tet, g), g)).toBeCloseTo(1 / 6, 2)
  })

  it('two overlapping boxes overlap by the product of their common extents; disjoint boxes by 0', () => {
    const a = box([0, 0, 0], [1, 1, 1])
    const b = box([0.5, 0.25, 0.1], [1.5, 1.25, 1.1])
    expect(overlapVolume(a, b, GRID)).toBeCloseTo(0.5 * 0.75 * 0.9, 9)
    expect(overlapVolume(a, box([2, 0, 0], [3, 1, 1]), GRID)).toBe(0)
    // a box inside another: the small one's volume
    expect(overlapVolume(a, box([0.2, 0.2, 0.2], [0.6, 0.7, 0.8]), GRID)).toBeCloseTo(0.4 * 0.5 * 0.6, 9)
  })

  it('two overlapping pieces of one mesh count once (union), as does a box doubled', () => {
    const two = merge(box([0, 0, 0], [1, 1, 1]), box([0.5, 0, 0], [1.5, 1, 1]))
    expect(columnsVolume(insideColumns(two, GRID), GRID)).toBeCloseTo(1.5, 9)
  })

  it('an open box: its winding number at the centre is 5/6 (five faces of six), so the inside still counts', () => {
    const open = box([0, 0, 0], [1, 1, 1], [5])
    expect(windingNumber(open, [0.5, 0.5, 0.5])).toBeCloseTo(5 / 6, 9)
    // outside, only the missing face's small solid angle is lacking (a closed box gives 0 there): classified outside
    expect(Math.abs(windingNumber(open, [2, 0.5, 0.5]))).toBeLessThan(0.05)
    expect(windingNumber(box([0, 0, 0], [1, 1, 1]), [2, 0.5, 0.5])).toBeCloseTo(0, 9)
    // every column passes through the missing top: classified by the winding number
    expect(columnsVolume(insideColumns(open, GRID), GRID)).toBeCloseTo(1, 9)
  })

  it('a horizontal section of a box: its area, extents and centroid', () => {
    const s = horizontalSection(box([0.01, 0, 0.02], [0.03, 0.01, 0.05]), 0.005, 0, 0.06)
    expect(s.area).toBeCloseTo(0.02 * 0.03, 9)
    expect(s.width).toBeCloseTo(0.02, 9)
    expect(s.thickness).toBeCloseTo(0.03, 9)
    expect(s.centroid![0]).toBeCloseTo(0.02, 9)
    expect(s.centroid![1]).toBeCloseTo(0.035, 9)
    expect(horizontalSection(box([0, 0, 0], [1, 1, 1]), 2, 0, 1).centroid).toBeNull()
  })

  it('the part of a horizontal section inside other meshes, and the distance along a ray to a surface', () => {
    const a = box([0, 0, 0], [0.02, 0.01, 0.02])
    // one box covers a's side 5 x 18 mm, another its far side 20 x 4 mm; they share 5 x 2 mm of it
    const b = box([-0.01, 0, -0.01], [0.005, 0.01, 0.018])
    const c = box([-0.01, 0, 0.016], [0.03, 0.01, 0.03])
    expect(horizontalSectionOverlap(a, [b], 0.005, -0.02, 0.04) * 1e6).toBeCloseTo(90, 6)
    expect(horizontalSectionOverlap(a, [b, c], 0.005, -0.02, 0.04) * 1e6).toBeCloseTo(90 + 80 - 10, 6)
    expect(horizontalSectionOverlap(a, [b], 0.02, -0.02, 0.04)).toBe(0)
    expect(rayDistance(a, [-0.01, 0.005, 0.005], [1, 0, 0])).toBeCloseTo(0.01, 9)
    // from inside: the way out
    expect(rayDistance(a, [0.005, 0.005, 0.005], [1, 0, 0])).toBeCloseTo(0.015, 9)
    expect(rayDistance(a, [-0.01, 0.005, 0.005], [-1, 0, 0])).toBeNull()
  })

  it('rays: a line through the cube is inside over its length, also along an edge-on plane (x = 0.5 holds the diagonals)', () => {
    const cube = box([0, 0, 0], [1, 1, 1])
    const s = raySpans(cube, [-1, 0.5, 0.5], [1, 0, 0])
    expect(s).toHaveLength(2)
    expect(s[1] - s[0]).toBeCloseTo(1, 5)
    // through the face diagonal's end points: the line crosses shared edges of two triangles
    const d = raySpans(cube, [0.5, 0.5, -1], [0, 0, 1])
    expect(d[1] - d[0]).toBeCloseTo(1, 5)
  })
})

// a torus from a wrapped (u, v) grid: closed, manifold, genus 1
function torus(cx: number, n = 12, m = 8): TriMesh {
  const pos: number[] = []
  const idx: number[] = []
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      const u = (2 * Math.PI * i) / n
      const v = (2 * Math.PI * j) / m
      pos.push(cx + (3 + Math.cos(v)) * Math.cos(u), (3 + Math.cos(v)) * Math.sin(u), Math.sin(v))
      const a = i * m + j
      const b = ((i + 1) % n) * m + j
      const c = ((i + 1) % n) * m + ((j + 1) % m)
      const d = i * m + ((j + 1) % m)
      idx.push(a, b, c, a, c, d)
    }
  return { pos: Float64Array.from(pos), idx: Uint32Array.from(idx) }
}

describe('measure: topology and self-intersections', () => {
  it('a closed box is watertight and one piece; an open box has 4 open edges; two boxes are two pieces', () => {
    expect(topology(box([0, 0, 0], [1, 1, 1]))).toMatchObject({ triangles: 12, openEdges: 0, nonManifoldEdges: 0, misorientedEdges: 0, pieces: 1 })
    expect(topology(box([0, 0, 0], [1, 1, 1], [5]))).toMatchObject({ triangles: 10, openEdges: 4, nonManifoldEdges: 0, pieces: 1 })
    expect(topology(merge(box([0, 0, 0], [1, 1, 1]), box([2, 0, 0], [3, 1, 1]))).pieces).toBe(2)
  })

  it('tunnels: a box has none, a torus one, two tori two; an open box reports none (no genus from χ)', () => {
    expect(topology(box([0, 0, 0], [1, 1, 1])).tunnels).toBe(0)
    expect(topology(torus(0))).toMatchObject({ openEdges: 0, nonManifoldEdges: 0, pieces: 1, tunnels: 1 })
    expect(topology(merge(torus(0), torus(20), box([40, 0, 0], [41, 1, 1])))).toMatchObject({ pieces: 3, tunnels: 2 })
    expect(topology(box([0, 0, 0], [1, 1, 1], [5])).tunnels).toBeNull()
  })

  it('vertices duplicated at the same position (normal seams) are welded: still watertight', () => {
    const cube = box([0, 0, 0], [1, 1, 1])
    // give every triangle its own three vertices
    const pos: number[] = []
    for (const i of cube.idx) pos.push(cube.pos[i * 3], cube.pos[i * 3 + 1], cube.pos[i * 3 + 2])
    const split: TriMesh = { pos: Float64Array.from(pos), idx: Uint32Array.from(cube.idx, (_, k) => k) }
    expect(topology(split)).toMatchObject({ openEdges: 0, pieces: 1 })
    // the builders' check (scripts/models/meshcheck.ts, used by mesher.ts) welds the same way
    expect(badEdgeCount(split.pos, split.idx)).toBe(0)
  })

  it('a fin glued on an edge makes non-manifold edges; a flipped triangle makes misoriented edges', () => {
    const cube = box([0, 0, 0], [1, 1, 1])
    // a third triangle on the edge (0,0,0)–(1,0,0)
    const fin: TriMesh = { pos: Float64Array.from([...cube.pos, 0.5, -1, -1]), idx: Uint32Array.from([...cube.idx, 0, 1, 8]) }
    expect(topology(fin).nonManifoldEdges).toBe(1)
    const idx = Uint32Array.from(cube.idx)
    ;[idx[0], idx[1]] = [idx[1], idx[0]]
    expect(topology({ pos: cube.pos, idx }).misorientedEdges).toBe(3)
    // the builders' check counts every edge that is not two opposite half-edges: the fin's edge and its two open ones,
    // the flipped triangle's three edges, an open box's four; none on the closed box
    expect(badEdgeCount(fin.pos, fin.idx)).toBe(3)
    expect(badEdgeCount(cube.pos, idx)).toBe(3)
    expect(badEdgeCount(cube.pos, box([0, 0, 0], [1, 1, 1], [5]).idx)).toBe(4)
    expect(badEdgeCount(cube.pos, cube.idx)).toBe(0)
  })

  it('two triangles that cross intersect; parallel or apart ones do not', () => {
    const a: V3 = [0, 0, 0]
    const b: V3 = [2, 0, 0]
    const c: V3 = [0, 2, 0]
    // a vertical triangle piercing the first one
    expect(trianglesIntersect(a, b, c, [0.5, 0.5, -1], [0.5, 0.5, 1], [1.5, 0.2, 0])).toBe(true)
    expect(trianglesIntersect(a, b, c, [0, 0, 1], [2, 0, 1], [0, 2, 1])).toBe(false)
    expect(trianglesIntersect(a, b, c, [5, 5, -1], [5, 5, 1], [6, 5, 0])).toBe(false)
  })

  it('selfIntersections finds the crossing pair of a mesh and skips neighbours that share a vertex', () => {
    const m: TriMesh = {
      pos: Float64Array.from([0, 0, 0, 0.02, 0, 0, 0, 0.02, 0, 0.005, 0.005, -0.01, 0.005, 0.005, 0.01, 0.015, 0.002, 0]),
      idx: Uint32Array.from([0, 1, 2, 3, 4, 5]),
    }
    expect(selfIntersections(m)).toEqual([[0, 1]])
    expect(selfIntersectionsByPiece(m)).toEqual({ within: 0, between: 1 })
    expect(selfIntersections(box([0, 0, 0], [0.01, 0.01, 0.01]))).toEqual([])
    // two boxes passing through each other: 4 side faces of one cross 4 of the other near the crossing lines
    const two = merge(box([0, 0, 0], [0.01, 0.01, 0.01]), box([0.005, 0.002, 0.002], [0.015, 0.008, 0.008]))
    const r = selfIntersectionsByPiece(two)
    expect(r.within).toBe(0)
    expect(r.between).toBeGreaterThan(0)
  })
})

describe('measure: vertebral morphometry on a block vertebra', () => {
  // L3's frame (reference body centre, chord lean): a block body, two block pedicles and a block lamina,
  // overlapping pieces as in the model; every dimension chosen, so every expected value is geometry
  const level = 'L3' as const
  const c = ref.landmarks.bodyCentreL3.position_m
  const lean = (ref.vertebrae.L3.chordLeanDeg * Math.PI) / 180
  const toWorld = (m: TriMesh): TriMesh => {
    const pos = new Float64Array(m.pos.length)
    for (let i = 0; i < pos.length; i += 3) {
      const [x, y, z] = [m.pos[i], m.pos[i + 1], m.pos[i + 2]]
      pos[i] = x + c[0]
      pos[i + 1] = Math.cos(lean) * y - Math.sin(lean) * z + c[1]
      pos[i + 2] = Math.sin(lean) * y + Math.cos(lean) * z + c[2]
    }
    return { pos, idx: m.idx }
  }
  const yP = ref.vertebrae.L3.posteriorElementsLocal_mm.pedicleCentre[1]
  const vertebra = toWorld(
    merge(
      box(mm([-20, -11, -15]), mm([20, 11, 15])), // body 40 wide, 22 tall, 30 deep
      box(mm([-18, yP - 7, -31]), mm([-10, yP + 7, -14])), // right pedicle 8 wide
      box(mm([10, yP - 7, -31]), mm([18, yP + 7, -14])), // left pedicle
      box(mm([-18, yP - 7, -40]), mm([18, yP + 7, -30])), // lamina from z = −30: canal 20 wide, 15 deep
    ),
  )

  it('measures the dimensions the blocks were made with', () => {
    const v = vertebraMorphometry(vertebra, level)
    expect(v.anteriorBodyHeight * 1000).toBeCloseTo(22, 3)
    expect(v.upperEndplateWidth * 1000).toBeCloseTo(40, 3)
    expect(v.upperEndplateDepth * 1000).toBeCloseTo(30, 3)
    expect(v.bodyWidth * 1000).toBeCloseTo(40, 3)
    expect(v.canalWidth * 1000).toBeCloseTo(20, 3)
    expect(v.canalDepth * 1000).toBeCloseTo(15, 3)
    expect(v.pedicleWidth * 1000).toBeCloseTo(8, 3)
  })

  it('transverse and spinous processes: span, mid-length section, root front and blade, as built from blocks', () => {
    // transverse processes 9 tall (y 0 … 9) and 7 thick (z −31 … −24) out to x = ±48, through the reference root
    // (−21.3, 4.5, −25) and tip (−48.5, 4.5, −30); a spinous process 16 tall and 6 wide back to z = −84
    const withProcesses = merge(
      vertebra,
      toWorld(box(mm([-48, 0, -31]), mm([-17, 9, -24]))),
      toWorld(box(mm([17, 0, -31]), mm([48, 9, -24]))),
      toWorld(box(mm([-3, -12, -84]), mm([3, 4, -39]))),
    )
    const p = posteriorElements(withProcesses, level)
    expect(p.transverseProcessSpan * 1000).toBeCloseTo(96, 3)
    expect(p.transverseProcessHeight * 1000).toBeCloseTo(9, 3)
    expect(p.transverseProcessThickness * 1000).toBeCloseTo(7, 3)
    expect(p.transverseProcessArea * 1e6).toBeCloseTo(63, 0)
    // the root's front at z = −24 against the body's back at z = −15
    expect(p.transverseRootFrontToBodyWall * 1000).toBeCloseTo(-9, 3)
    expect(p.spinousHeight * 1000).toBeCloseTo(16, 3)
    expect(p.spinousWidth * 1000).toBeCloseTo(6, 3)
  })

  it('a transverse process on the back of the pedicle does not tilt the pedicle axis (its root is not pedicle)', () => {
    const withTp = merge(vertebra, toWorld(box(mm([-40, yP - 3, -31]), mm([-17, yP + 3, -24]))), toWorld(box(mm([17, yP - 3, -31]), mm([40, yP + 3, -24]))))
    expect(vertebraMorphometry(withTp, level).pedicleWidth * 1000).toBeCloseTo(8, 3)
  })
})

/**
 * Nerve paths' control points before the spline (scripts/models/nervefield.ts balancedControl, densify): a long
 * straight segment after a short one is broken into pieces growing at most twofold, on the segment, each mapped back
 * to its original segment; and the dense curve through them does not swing out where the short segment meets the
 * long one (the femoral's step in the groin), checked on a path with the femoral's proportions and on the built glb.
 */
import { describe, expect, it } from 'vitest'
import { balancedControl, densify } from '../../../scripts/models/nervefield.ts'
import type { Vec3 } from '../../../scripts/models/vec.ts'
import { horizontalSection, structureMesh } from '../../../scripts/model-card/measure.ts'
import { d3 as dist, loadDoc } from './glb.ts'

// the femoral's last control points below the inguinal ligament (mm): ligament, femoral triangle, division, a point
// 300 mm down the thigh
const PATH: Vec3[] = [
  [-82, -40, -4],
  [-82, -90, 5],
  [-85, -120, 8],
  [-45, -415, -55],
]

/** Distance of p from the line through a and b. */
function offLine(p: Vec3, a: Vec3, b: Vec3): number {
  const d = [b[0] - a[0], b[1] - a[1], b[2] - a[2]]
  const l = Math.hypot(d[0], d[1], d[2])
  const v = [p[0] - a[0], p[1] - a[1], p[2] - a[2]]
  const c = [v[1] * d[2] - v[2] * d[1], v[2] * d[0] - v[0] * d[2], v[0] * d[1] - v[1] * d[0]]
  return Math.hypot(c[0], c[1], c[2]) / l
}

describe('nerve path control points (balancedControl)', () => {
  it('keeps every original point, puts the new ones on the long segment, pieces growing at most twofold', () => {
    const b = balancedControl(PATH)
    for (const p of PATH) expect(b.pts).toContainEqual(p)
    expect(b.pts.length).toBeGreaterThan(PATH.length)
    const added = b.pts.filter((p) => !PATH.includes(p))
    for (const p of added) expect(offLine(p, PATH[2], PATH[3])).toBeLessThan(1e-9)
    const pieces = b.pts.slice(1).map((p, i) => dist(p, b.pts[i]))
    for (let i = 1; i < pieces.length; i++) expect(pieces[i] / pieces[i - 1], `piece ${i}`).toBeLessThanOrEqual(2 + 1e-9)
    // each point's original segment and place along it
    b.pts.forEach((p, k) => {
      const i = b.seg[k]
      const q: Vec3 = [0, 1, 2].map((c) => PATH[i][c] + (b.t[k] > 0 ? (PATH[i + 1][c] - PATH[i][c]) * b.t[k] : 0)) as Vec3
      expect(dist(p, q), `point ${k}`).toBeLessThan(1e-9)
    })
  })

  it('leaves paths without a long segment after a short one as they are', () => {
    const even: Vec3[] = [
      [0, 0, 0],
      [0, -30, 0],
      [5, -60, 0],
      [5, -95, 2],
    ]
    expect(balancedControl(even)).toEqual({ pts: even, seg: [0, 1, 2, 3], t: [0, 0, 0, 0] })
  })

  it('the dense curve stays near the polyline where the short segment meets the long one (no swing in the groin)', () => {
    const a = [1.5, 1.5, 1.5, 1.5]
    const dense = densify({ pts: PATH, a, b: a }, 3)
    // between the femoral triangle and 40 mm past the division: how far the curve strays from the two segments
    let worst = 0
    for (const p of dense.pts) {
      if (p[1] > -90 || p[1] < -160) continue
      const off = p[1] >= -120 ? offLine(p, PATH[1], PATH[2]) : offLine(p, PATH[2], PATH[3])
      worst = Math.max(worst, off)
    }
    // 8.5 mm with the uniform spline through the four points alone, 1.7 mm now
    expect(worst).toBeLessThan(2.5)
  })
})

describe('the femoral nerve in the built glb', () => {
  it('runs through the groin without a step: its section centre moves at most 1.5 mm per 3 mm of height', async () => {
    const doc = await loadDoc()
    const m = structureMesh(doc, 'femoralRight')
    const rows: string[] = []
    let prev: [number, number] | null = null
    for (let y = -0.06; y >= -0.14; y -= 0.003) {
      const c = horizontalSection(m, y, -0.14, 0.05).centroid
      if (c && prev && Math.hypot(c[0] - prev[0], c[1] - prev[1]) > 0.0015)
        rows.push(`y ${(y * 1000).toFixed(0)} mm: moved ${(Math.hypot(c[0] - prev[0], c[1] - prev[1]) * 1000).toFixed(1)} mm`)
      prev = c
    }
    // it moved 3.4 mm per 3 mm at y = -96 mm (5 mm out and 5 mm forward over 9 mm) before balancedControl
    expect(rows).toEqual([])
  })
})

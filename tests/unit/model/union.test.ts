/**
 * scripts/models/union.ts on two crossing lofts (the psoas's belly and a slip, in miniature): one closed manifold
 * surface, no edge under the collapse length, skin weights that are a partition of unity and the inputs' own away
 * from the cut, the morph deltas kept. The built psoas is checked on the glb by the model card (model-card.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { loft } from '../../../scripts/models/loft.ts'
import type { Section } from '../../../scripts/models/loft.ts'
import { unionLofts } from '../../../scripts/models/union.ts'
import { splitPieces } from '../../../scripts/model-card/measure.ts'

const X: [number, number, number] = [1, 0, 0]
// a vertical tube on joint 2 and a slanted one on joint 5 that enters it from the side
const belly: Section[] = [
  { c: [0, 60, 0], a: 8, b: 6, widthDir: X, joints: [[2, 1]], belly: 1 },
  { c: [0, 0, 0], a: 10, b: 8, widthDir: X, joints: [[2, 1]], belly: 1 },
  { c: [0, -60, 0], a: 8, b: 6, widthDir: X, joints: [[2, 1]], belly: 1 },
]
const slip: Section[] = [
  { c: [30, 40, 2], a: 3, b: 2.5, widthDir: X, joints: [[5, 1]], belly: 0 },
  { c: [0, 10, 0], a: 4, b: 3, widthDir: X, joints: [[5, 1]], belly: 0 },
]

describe('unionLofts', () => {
  const a = loft(belly, 18, 5, 0.2)
  const b = loft(slip, 6, 5, 0)
  const u = unionLofts([a, b], 0.2)
  const P = u.geo.positions
  const I = u.geo.indices

  it('is one closed, consistently wound surface with no edge shorter than the collapse length', () => {
    const edges = new Map<string, number>()
    let shortest = Infinity
    for (let t = 0; t < I.length; t += 3)
      for (let j = 0; j < 3; j++) {
        const p = I[t + j]
        const q = I[t + ((j + 1) % 3)]
        // a directed edge appears once; its reverse once (closed and consistently wound)
        const k = `${p}_${q}`
        edges.set(k, (edges.get(k) ?? 0) + 1)
        shortest = Math.min(shortest, Math.hypot(P[p * 3] - P[q * 3], P[p * 3 + 1] - P[q * 3 + 1], P[p * 3 + 2] - P[q * 3 + 2]))
      }
    for (const [k, n] of edges) {
      expect(n, k).toBe(1)
      const [p, q] = k.split('_')
      expect(edges.get(`${q}_${p}`), `reverse of ${k}`).toBe(1)
    }
    expect(shortest).toBeGreaterThanOrEqual(0.2)
    expect(splitPieces({ pos: Float64Array.from(P), idx: I }).length).toBe(1)
    // the slip's part inside the belly is gone: no vertex in the belly's core (the slip's end at (0, 10, 0) was)
    let inCore = 0
    for (let v = 0; v < P.length / 3; v++) if (Math.abs(P[v * 3]) < 5 && Math.abs(P[v * 3 + 2]) < 4 && Math.abs(P[v * 3 + 1]) < 30) inCore++
    expect(inCore).toBe(0)
    expect(b.geo.positions.some((x, i) => i % 3 === 0 && Math.abs(x) < 5 && Math.abs(b.geo.positions[i + 1]) < 30 && Math.abs(b.geo.positions[i + 2]) < 4)).toBe(true)
  })

  it('keeps the skin weights (a partition of unity; each tube its own joint away from the cut) and the morph', () => {
    let slipTip = -1
    let bellyLow = -1
    for (let v = 0; v < P.length / 3; v++) {
      const w = u.skin.weights.subarray(v * 4, v * 4 + 4)
      expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 5)
      if (P[v * 3] > 28) slipTip = v
      if (P[v * 3 + 1] < -50) bellyLow = v
    }
    expect(slipTip).toBeGreaterThanOrEqual(0)
    expect(bellyLow).toBeGreaterThanOrEqual(0)
    expect([u.skin.joints[slipTip * 4], u.skin.weights[slipTip * 4]]).toEqual([5, 1])
    expect([u.skin.joints[bellyLow * 4], u.skin.weights[bellyLow * 4]]).toEqual([2, 1])
    // the belly's morph thickens it: its delta points away from the axis; the slip has none
    const d = [u.tense[bellyLow * 3], u.tense[bellyLow * 3 + 2]]
    expect(d[0] * P[bellyLow * 3] + d[1] * P[bellyLow * 3 + 2]).toBeGreaterThan(0)
    expect(Math.hypot(u.tense[slipTip * 3], u.tense[slipTip * 3 + 1], u.tense[slipTip * 3 + 2])).toBe(0)
  })
})

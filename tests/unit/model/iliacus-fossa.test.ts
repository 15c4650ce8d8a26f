/**
 * Issue 9 item 2: the iliacus lines the iliac fossa (gap ≤ 3 mm) from the crest down towards the brim. Measured on
 * the built glb at rest: in every 5 mm horizontal slab of the iliacus above the fossa's lower end (25 mm above the
 * reference iliacus brim point, where the muscle leaves the fossa for the brim), its nearest vertex to the hip bone
 * is within 3 mm of the bone's triangles. Built along the reference line of action, the fan stood 13–21 mm in front
 * of the fossa.
 */
import { describe, expect, it } from 'vitest'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import { SurfaceIndex, loadDoc, structureIndices, structurePositions } from './glb.ts'
import type { V3 } from './glb.ts'

const L = ref.landmarks as Record<string, { position_m: number[] }>
const GAP_M = 0.003
const SLAB_M = 0.005

describe('iliacus on the iliac fossa (built glb, rest)', () => {
  it('every 5 mm slab of the iliacus above the brim has a vertex within 3 mm of the hip bone, both sides', async () => {
    const doc = await loadDoc()
    const pelvis = new SurfaceIndex(structurePositions(doc, 'pelvis'), structureIndices(doc, 'pelvis'))
    const yLow = L.iliacusBrimPointRight.position_m[1] + 0.025
    const lines: string[] = []
    for (const side of ['Right', 'Left'] as const) {
      const p = structurePositions(doc, `iliacus${side}`)
      const best = new Map<number, number>()
      for (let i = 0; i < p.length; i += 3) {
        if (p[i + 1] < yLow) continue
        const slab = Math.floor((p[i + 1] - yLow) / SLAB_M)
        const d = pelvis.distance([p[i], p[i + 1], p[i + 2]] as V3, 0.03)
        best.set(slab, Math.min(best.get(slab) ?? Infinity, d))
      }
      expect(best.size, `iliacus${side} slabs above the brim`).toBeGreaterThanOrEqual(10)
      for (const [slab, d] of [...best].sort((a, b) => a[0] - b[0])) expect.soft(d, `iliacus${side} slab ${slab} (${slab * 5}–${slab * 5 + 5} mm above the fossa's lower end): gap to the hip bone, m`).toBeLessThanOrEqual(GAP_M)
      lines.push(`${side}: worst slab gap ${(Math.max(...best.values()) * 1000).toFixed(1)} mm over ${best.size} slabs`)
    }
    console.info(`iliacus ↔ iliac fossa (target ≤ 3 mm):\n  ${lines.join('\n  ')}`)
  })
})

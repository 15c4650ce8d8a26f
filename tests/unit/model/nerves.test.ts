/** Nerves: roots through open foramina, exit from the psoas on the reference border at the reference level. */
import { describe, expect, it } from 'vitest'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import { NERVE_KEYS } from '../../../src/scene-state/ids.ts'
import type { V3 } from './glb.ts'
import { SurfaceIndex, loadDoc, nearest, slice, structureIndices, structurePositions } from './glb.ts'

type NerveRef = { roots: string[]; rootForamina_m: Record<string, number[]>; exitFromPsoas: { border: string; level: string; position_m: number[]; tolerance_m: number }; diameterMm: number }
const NERVES = ref.nerves as unknown as Record<string, NerveRef>
const mir = (p: ArrayLike<number>): V3 => [-p[0], p[1], p[2]]
const SIDES = [
  ['Right', (p: ArrayLike<number>): V3 => [p[0], p[1], p[2]]],
  ['Left', mir],
] as const

describe('model nerves', () => {
  it('each nerve leaves the psoas on the reference border (lateral/anterior/medial) at the reference level', async () => {
    const doc = await loadDoc()
    const results: Array<{ nerve: string; border: string; ok: boolean }> = []
    for (const [side, f] of SIDES) {
      const psoas = structurePositions(doc, `psoasMajor${side}`)
      const psoasIdx = structureIndices(doc, `psoasMajor${side}`)
      for (const key of NERVE_KEYS) {
        const n = NERVES[key]
        const e = f(n.exitFromPsoas.position_m)
        // the nerve passes through the exit point
        const nerve = structurePositions(doc, `${key}${side}`)
        expect(nearest(e, nerve).d).toBeLessThan(n.diameterMm / 2000 + 0.002)
        // psoas outline at that height (belly only: within 35 mm of the exit point)
        const pts = slice(psoas, psoasIdx, [0, 1, 0], e[1]).filter((p) => Math.hypot(p[0] - e[0], p[2] - e[2]) < 0.035)
        expect(pts.length).toBeGreaterThan(6)
        const xs = pts.map((p) => p[0])
        const zs = pts.map((p) => p[2])
        const lateralX = side === 'Right' ? Math.min(...xs) : Math.max(...xs)
        const medialX = side === 'Right' ? Math.max(...xs) : Math.min(...xs)
        const anteriorZ = Math.max(...zs)
        const cx = (lateralX + medialX) / 2
        const halfW = Math.abs(lateralX - medialX) / 2
        const lat = (x: number): number => (side === 'Right' ? -x : x) // + = lateral
        const border = n.exitFromPsoas.border.split(' ')[0]
        const tol = n.exitFromPsoas.tolerance_m
        const ok =
          border === 'lateral'
            ? lat(e[0]) - lat(cx) > 0.4 * halfW && Math.abs(e[0] - lateralX) < tol
            : border === 'medial'
              ? lat(cx) - lat(e[0]) > 0.4 * halfW && Math.abs(e[0] - medialX) < tol
              : border === 'anterior' && Math.abs(e[2] - anteriorZ) < tol && Math.abs(lat(e[0]) - lat(cx)) < halfW
        results.push({ nerve: `${key}${side}`, border, ok })
      }
    }
    expect(results.filter((r) => !r.ok)).toEqual([])
    expect(new Set(results.map((r) => r.border))).toEqual(new Set(['lateral', 'anterior', 'medial']))
  })

  it('each intervertebral foramen is open and the matching nerve root passes through it', async () => {
    const doc = await loadDoc()
    const bones = ['vertebraL1', 'vertebraL2', 'vertebraL3', 'vertebraL4', 'vertebraL5', 'sacrum'].map(
      (id) => new SurfaceIndex(structurePositions(doc, id), structureIndices(doc, id)),
    )
    const checked = new Set<string>()
    for (const [side, f] of SIDES)
      for (const key of NERVE_KEYS) {
        const n = NERVES[key]
        const nerve = structurePositions(doc, `${key}${side}`)
        for (const root of n.roots) {
          const p = f(n.rootForamina_m[root])
          const rootR = Math.max(0.001, (n.diameterMm / 2000) * 0.75)
          expect(nearest(p, nerve).d).toBeLessThan(rootR + 0.0015)
          const tag = `${side}${root}`
          if (checked.has(tag)) continue
          checked.add(tag)
          // open: no bone within 2.5 mm of the foramen centre
          for (const b of bones) expect(b.distance(p, 0.0025)).toBe(Infinity)
        }
      }
    expect(checked.size).toBe(12) // T12 … L5, both sides
  })
})

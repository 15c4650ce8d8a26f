/**
 * Baked ambient occlusion (issue 9 item 6; scripts/models/ao.ts), read from the built glbs: every bone, disc and muscle
 * carries a `_AO` level per vertex (unsigned byte, 0 open … AO_DEFAULTS.levels), nerves and the symptom overlay do not,
 * and the renderer darkens by the same step per level as the build documents. Where the levels fall is checked
 * against the geometry itself, not the bake's voxels and rays: vertices that touch another structure (its nearest
 * vertex within 3 mm) are darker on average than vertices with nothing within 25 mm, and the discs, held between two
 * vertebrae, are darker than the vertebrae.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { AO_DEFAULTS } from '../../../scripts/models/ao.ts'
import { AO_GREY_PER_LEVEL } from '../../../src/render/materials.ts'
import { STRUCTURE_IDS, structureInfo } from '../../../src/scene-state/ids.ts'
import { LOWPOLY_FILE, MANIFEST_FILE, MODEL_FILE, loadDoc, structurePositions, structurePrimitive } from './glb.ts'
import type { Document } from '@gltf-transform/core'

const OCCLUDED = STRUCTURE_IDS.filter((id) => structureInfo(id).layer !== 'nerves')
const NERVES = STRUCTURE_IDS.filter((id) => structureInfo(id).layer === 'nerves')

function levels(doc: Document, id: string): number[] {
  const a = structurePrimitive(doc, id).getAttribute('_AO')!
  return Array.from({ length: a.getCount() }, (_, i) => a.getScalar(i))
}

/**
 * For every occluded structure, the distance from each of its vertices to the nearest vertex of any other occluded
 * structure (one 10 mm grid of all their vertices, searched up to 30 mm).
 */
function distancesToOthers(doc: Document): Map<string, number[]> {
  const cell = 0.01
  const positions = OCCLUDED.map((id) => structurePositions(doc, id))
  const key = (x: number, y: number, z: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`
  const grid = new Map<string, number[]>() // [x, y, z, owner, …]
  positions.forEach((p, owner) => {
    for (let i = 0; i < p.length; i += 3) {
      const k = key(p[i], p[i + 1], p[i + 2])
      let l = grid.get(k)
      if (!l) grid.set(k, (l = []))
      l.push(p[i], p[i + 1], p[i + 2], owner)
    }
  })
  return new Map(
    OCCLUDED.map((id, owner) => {
      const own = positions[owner]
      const out: number[] = []
      for (let i = 0; i < own.length; i += 3) {
        const [x, y, z] = [own[i], own[i + 1], own[i + 2]]
        const [cx, cy, cz] = [Math.floor(x / cell), Math.floor(y / cell), Math.floor(z / cell)]
        let best = Infinity
        for (let dx = -3; dx <= 3; dx++)
          for (let dy = -3; dy <= 3; dy++)
            for (let dz = -3; dz <= 3; dz++) {
              const l = grid.get(`${cx + dx},${cy + dy},${cz + dz}`)
              if (l) for (let j = 0; j < l.length; j += 4) if (l[j + 3] !== owner) best = Math.min(best, (l[j] - x) ** 2 + (l[j + 1] - y) ** 2 + (l[j + 2] - z) ** 2)
            }
        out.push(Math.sqrt(best))
      }
      return [id, out]
    }),
  )
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length)

describe.each([
  ['full', MODEL_FILE],
  ['low-poly', LOWPOLY_FILE],
])('model: baked ambient occlusion (%s glb)', (_name, file) => {
  it('bones, discs and muscles carry _AO (unsigned byte levels 0…levels, some open, some dark); nerves and the overlay do not', async () => {
    const doc = await loadDoc(file)
    for (const id of OCCLUDED) {
      const a = structurePrimitive(doc, id).getAttribute('_AO')
      expect(a, id).not.toBeNull()
      expect([a!.getType(), a!.getComponentType(), a!.getNormalized()], id).toEqual(['SCALAR', 5121, false])
      const l = levels(doc, id)
      expect(Math.max(...l), id).toBeLessThanOrEqual(AO_DEFAULTS.levels)
      expect(Math.max(...l), id).toBeGreaterThanOrEqual(3)
    }
    for (const id of [...NERVES, 'symptomPatches']) expect(structurePrimitive(doc, id).getAttribute('_AO'), id).toBeNull()
  })

  it('vertices touching another structure are darker than vertices with nothing near; discs darker than vertebrae', async () => {
    const doc = await loadDoc(file)
    const rows: string[] = []
    const touching: number[] = []
    const apart: number[] = []
    const distances = distancesToOthers(doc)
    for (const id of OCCLUDED) {
      const l = levels(doc, id)
      const d = distances.get(id)!
      const t = l.filter((_, i) => d[i] <= 0.003)
      const f = l.filter((_, i) => d[i] > 0.025)
      touching.push(...t)
      apart.push(...f)
      if (t.length >= 20 && f.length >= 20 && mean(t) <= mean(f)) rows.push(`${id}: touching ${mean(t).toFixed(2)} (${t.length}) ≤ apart ${mean(f).toFixed(2)} (${f.length})`)
    }
    console.info(`[ao ${_name}] mean level touching ${mean(touching).toFixed(2)} (${touching.length} vertices), apart ${mean(apart).toFixed(2)} (${apart.length})`)
    expect(rows).toEqual([])
    expect(mean(touching)).toBeGreaterThan(mean(apart) + 1.5)
    const vertebrae = ['L1', 'L2', 'L3', 'L4', 'L5'].map((l) => mean(levels(doc, `vertebra${l}`)))
    const discs = ['L1L2', 'L2L3', 'L3L4', 'L4L5', 'L5S1'].map((l) => mean(levels(doc, `disc${l}`)))
    expect(Math.min(...discs)).toBeGreaterThan(Math.max(...vertebrae) + 0.5)
  })
})

describe('model: baked ambient occlusion, build and renderer agree', () => {
  it('the renderer darkens by the build’s step per level; the manifest documents the attribute', () => {
    expect(AO_GREY_PER_LEVEL).toBe(AO_DEFAULTS.greyPerLevel)
    const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as { structureAttributes: Record<string, string> }
    expect(Object.keys(manifest.structureAttributes)).toEqual(['_AO'])
    const doc = manifest.structureAttributes['_AO']
    expect(doc).toContain(`0 (open) to ${AO_DEFAULTS.levels}`)
    expect(doc).toContain(`by ${AO_GREY_PER_LEVEL}`)
  })
})

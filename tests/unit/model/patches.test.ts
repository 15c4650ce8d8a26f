/**
 * The symptom patch overlay (scripts/models/patches.ts): one skinned node `symptomPatches` on pelvisJoint and the hips,
 * its custom attributes, the patch order in extras.patches, the triangle budget, and where it lies (on the groin and
 * thigh, in front of the bones, left patches on the left).
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import { LOWPOLY_FILE, MANIFEST_FILE, loadDoc, nearest, nodeByName, structurePositions } from './glb.ts'
import { RIM_RANGE_M } from '../../../scripts/models/patches.ts'
import { RIM_RANGE_M as SHADER_RIM_RANGE_M } from '../../../src/render/symptomShader.ts'

const REGIONS = ['suprapubic', 'inguinalGroin', 'upperAnteriorThigh', 'upperMedialThigh', 'anterolateralThigh', 'anteriorThigh', 'anteromedialThigh', 'medialThigh']
const PATCHES = [
  { region: 'suprapubic', side: 'left' },
  { region: 'inguinalGroin', side: 'left' },
  { region: 'upperAnteriorThigh', side: 'left' },
  { region: 'upperMedialThigh', side: 'left' },
  { region: 'anterolateralThigh', side: 'left' },
  { region: 'anteriorThigh', side: 'left' },
  { region: 'anteromedialThigh', side: 'left' },
  { region: 'medialThigh', side: 'left' },
  { region: 'suprapubic', side: 'right' },
  { region: 'inguinalGroin', side: 'right' },
  { region: 'upperAnteriorThigh', side: 'right' },
  { region: 'upperMedialThigh', side: 'right' },
  { region: 'anterolateralThigh', side: 'right' },
  { region: 'anteriorThigh', side: 'right' },
  { region: 'anteromedialThigh', side: 'right' },
  { region: 'medialThigh', side: 'right' },
]
const KNEE_Y = ref.femur.kneeCentre_m.position_m[1]
const ASIS_Y = ref.landmarks.asisRight.position_m[1]

async function patches(file?: string) {
  const doc = await loadDoc(file)
  const node = nodeByName(doc, 'symptomPatches')
  const prim = node.getMesh()!.listPrimitives()[0]
  const scalar = (name: string): number[] => {
    const a = prim.getAttribute(name)!
    return Array.from({ length: a.getCount() }, (_, i) => a.getScalar(i))
  }
  return { doc, node, prim, scalar }
}

describe('model: symptom patch overlay', () => {
  it('one node `symptomPatches` under root, skinned with the glb skin to exactly pelvisJoint, hipLeft and hipRight', async () => {
    const { doc, node, prim } = await patches()
    expect(node.getParentNode()?.getName()).toBe('root')
    expect(node.getMesh()!.listPrimitives()).toHaveLength(1)
    expect(node.getSkin()).toBe(doc.getRoot().listSkins()[0])
    const joints = node.getSkin()!.listJoints()
    const J = prim.getAttribute('JOINTS_0')!
    const W = prim.getAttribute('WEIGHTS_0')!
    const used = new Set<string>()
    const j = [0, 0, 0, 0]
    const w = [0, 0, 0, 0]
    for (let i = 0; i < J.getCount(); i++) {
      J.getElement(i, j)
      W.getElement(i, w)
      for (let k = 0; k < 4; k++) if (w[k] > 0) used.add(joints[j[k]].getName())
    }
    expect([...used].sort()).toEqual(['hipLeft', 'hipRight', 'pelvisJoint'])
  })

  it('attributes: POSITION, NORMAL, skin, _PATCH (byte), _RIM (normalised unsigned byte, × RIM_RANGE_M = m); no stored hatch phase', async () => {
    const { prim } = await patches()
    expect(prim.listSemantics().sort()).toEqual(['JOINTS_0', 'NORMAL', 'POSITION', 'WEIGHTS_0', '_PATCH', '_RIM'])
    const t = (s: string) => {
      const a = prim.getAttribute(s)!
      return [a.getType(), a.getComponentType(), a.getNormalized()]
    }
    expect([t('_PATCH'), t('_RIM')]).toEqual([
      ['SCALAR', 5121, false],
      ['SCALAR', 5121, true],
    ])
    // the renderer reads _RIM with the build's scale
    expect(SHADER_RIM_RANGE_M).toBe(RIM_RANGE_M)
  })

  it('extras.patches lists the (region, side) pairs in _PATCH order; the manifest lists it as an overlay, not a structure', async () => {
    const { node } = await patches()
    expect((node.getExtras() as { patches: unknown }).patches).toEqual(PATCHES)
    const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as {
      structures: Array<{ id: string }>
      overlays: Array<{ id: string; node: string; skinJoints: string[]; attributes: Record<string, string>; patches: Array<{ region: string; side: string }> }>
    }
    expect(manifest.structures.map((s) => s.id)).not.toContain('symptomPatches')
    expect(manifest.overlays.map((o) => [o.id, o.node, o.skinJoints, Object.keys(o.attributes).sort()])).toEqual([
      ['symptomPatches', 'symptomPatches', ['pelvisJoint', 'hipLeft', 'hipRight'], ['JOINTS_0', 'WEIGHTS_0', '_PATCH', '_RIM']],
    ])
    expect(manifest.overlays[0].patches.map(({ region, side }) => ({ region, side }))).toEqual(PATCHES)
  })

  it('triangles within budget: full ≤ 5000, low-poly ≤ 2500; every patch has triangles', async () => {
    for (const [file, max] of [[undefined, 5000], [LOWPOLY_FILE, 2500]] as const) {
      const { prim, scalar } = await patches(file)
      const idx = prim.getIndices()!.getArray()!
      expect(idx.length / 3).toBeLessThanOrEqual(max)
      expect(idx.length / 3).toBeGreaterThan(500)
      const patch = scalar('_PATCH')
      const perPatch = PATCHES.map((_, p) => {
        let n = 0
        for (let t = 0; t < idx.length; t += 3) if (patch[idx[t]] === p) n++
        return n
      })
      expect(perPatch.filter((n) => n < 4)).toEqual([])
    }
  })

  it('lies on the groin and thigh at rest: between the ASIS and the knee, left patches on the left, in front of the bones', async () => {
    const { doc, scalar } = await patches()
    const pos = structurePositions(doc, 'symptomPatches')
    const patch = scalar('_PATCH')
    const bones = ['pelvis', 'femurLeft', 'femurRight'].map((id) => structurePositions(doc, id))
    const bad: string[] = []
    let minBone = Infinity
    for (let i = 0; i < patch.length; i++) {
      const [x, y, z] = [pos[i * 3], pos[i * 3 + 1], pos[i * 3 + 2]]
      const side = PATCHES[patch[i]].side
      if (y > ASIS_Y + 0.001 || y < KNEE_Y) bad.push(`${i} y ${y}`)
      if (side === 'left' ? x <= 0 : x >= 0) bad.push(`${i} x ${x} ${side}`)
      if (Math.abs(x) > 0.18 || z < -0.07 || z > 0.035) bad.push(`${i} out of the thigh box ${x} ${z}`)
      if (i % 7 === 0) for (const b of bones) minBone = Math.min(minBone, nearest([x, y, z], b).d)
    }
    expect(bad.slice(0, 5)).toEqual([])
    expect(minBone).toBeGreaterThan(0.005)
    // thigh patches ride on the hip alone; both hips' regions reach down the thigh
    const ys = (region: string) => PATCHES.flatMap((p, k) => (p.region === region ? [k] : [])).map((k) => Math.min(...Array.from(patch.keys()).filter((i) => patch[i] === k).map((i) => pos[i * 3 + 1])))
    expect(ys('anteriorThigh').every((y) => y < -0.3)).toBe(true)
    expect(ys('suprapubic').every((y) => y > -0.1)).toBe(true)
  })

  it('_RIM is the distance to the border (0 on it, > 5 mm inside each patch, at most its 25.5 mm range)', async () => {
    const { scalar } = await patches()
    const rim = scalar('_RIM').map((v) => v * RIM_RANGE_M)
    const patch = scalar('_PATCH')
    const rows = PATCHES.map((_, k) => {
      const r = rim.filter((_, i) => patch[i] === k)
      return { min: Math.min(...r) < 1e-6, max: Math.max(...r) > 0.005 }
    })
    expect(rows).toEqual(PATCHES.map(() => ({ min: true, max: true })))
    expect(Math.max(...rim)).toBeLessThanOrEqual(RIM_RANGE_M + 1e-9)
  })

  it('regions drawn are the front-view body-map regions between ASIS and knee supplied by a plexus nerve (genital excepted)', () => {
    const nerves = ref.nerves as unknown as Record<string, { sensoryRegions?: string[] }>
    const supplied = new Set(Object.values(nerves).flatMap((n) => n.sensoryRegions ?? []))
    const lv = ref.bodyMap.outlineKeyLevels_y
    const expected = ref.bodyMap.regions
      .filter((r) => r.view === 'front' && r.id !== 'genital' && supplied.has(r.id) && r.polygonRight.every(([, y]) => y >= lv.asis && y <= lv.knee))
      .map((r) => r.id)
    expect(expected).toEqual(REGIONS)
  })
})

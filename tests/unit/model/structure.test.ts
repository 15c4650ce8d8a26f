import { describe, expect, it } from 'vitest'
import { readFileSync, statSync } from 'node:fs'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import { JOINT_NODE_NAMES, STRUCTURE_IDS, structureInfo } from '../../../src/scene-state/ids.ts'
import { buildInputHash } from '../../../scripts/models/hash.ts'
import { LOWPOLY_FILE, MANIFEST_FILE, MODEL_FILE, createIO, d3, loadDoc, nodeByName, structurePositions, worldMatrix } from './glb.ts'
import { Matrix4, Vector3 } from 'three'
import type { Document, Node } from '@gltf-transform/core'

const HIERARCHY = {
  root: {
    pelvisJoint: {
      pelvis: {},
      sacrum: {},
      hipLeft: { femurLeft: {} },
      hipRight: { femurRight: {} },
      jointL5S1: { vertebraL5: {}, jointL4L5: { vertebraL4: {}, jointL3L4: { vertebraL3: {}, jointL2L3: { vertebraL2: {}, jointL1L2: { vertebraL1: {} } } } } },
    },
  },
}
type Tree = { [k: string]: Tree }
function ibm(n: Node, k: number): number[] {
  const out = Array.from({ length: 16 }, () => 0)
  n.getSkin()!.getInverseBindMatrices()!.getElement(k, out)
  return out
}
const SKELETON_NAMES = new Set<string>([...JOINT_NODE_NAMES, 'pelvis', 'sacrum', 'femurLeft', 'femurRight', 'vertebraL1', 'vertebraL2', 'vertebraL3', 'vertebraL4', 'vertebraL5'])
function tree(n: Node): Tree {
  const out: Tree = {}
  for (const c of n.listChildren()) if (SKELETON_NAMES.has(c.getName())) out[c.getName()] = tree(c)
  return out
}
const L = ref.landmarks as Record<string, { position_m: number[]; tolerance_m: number }>
const mirror = (p: number[]): number[] => [-p[0], p[1], p[2]]

const names = (d: Document): string[] => d.getRoot().listNodes().map((n) => n.getName()).filter((n) => n).sort()

/** The one mesh node that is not a structure: the symptom patch overlay (manifest `overlays`). */
const OVERLAY = 'symptomPatches'

function triangles(doc: Document, skip: string[] = []): number {
  let t = 0
  for (const m of doc.getRoot().listMeshes()) if (!skip.includes(m.getName())) for (const p of m.listPrimitives()) t += p.getIndices()!.getCount() / 3
  return t
}

describe('model: files, budgets, ids', () => {
  it('full glb within budgets: ≤ 300 KB, ≤ 120k triangles, ≤ 40 meshes/draw calls, meshopt + quantisation', async () => {
    const bytes = statSync(MODEL_FILE).size
    expect(bytes).toBeLessThanOrEqual(300 * 1024)
    const doc = await loadDoc()
    expect(triangles(doc)).toBeLessThanOrEqual(120_000)
    expect(triangles(doc)).toBeGreaterThan(30_000)
    const prims = doc.getRoot().listMeshes().reduce((s, m) => s + m.listPrimitives().length, 0)
    expect(prims).toBeLessThanOrEqual(40)
    const used = doc.getRoot().listExtensionsUsed().map((e) => e.extensionName)
    expect(used).toContain('EXT_meshopt_compression')
    expect(used).toContain('KHR_mesh_quantization')
  })

  it('low-poly glb: same node names and hierarchy, ≤ 15k triangles of anatomy (+ ≤ 2.5k of overlay)', async () => {
    const full = await loadDoc()
    const low = await loadDoc(LOWPOLY_FILE)
    expect(triangles(low, [OVERLAY])).toBeLessThanOrEqual(15_000)
    expect(triangles(low)).toBeLessThanOrEqual(17_500)
    expect(names(low)).toEqual(names(full))
    expect(tree(nodeByName(low, 'root'))).toEqual(tree(nodeByName(full, 'root')))
  })

  it('manifest lists exactly STRUCTURE_IDS with layer/side, and every id is a node of the glb', async () => {
    const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as { structures: Array<{ id: string; node: string; layer: string; side: string | null; roots?: string }> }
    expect(manifest.structures.map((s) => s.id)).toEqual([...STRUCTURE_IDS])
    const doc = await loadDoc()
    const rows = manifest.structures.map((s) => {
      const n = nodeByName(doc, s.node)
      return { id: s.id, node: s.node, layer: s.layer, side: s.side, hasMesh: !!n.getMesh() || n.listChildren().some((c) => c.getMesh()), rootsOk: s.layer !== 'nerves' || /^(T12|L\d)(-(L\d))?$/.test(s.roots ?? '') }
    })
    const expected = STRUCTURE_IDS.map((id) => ({ id, node: id, ...structureInfo(id), hasMesh: true, rootsOk: true }))
    expect(rows).toEqual(expected)
  })

  it('mesh nodes are the structures (`<id>` or its child `<id>Mesh`) and exactly one overlay, `symptomPatches`', async () => {
    for (const doc of [await loadDoc(), await loadDoc(LOWPOLY_FILE)]) {
      const meshNodes = doc
        .getRoot()
        .listNodes()
        .filter((n) => n.getMesh())
        .map((n) => n.getName().replace(/Mesh$/, ''))
        .sort()
      expect(meshNodes).toEqual([...STRUCTURE_IDS, OVERLAY].sort())
    }
  })

  it('node hierarchy is root{pelvisJoint{pelvis, sacrum, hipLeft{femurLeft}, hipRight{femurRight}, jointL5S1{…}}}', async () => {
    const doc = await loadDoc()
    const scene = doc.getRoot().listScenes()[0]
    expect(scene.listChildren().map((n) => n.getName())).toEqual(['root'])
    expect({ root: tree(nodeByName(doc, 'root')) }).toEqual(HIERARCHY)
  })

  it('joint nodes sit at the reference landmarks (rest pose)', async () => {
    const doc = await loadDoc()
    const expected: Record<string, number[]> = {
      pelvisJoint: L.pelvisPivot.position_m,
      hipRight: L.hipCentreRight.position_m,
      hipLeft: mirror(L.hipCentreRight.position_m),
      jointL5S1: L.jointL5S1.position_m,
      jointL4L5: L.jointL4L5.position_m,
      jointL3L4: L.jointL3L4.position_m,
      jointL2L3: L.jointL2L3.position_m,
      jointL1L2: L.jointL1L2.position_m,
    }
    for (const [name, p] of Object.entries(expected)) {
      const w = new Vector3().setFromMatrixPosition(worldMatrix(nodeByName(doc, name)))
      expect(d3([w.x, w.y, w.z], p)).toBeLessThan(1e-6)
    }
    // vertebra nodes carry their body centre
    for (const l of ['L1', 'L2', 'L3', 'L4', 'L5']) {
      const w = new Vector3().setFromMatrixPosition(worldMatrix(nodeByName(doc, `vertebra${l}`)))
      expect(d3([w.x, w.y, w.z], L[`bodyCentre${l}`].position_m)).toBeLessThan(1e-6)
    }
  })

  it('one skin over the joint nodes; discs, muscles and nerves are skinned; muscles carry the morph target `tense`', async () => {
    const doc = await loadDoc()
    const skins = doc.getRoot().listSkins()
    expect(skins).toHaveLength(1)
    expect(skins[0].listJoints().map((j) => j.getName())).toEqual(['pelvisJoint', 'hipLeft', 'hipRight', 'jointL5S1', 'jointL4L5', 'jointL3L4', 'jointL2L3', 'jointL1L2'])
    const rows = STRUCTURE_IDS.map((id) => {
      const n = nodeByName(doc, id)
      const mesh = n.getMesh() ?? n.listChildren().find((c) => c.getMesh())?.getMesh()
      const prim = mesh?.listPrimitives()[0]
      return {
        id,
        skinned: n.getSkin() === skins[0],
        parent: n.getParentNode()?.getName(),
        joints: !!prim?.getAttribute('JOINTS_0'),
        targets: ((mesh?.getExtras() ?? {}) as { targetNames?: string[] }).targetNames ?? [],
        targetCount: prim?.listTargets().length ?? 0,
      }
    })
    const expected = STRUCTURE_IDS.map((id) => {
      const layer = structureInfo(id).layer
      const skinned = layer !== 'bones'
      const muscle = layer === 'muscles'
      return { id, skinned, parent: skinned ? 'root' : rows.find((r) => r.id === id)?.parent, joints: skinned, targets: muscle ? ['tense'] : [], targetCount: muscle ? 1 : 0 }
    })
    expect(rows).toEqual(expected)
    // bones hang under joints, never under root directly
    expect(rows.filter((r) => structureInfo(r.id).layer === 'bones' && r.parent === 'root')).toEqual([])
  })

  it('the `tense` morph thickens the psoas belly by a few millimetres and leaves the attachments in place', async () => {
    const doc = await loadDoc()
    const node = nodeByName(doc, 'psoasMajorRight')
    const prim = node.getMesh()!.listPrimitives()[0]
    const t = prim.listTargets()[0].getAttribute('POSITION')!
    // morph deltas are in the mesh's (quantised) space: scale by the skin's bind transform at rest
    const bind = worldMatrix(nodeByName(doc, 'pelvisJoint')).multiply(new Matrix4().fromArray(ibm(node, 0)))
    const s = new Vector3().setFromMatrixScale(bind).x
    const rest = structurePositions(doc, 'psoasMajorRight')
    const el = [0, 0, 0]
    let max = 0
    let atInsertion = Infinity
    const lt = L.lesserTrochanterRight.position_m
    let bestD = Infinity
    for (let i = 0; i < t.getCount(); i++) {
      t.getElement(i, el)
      const m = Math.hypot(el[0], el[1], el[2]) * s
      max = Math.max(max, m)
      const d = d3([rest[i * 3], rest[i * 3 + 1], rest[i * 3 + 2]], lt)
      if (d < bestD) {
        bestD = d
        atInsertion = m
      }
    }
    expect(max).toBeGreaterThan(0.002)
    expect(max).toBeLessThan(0.008)
    expect(atInsertion).toBeLessThan(0.0002)
  })

  it('root extras: landmarks and the build-input hash, which matches the current builder inputs (stale model fails)', async () => {
    const doc = await loadDoc()
    const extras = nodeByName(doc, 'root').getExtras() as { buildInputHash: string; landmarks: Record<string, number[]> }
    expect(extras.landmarks.hipCentreLeft).toEqual(mirror(L.hipCentreRight.position_m))
    const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as { buildInputHash: string }
    const hash = buildInputHash()
    expect(extras.buildInputHash).toBe(hash)
    expect(manifest.buildInputHash).toBe(hash)
    const low = await loadDoc(LOWPOLY_FILE)
    expect((nodeByName(low, 'root').getExtras() as { buildInputHash: string }).buildInputHash).toBe(hash)
  })

  it('validator: the decoded glb re-written without meshopt compression has no errors', async () => {
    const io = createIO()
    const doc = await io.read(MODEL_FILE)
    for (const e of doc.getRoot().listExtensionsUsed()) if (e.extensionName === 'EXT_meshopt_compression') e.dispose()
    const bytes = await io.writeBinary(doc)
    const validator = (await import('gltf-validator')) as unknown as { validateBytes: (b: Uint8Array) => Promise<{ issues: { numErrors: number; messages: Array<{ code: string; severity: number }> } }> }
    const report = await validator.validateBytes(bytes)
    expect(report.issues.messages.filter((m) => m.severity === 0).map((m) => m.code)).toEqual([])
    expect(report.issues.numErrors).toBe(0)
  })
})

/**
 * A tiny stand-in for models/lumbar-psoas.glb built with @gltf-transform/core (works in Node and in
 * the browser): the same node names and joint hierarchy (design.md "Joints and rest pose"), boxes
 * and square lofts instead of anatomy, discs/muscles/nerves skinned to the joints, a `tense` morph
 * on psoas and iliacus, the anchor nodes and the symptom patch overlay of the model build (its own
 * builders). Positions come from the reference so the frame matches the real model.
 */
import { Document, WebIO, type Node as GNode } from '@gltf-transform/core'
import ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import { NERVE_KEYS, SEGMENT_KEYS, type SegmentKey } from '../../src/scene-state/ids.ts'
// the model build's own anchor nodes and symptom patch overlay (the renderer reads both from the glb)
import { createAnchors } from '../../scripts/models/anchors.ts'
import { SYMPTOM_PATCHES, createSymptomPatches } from '../../scripts/models/patches.ts'

type V3 = [number, number, number]
const L = ref.landmarks as unknown as Record<string, { position_m: V3 }>
const P = (k: string): V3 => L[k].position_m
const mirror = (v: V3, left: boolean): V3 => (left ? [-v[0], v[1], v[2]] : [v[0], v[1], v[2]])
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]

interface MeshData {
  pos: number[]
  nrm: number[]
  idx: number[]
  joints?: number[]
  weights?: number[]
  tense?: number[]
}

/** Axis-aligned box centred at c with half sizes h (positions in the given frame). */
function box(m: MeshData, c: V3, h: V3, joint = 0) {
  const faces: [V3, V3, V3][] = [
    [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
    [[-1, 0, 0], [0, 0, 1], [0, 1, 0]],
    [[0, 1, 0], [0, 0, 1], [1, 0, 0]],
    [[0, -1, 0], [1, 0, 0], [0, 0, 1]],
    [[0, 0, 1], [1, 0, 0], [0, 1, 0]],
    [[0, 0, -1], [0, 1, 0], [1, 0, 0]],
  ]
  for (const [n, u, v] of faces) {
    const base = m.pos.length / 3
    for (const [su, sv] of [[-1, -1], [1, -1], [1, 1], [-1, 1]]) {
      for (let i = 0; i < 3; i++) m.pos.push(c[i] + h[i] * (n[i] + su * u[i] + sv * v[i]))
      m.nrm.push(...n)
      m.joints?.push(joint, 0, 0, 0)
      m.weights?.push(1, 0, 0, 0)
      m.tense?.push(0, 0, 0)
    }
    m.idx.push(base, base + 1, base + 2, base, base + 2, base + 3)
  }
}

/** A square tube through points; ring i is weighted to joints[i]; `swell[i]` is the morph outward push. */
function loft(m: MeshData, pts: V3[], half: number[], joints: number[], swell: number[]) {
  const base = m.pos.length / 3
  const corners: [number, number][] = [[1, 1], [-1, 1], [-1, -1], [1, -1]]
  pts.forEach((p, i) => {
    for (const [sx, sz] of corners) {
      m.pos.push(p[0] + sx * half[i], p[1], p[2] + sz * half[i])
      const k = Math.SQRT1_2
      m.nrm.push(sx * k, 0, sz * k)
      m.joints!.push(joints[i], 0, 0, 0)
      m.weights!.push(1, 0, 0, 0)
      m.tense?.push(sx * swell[i], 0, sz * swell[i])
    }
  })
  for (let i = 0; i + 1 < pts.length; i++)
    for (let c = 0; c < 4; c++) {
      const a = base + i * 4 + c
      const b = base + i * 4 + ((c + 1) % 4)
      const a2 = a + 4
      const b2 = b + 4
      m.idx.push(a, a2, b2, a, b2, b)
    }
}

export interface PlaceholderOptions {
  /** extra psoas swelling of the `tense` target in metres (default 0.008) */
  tenseSwell?: number
}

/** Builds the placeholder document (not yet written). */
export function buildPlaceholderDocument(opts: PlaceholderOptions = {}): Document {
  const doc = new Document()
  const buffer = doc.createBuffer()
  const scene = doc.createScene('Scene')
  const world = new Map<GNode, V3>()
  const node = (name: string, at: V3, parent: GNode | null): GNode => {
    const n = doc.createNode(name)
    const pw = parent ? world.get(parent)! : ([0, 0, 0] as V3)
    n.setTranslation(sub(at, pw))
    world.set(n, at)
    if (parent) parent.addChild(n)
    else scene.addChild(n)
    return n
  }
  const root = node('root', [0, 0, 0], null)
  const pelvisJoint = node('pelvisJoint', P('hipCentreRight').map((v, i) => (i === 0 ? 0 : v)) as V3, root)
  const hipRight = node('hipRight', P('hipCentreRight'), pelvisJoint)
  const hipLeft = node('hipLeft', mirror(P('hipCentreRight'), true), pelvisJoint)
  const segJoint = {} as Record<SegmentKey, GNode>
  let parent = pelvisJoint
  for (const k of SEGMENT_KEYS) {
    segJoint[k] = node(`joint${k}`, P(`joint${k}`), parent)
    parent = segJoint[k]
  }
  const jointList: GNode[] = [root, pelvisJoint, hipLeft, hipRight, ...SEGMENT_KEYS.map((k) => segJoint[k])]
  const J = (n: GNode) => jointList.indexOf(n)
  const skin = doc.createSkin('body')
  for (const j of jointList) skin.addJoint(j)
  const ibm = new Float32Array(16 * jointList.length)
  jointList.forEach((j, i) => {
    const w = world.get(j)!
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -w[0], -w[1], -w[2], 1], i * 16)
  })
  skin.setInverseBindMatrices(doc.createAccessor().setType('MAT4').setArray(ibm).setBuffer(buffer))
  skin.setSkeleton(root)

  const material = doc.createMaterial('placeholder').setBaseColorFactor([0.8, 0.8, 0.8, 1])
  const toMesh = (name: string, m: MeshData) => {
    const prim = doc
      .createPrimitive()
      .setMaterial(material)
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(m.pos)).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(m.nrm)).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array(m.idx)).setBuffer(buffer))
    if (m.joints) {
      prim.setAttribute('JOINTS_0', doc.createAccessor().setType('VEC4').setArray(new Uint16Array(m.joints)).setBuffer(buffer))
      prim.setAttribute('WEIGHTS_0', doc.createAccessor().setType('VEC4').setArray(new Float32Array(m.weights!)).setBuffer(buffer))
    }
    const mesh = doc.createMesh(name).addPrimitive(prim)
    if (m.tense) {
      const target = doc
        .createPrimitiveTarget('tense')
        .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(m.tense)).setBuffer(buffer))
      prim.addTarget(target)
      mesh.setWeights([0]).setExtras({ targetNames: ['tense'] })
    }
    return mesh
  }
  /** rigid mesh authored in world coordinates, parented under `under` */
  const rigid = (name: string, under: GNode, build: (m: MeshData) => void) => {
    const m: MeshData = { pos: [], nrm: [], idx: [] }
    build(m)
    const w = world.get(under)!
    for (let i = 0; i < m.pos.length; i += 3) for (let a = 0; a < 3; a++) m.pos[i + a] -= w[a]
    const n = doc.createNode(name).setMesh(toMesh(name, m))
    under.addChild(n)
  }
  /** skinned mesh authored in world (bind) coordinates, node under root */
  const skinned = (name: string, build: (m: MeshData) => void, morph = false) => {
    const m: MeshData = { pos: [], nrm: [], idx: [], joints: [], weights: [], ...(morph ? { tense: [] } : {}) }
    build(m)
    const n = doc.createNode(name).setMesh(toMesh(name, m)).setSkin(skin)
    root.addChild(n)
  }

  // vertebrae: L_k body rides on the joint below it (L5 on jointL5S1, L4 on jointL4L5, ...)
  const vertebraJoint: Record<string, SegmentKey> = { L5: 'L5S1', L4: 'L4L5', L3: 'L3L4', L2: 'L2L3', L1: 'L1L2' }
  for (const [v, k] of Object.entries(vertebraJoint))
    rigid(`vertebra${v}`, segJoint[k], (m) => box(m, P(`bodyCentre${v}`), [0.02, 0.011, 0.016]))
  rigid('sacrum', pelvisJoint, (m) => box(m, [0, -0.02, -0.11], [0.045, 0.035, 0.015]))
  rigid('pelvis', pelvisJoint, (m) => {
    for (const left of [false, true]) box(m, mirror([-0.1, -0.01, -0.06], left), [0.02, 0.05, 0.04])
  })
  for (const left of [false, true]) {
    const hip = left ? hipLeft : hipRight
    const c = world.get(hip)!
    rigid(left ? 'femurLeft' : 'femurRight', hip, (m) => box(m, [c[0], c[1] - 0.2, c[2]], [0.014, 0.2, 0.014]))
  }
  // discs: top half on the upper joint, bottom half on the lower one (so they wedge)
  const below: Record<SegmentKey, GNode> = {
    L5S1: pelvisJoint,
    L4L5: segJoint.L5S1,
    L3L4: segJoint.L4L5,
    L2L3: segJoint.L3L4,
    L1L2: segJoint.L2L3,
  }
  for (const k of SEGMENT_KEYS)
    skinned(`disc${k}`, (m) => {
      const c = P(`joint${k}`)
      box(m, c, [0.02, 0.004, 0.016])
      const start = m.joints!.length / 4 - 24
      for (let v = 0; v < 24; v++) {
        const y = m.pos[(start + v) * 3 + 1]
        m.joints![(start + v) * 4] = y > c[1] ? J(segJoint[k]) : J(below[k])
      }
    })
  const swell = opts.tenseSwell ?? 0.008
  for (const left of [false, true]) {
    const S = left ? 'Left' : 'Right'
    const hip = left ? hipLeft : hipRight
    skinned(
      `psoasMajor${S}`,
      (m) =>
        loft(
          m,
          [
            mirror([-0.028, 0.1618, -0.112], left),
            mirror([-0.038, 0.1023, -0.094], left),
            mirror([-0.0455, 0.0368, -0.078], left),
            mirror(P('psoasBrimPointRight'), left),
            mirror(P('lesserTrochanterRight'), left),
          ],
          [0.01, 0.017, 0.02, 0.012, 0.006],
          [J(segJoint.L1L2), J(segJoint.L3L4), J(segJoint.L5S1), J(pelvisJoint), J(hip)],
          [0, swell, swell, 0, 0],
        ),
      true,
    )
    skinned(
      `iliacus${S}`,
      (m) =>
        loft(
          m,
          [mirror(P('iliacusOriginRight'), left), mirror(P('iliacusBrimPointRight'), left), mirror(P('iliacusInsertionRight'), left)],
          [0.02, 0.012, 0.006],
          [J(pelvisJoint), J(pelvisJoint), J(hip)],
          [swell / 2, 0, 0],
        ),
      true,
    )
    const jointAt = (p: V3): GNode => {
      if (p[1] < -0.09) return hip
      if (p[1] < P('jointL5S1')[1]) return pelvisJoint
      let j: SegmentKey = 'L5S1'
      for (const k of SEGMENT_KEYS) if (p[1] >= P(`joint${k}`)[1]) j = k
      return segJoint[j]
    }
    const NR = ref.nerves as unknown as Record<
      string,
      { rootForamina_m: Record<string, V3>; exitFromPsoas: { position_m: V3 }; waypoints: { position_m: V3 }[] }
    >
    for (const key of NERVE_KEYS) {
      const n = NR[key]
      const pts = [Object.values(n.rootForamina_m)[0], n.exitFromPsoas.position_m, ...n.waypoints.slice(0, 2).map((w) => w.position_m)].map((p) =>
        mirror(p, left),
      )
      skinned(`${key}${S}`, (m) => loft(m, pts, pts.map(() => 0.0015), pts.map((p) => J(jointAt(p))), []))
    }
  }
  createAnchors(doc, {
    pelvisJoint,
    hipLeft,
    hipRight,
    jointL5S1: segJoint.L5S1,
    jointL4L5: segJoint.L4L5,
    jointL3L4: segJoint.L3L4,
    jointL2L3: segJoint.L2L3,
    jointL1L2: segJoint.L1L2,
  })
  // the overlay's JOINTS_0 index pelvisJoint, hipLeft, hipRight (the model build's skin order)
  const patchJoints = [pelvisJoint, hipLeft, hipRight]
  const patchSkin = doc.createSkin('symptomPatches')
  for (const j of patchJoints) patchSkin.addJoint(j)
  const patchIbm = new Float32Array(16 * patchJoints.length)
  patchJoints.forEach((j, i) => {
    const w = world.get(j)!
    patchIbm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -w[0], -w[1], -w[2], 1], i * 16)
  })
  patchSkin.setInverseBindMatrices(doc.createAccessor().setType('MAT4').setArray(patchIbm).setBuffer(buffer))
  const patches = createSymptomPatches(doc, { shape: { stepM: 0.035, skinOverBoneM: 0.015 } })
  const patchNode = doc.createNode('symptomPatches').setMesh(patches).setSkin(patchSkin)
  patchNode.setExtras({ patches: SYMPTOM_PATCHES.map((p) => ({ region: p.region, side: p.side })) })
  root.addChild(patchNode)
  return doc
}

/** The placeholder as glb bytes. */
export async function buildPlaceholderGlb(opts: PlaceholderOptions = {}): Promise<Uint8Array> {
  return new WebIO().writeBinary(buildPlaceholderDocument(opts))
}

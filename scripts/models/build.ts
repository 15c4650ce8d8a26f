/**
 * npm run models: builds models/lumbar-psoas.glb, models/lumbar-psoas-lowpoly.glb and
 * models/lumbar-psoas.manifest.json from reference/anatomy-reference.json, deterministically.
 *
 * Conventions (for the render layer):
 * - node names: structure ids (src/scene-state/ids.ts) and joint names (root, pelvisJoint, hipLeft, hipRight,
 *   jointL5S1 … jointL1L2). Rigid bones: node `<id>` (clean rest transform, origin at a landmark) under its joint node,
 *   with the mesh on child node `<id>Mesh`. Skinned structures (discs, muscles, nerves): node `<id>` with mesh + skin,
 *   child of `root`.
 * - one skin, joints SKIN_JOINTS; muscles have one morph target `tense` (mesh.extras.targetNames).
 * - root.extras: { buildInputHash, landmarks (metres, both sides), skinJoints, morphTargets, units, frame }.
 * - anchors (anchors.ts): empty nodes `anchor_*` under the joint that carries each point, at its rest position.
 * - overlay (patches.ts): node `symptomPatches` under `root`, skinned with the same skin (pelvisJoint, hipLeft,
 *   hipRight), node extras.patches = [{ region, side }] in `_PATCH` order; not a structure (manifest `overlays`).
 * - one buffer view per vertex-stream layout (GroupedMeshopt): ~100 fewer buffer views in the JSON.
 */
import { Document, NodeIO } from '@gltf-transform/core'
import type { Material, Mesh, Node, PropertyType, WriterContext } from '@gltf-transform/core'
import { ALL_EXTENSIONS, EXTMeshoptCompression } from '@gltf-transform/extensions'
import { meshopt } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DISC_IDS, MUSCLE_IDS, NERVE_KEYS, STRUCTURE_IDS, structureInfo } from '../../src/scene-state/ids.ts'
import type { StructureId } from '../../src/scene-state/ids.ts'
import { LEVELS, REF, landmarkM } from './reference.ts'
import type { DiscKey } from './reference.ts'
import { SKIN_JOINTS, J, JOINT_PARENT, VERTEBRA_JOINT, jointWorld } from './skeleton.ts'
import type { JointName } from './skeleton.ts'
import { VERTEBRA_DEFAULTS, createVertebra } from './vertebra.ts'
import { DISC_DEFAULTS, createDisc } from './disc.ts'
import { SACRUM_DEFAULTS, createSacrum } from './sacrum.ts'
import { PELVIS_DEFAULTS, createPelvis } from './pelvis.ts'
import { FEMUR_DEFAULTS, createFemur } from './femur.ts'
import { MUSCLE_DEFAULTS, createIliacus, createPsoas, iliacusGeometry, psoasGeometry } from './muscles.ts'
import { Surface } from './groove.ts'
import { NERVE_DEFAULTS, createNerve, frontOf, nerveRef } from './nerves.ts'
import { allBonesSdf } from './bones.ts'
import { AO_DEFAULTS, bakeAmbientOcclusion } from './ao.ts'
import { RIM_RANGE_M, SYMPTOM_PATCHES, SYMPTOM_PATCHES_DEFAULTS, createSymptomPatches } from './patches.ts'
import { anchorSpecs, createAnchors } from './anchors.ts'
import { buildInputHash, REPO_ROOT } from './hash.ts'
import type { Vec3 } from './vec.ts'
import { mirrorX, sub } from './vec.ts'

export type Quality = 'full' | 'low'

/**
 * Position quantisation (bits over the whole scene, ~0.66 m): 13 bits = 0.08 mm steps. At 12 bits (0.16 mm) a change
 * of the scene's extent re-rounded every vertex and made bone triangles 0.1 mm apart cross (2 pairs each in L1 and
 * the sacrum when the nerves became level sets); 13 bits cost 700 bytes.
 */
export const QUANT_BITS = 13

export const QUALITY = {
  full: {
    vertebra: VERTEBRA_DEFAULTS,
    disc: DISC_DEFAULTS,
    sacrum: SACRUM_DEFAULTS,
    pelvis: PELVIS_DEFAULTS,
    femur: FEMUR_DEFAULTS,
    muscle: MUSCLE_DEFAULTS,
    nerve: NERVE_DEFAULTS,
    patches: SYMPTOM_PATCHES_DEFAULTS,
  },
  low: {
    vertebra: { ...VERTEBRA_DEFAULTS, voxelMm: 1.1, maxTriangles: 650 },
    disc: { ...DISC_DEFAULTS, around: 14, sideRings: 3, capRings: 2 },
    sacrum: { ...SACRUM_DEFAULTS, voxelMm: 1.3, maxTriangles: 650 },
    pelvis: { ...PELVIS_DEFAULTS, voxelMm: 1.4, maxTrianglesPerSide: 1000 },
    femur: { ...FEMUR_DEFAULTS, voxelMm: 1.4, maxTriangles: 500 },
    muscle: { ...MUSCLE_DEFAULTS, around: 8, stepMm: 12, slipAround: 4 },
    nerve: { ...NERVE_DEFAULTS, around: 4, stepMm: 20 },
    patches: { ...SYMPTOM_PATCHES_DEFAULTS, stepM: 0.035 },
  },
}

export const MATERIAL_COLORS = {
  bones: [0.89, 0.85, 0.76, 1],
  discs: [0.55, 0.68, 0.85, 1],
  muscles: [0.72, 0.22, 0.2, 1],
  nerves: [0.98, 0.83, 0.2, 1],
} as const

const RIGID_ORIGIN: Record<string, () => Vec3> = {
  pelvis: () => [0, 0, 0],
  sacrum: () => landmarkM('s1EndplateCentre'),
  femurLeft: () => mirrorX(landmarkM('hipCentreRight')),
  femurRight: () => landmarkM('hipCentreRight'),
  ...Object.fromEntries(LEVELS.map((l) => [`vertebra${l}`, () => landmarkM(`bodyCentre${l}`)])),
}
const RIGID_JOINT: Record<string, JointName> = {
  pelvis: 'pelvisJoint',
  sacrum: 'pelvisJoint',
  femurLeft: 'hipLeft',
  femurRight: 'hipRight',
  ...Object.fromEntries(LEVELS.map((l) => [`vertebra${l}`, VERTEBRA_JOINT[l]])),
}

/** All landmarks (metres), right entries mirrored to left ones. */
export function allLandmarks(): Record<string, Vec3> {
  const out: Record<string, Vec3> = {}
  for (const [k, v] of Object.entries(REF.landmarks as Record<string, { position_m: number[] }>)) {
    const p: Vec3 = [v.position_m[0], v.position_m[1], v.position_m[2]]
    out[k] = p
    if (k.includes('Right')) out[k.replace('Right', 'Left')] = mirrorX(p)
  }
  for (const key of NERVE_KEYS) {
    const n = nerveRef(key)
    out[`${key}ExitRight`] = n.exitFromPsoas.position_m as Vec3
    out[`${key}ExitLeft`] = mirrorX(n.exitFromPsoas.position_m as Vec3)
  }
  return out
}

function rootsLabel(roots: string[]): string {
  return roots.length === 1 ? roots[0] : `${roots[0]}-${roots[roots.length - 1]}`
}

/** The symptom patch overlay's vertex attributes (glTF names; three.js lower-cases custom ones). */
export const SYMPTOM_PATCH_ATTRIBUTES = {
  JOINTS_0: 'skin joints: 0 = pelvisJoint, 1 = hipLeft, 2 = hipRight (indices into skinJoints)',
  WEIGHTS_0: 'skin weights (pelvis 1 - thigh, hip = how much the point belongs to the thigh)',
  _PATCH: 'unsigned byte: index of the patch in `patches`',
  _RIM: `normalised unsigned byte, × ${RIM_RANGE_M} = metres: distance to the region border (body map, scaled to metres; 0.1 mm steps, saturates at ${RIM_RANGE_M * 1000} mm)`,
} as const

/** The structures' baked ambient occlusion attribute (scripts/models/ao.ts). */
export const AMBIENT_OCCLUSION_ATTRIBUTE = {
  _AO: `unsigned byte: occlusion level at the bind pose, 0 (open) to ${AO_DEFAULTS.levels}; each level darkens the base colour by ${AO_DEFAULTS.greyPerLevel} (bones, discs and muscles; not nerves)`,
} as const

export function manifest(hash: string): object {
  return {
    glb: 'lumbar-psoas.glb',
    lowpoly: 'lumbar-psoas-lowpoly.glb',
    buildInputHash: hash,
    skinJoints: [...SKIN_JOINTS],
    morphTargets: ['tense'],
    structureAttributes: AMBIENT_OCCLUSION_ATTRIBUTE,
    structures: STRUCTURE_IDS.map((id) => {
      const info = structureInfo(id)
      const entry: Record<string, unknown> = { id, node: id, layer: info.layer, side: info.side }
      if (info.layer === 'nerves') {
        const key = id.replace(/(Left|Right)$/, '')
        entry.roots = rootsLabel(nerveRef(key as (typeof NERVE_KEYS)[number]).roots)
      }
      return entry
    }),
    overlays: [
      {
        id: 'symptomPatches',
        node: 'symptomPatches',
        kind: 'overlay: body-map symptom regions on the groin and thigh, not a structure (in no layer)',
        skinJoints: ['pelvisJoint', 'hipLeft', 'hipRight'],
        attributes: SYMPTOM_PATCH_ATTRIBUTES,
        patches: SYMPTOM_PATCHES.map((p) => ({ region: p.region, side: p.side, nerves: p.nerves })),
      },
    ],
    anchors: anchorSpecs().map((a) => ({ node: a.name, parent: a.joint, restPosition_m: a.position })),
  }
}

export async function buildDocument(quality: Quality, log: (s: string) => void = () => {}): Promise<Document> {
  await MeshoptSimplifier.ready
  const q = QUALITY[quality]
  const hash = buildInputHash()
  const doc = new Document()
  doc.createBuffer('buffer')
  const scene = doc.createScene('Scene')
  const mat = (name: keyof typeof MATERIAL_COLORS): Material =>
    doc
      .createMaterial(name)
      .setBaseColorFactor([...MATERIAL_COLORS[name]])
      .setRoughnessFactor(name === 'nerves' ? 0.5 : 0.75)
      .setMetallicFactor(0)
  const mats = { bones: mat('bones'), discs: mat('discs'), muscles: mat('muscles'), nerves: mat('nerves') }

  const root = doc.createNode('root').setExtras({
    buildInputHash: hash,
    quality,
    units: 'metres',
    frame: '+Y up, +Z anterior, +X patient left (anatomy-reference.json frame)',
    skinJoints: [...SKIN_JOINTS],
    morphTargets: ['tense'],
    landmarks: allLandmarks(),
  })
  scene.addChild(root)
  const nodes: Record<string, Node> = { root }
  for (const name of SKIN_JOINTS) {
    const parent = JOINT_PARENT[name]
    const t = sub(jointWorld(name), jointWorld(parent))
    nodes[name] = doc.createNode(name).setTranslation(t)
  }
  for (const name of SKIN_JOINTS) nodes[JOINT_PARENT[name]].addChild(nodes[name])
  // keep a stable child order: bones first under each joint
  const skin = doc.createSkin('skin').setSkeleton(root)
  const ibm = new Float32Array(16 * SKIN_JOINTS.length)
  SKIN_JOINTS.forEach((name, i) => {
    skin.addJoint(nodes[name])
    const w = jointWorld(name)
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -w[0], -w[1], -w[2], 1], i * 16)
  })
  skin.setInverseBindMatrices(doc.createAccessor('inverseBindMatrices').setType('MAT4').setArray(ibm).setBuffer(doc.getRoot().listBuffers()[0]))

  const addRigid = (id: StructureId, mesh: Mesh): void => {
    const jn = RIGID_JOINT[id]
    const o = RIGID_ORIGIN[id]()
    const node = doc.createNode(id).setTranslation(sub(o, jointWorld(jn)))
    const meshNode = doc.createNode(`${id}Mesh`).setTranslation([-o[0], -o[1], -o[2]]).setMesh(mesh)
    node.addChild(meshNode)
    nodes[jn].addChild(node)
  }
  const addSkinned = (id: StructureId, mesh: Mesh): void => {
    root.addChild(doc.createNode(id).setMesh(mesh).setSkin(skin))
  }

  let t0 = performance.now()
  const lap = (s: string): void => {
    log(`${s}: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    t0 = performance.now()
  }
  // bones
  addRigid('pelvis', await createPelvis(doc, { shape: q.pelvis, material: mats.bones, name: 'pelvis' }))
  lap('pelvis')
  addRigid('sacrum', await createSacrum(doc, { shape: q.sacrum, material: mats.bones, name: 'sacrum' }))
  lap('sacrum')
  for (const side of ['left', 'right'] as const) {
    const id = side === 'left' ? 'femurLeft' : 'femurRight'
    addRigid(id, await createFemur(doc, { side, shape: q.femur, material: mats.bones, name: id }))
  }
  lap('femurs')
  for (const l of [...LEVELS].reverse()) {
    const id = `vertebra${l}` as StructureId
    addRigid(id, await createVertebra(doc, { level: l, shape: q.vertebra, material: mats.bones, name: id }))
  }
  lap('vertebrae')
  // discs
  for (const id of DISC_IDS) {
    const key = id.slice(4) as DiscKey
    const lowerLevel = { L1L2: 'L2', L2L3: 'L3', L3L4: 'L4', L4L5: 'L5', L5S1: null }[key] as (typeof LEVELS)[number] | null
    const upperLevel = { L1L2: 'L1', L2L3: 'L2', L3L4: 'L3', L4L5: 'L4', L5S1: 'L5' }[key] as (typeof LEVELS)[number]
    const lowerJoint = lowerLevel ? J[VERTEBRA_JOINT[lowerLevel]] : J.pelvisJoint
    addSkinned(id, createDisc(doc, { disc: key, shape: q.disc, lowerJoint, upperJoint: J[VERTEBRA_JOINT[upperLevel]], material: mats.discs, name: id }))
  }
  lap('discs')
  const bones = allBonesSdf()
  for (const id of MUSCLE_IDS) {
    const side = id.endsWith('Left') ? 'left' : 'right'
    const p = { side, shape: q.muscle, bones, material: mats.muscles, name: id } as const
    addSkinned(id, id.startsWith('psoas') ? createPsoas(doc, p) : createIliacus(doc, p))
  }
  lap('muscles')
  // the genitofemoral lies on the psoas's front (right side; the left nerve is the right one's mirror)
  const psoasRight = psoasGeometry({ side: 'right', shape: q.muscle, bones }).geo
  const psoasFront = frontOf(psoasRight)
  // the femoral runs in the groove between the right psoas and iliacus
  const iliacusRight = iliacusGeometry({ side: 'right', shape: q.muscle, bones }).geo
  const groove = { psoas: new Surface(psoasRight.positions.slice(), psoasRight.indices), iliacus: new Surface(iliacusRight.positions.slice(), iliacusRight.indices) }
  for (const key of NERVE_KEYS)
    for (const side of ['left', 'right'] as const) {
      const id = `${key}${side === 'left' ? 'Left' : 'Right'}` as StructureId
      addSkinned(id, createNerve(doc, { nerve: key, side, shape: q.nerve, bones, psoasFront, groove, material: mats.nerves, name: id }))
    }
  lap('nerves')
  bakeAmbientOcclusion(doc, NERVE_KEYS.flatMap((k) => [`${k}Left`, `${k}Right`]))
  lap('ambient occlusion')
  // overlay: invisible in a generic viewer (alpha 0); the app draws it with its own material
  const patchMaterial = doc.createMaterial('symptomPatches').setBaseColorFactor([0.85, 0.3, 0.6, 0]).setAlphaMode('BLEND').setDoubleSided(true).setMetallicFactor(0)
  const patches = createSymptomPatches(doc, { shape: q.patches, material: patchMaterial, name: 'symptomPatches' })
  root.addChild(
    doc
      .createNode('symptomPatches')
      .setMesh(patches)
      .setSkin(skin)
      .setExtras({ patches: SYMPTOM_PATCHES.map((p) => ({ region: p.region, side: p.side })) }),
  )
  createAnchors(doc, nodes as Record<JointName, Node>)
  lap('patches, anchors')
  return doc
}

/**
 * EXT_meshopt_compression writing one buffer view per vertex-stream layout (mode, filter, stride) instead of one per
 * accessor: glTF-Transform 4.5 gives every vertex accessor its own view (~100 views, ~23 kB of JSON in a 300 kB
 * file). Accessors address their part of the shared view by byteOffset, as gltfpack writes them.
 */
class GroupedMeshopt extends EXTMeshoptCompression {
  override prewrite(context: WriterContext, propertyType: PropertyType): this {
    if (propertyType === 'Accessor') context.accessorUsageGroupedByParent.delete('ARRAY_BUFFER')
    return super.prewrite(context, propertyType)
  }

  /** The extension writes `"normalized": false` (the default) on every accessor it encodes: 1.5 kB of JSON. */
  override write(context: WriterContext): this {
    super.write(context)
    for (const a of context.jsonDoc.json.accessors ?? []) if (a.normalized === false) delete a.normalized
    return this
  }
}

const toNanometre = (v: number): number => Math.round(v * 1e9) / 1e9

/** Node transforms to the nanometre: float noise such as 0.010000000000000009 cost 0.5 kB of JSON. */
function roundNodeTransforms(doc: Document): void {
  for (const node of doc.getRoot().listNodes()) {
    node.setTranslation(node.getTranslation().map(toNanometre) as [number, number, number])
    node.setScale(node.getScale().map(toNanometre) as [number, number, number])
  }
}

export function createIO(): NodeIO {
  return new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'meshopt.decoder': MeshoptDecoder,
    'meshopt.encoder': MeshoptEncoder,
  })
}

/** Run the Khronos validator on glb bytes; returns the report. */
export async function validateGlb(bytes: Uint8Array): Promise<{ issues: { numErrors: number; numWarnings: number; messages: Array<{ code: string; message: string; severity: number; pointer?: string }> } }> {
  const validator = (await import('gltf-validator')) as unknown as {
    validateBytes: (b: Uint8Array, o?: object) => Promise<{ issues: { numErrors: number; numWarnings: number; messages: Array<{ code: string; message: string; severity: number; pointer?: string }> } }>
  }
  return validator.validateBytes(bytes, { maxIssues: 200 })
}

/** Build, validate (before compression), compress with meshopt + quantisation; returns glb bytes. */
export async function buildGlb(quality: Quality, log: (s: string) => void = () => {}): Promise<{ glb: Uint8Array; raw: Uint8Array }> {
  const doc = await buildDocument(quality, log)
  const io = createIO()
  const raw = await io.writeBinary(doc)
  const report = await validateGlb(raw)
  if (report.issues.numErrors > 0) {
    const msgs = report.issues.messages.filter((m) => m.severity === 0).slice(0, 10)
    throw new Error(`glTF validator errors (${quality}):\n${msgs.map((m) => `${m.code} ${m.pointer ?? ''} ${m.message}`).join('\n')}`)
  }
  await MeshoptEncoder.ready
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high', quantizationVolume: 'scene', quantizePosition: QUANT_BITS }))
  roundNodeTransforms(doc)
  doc.getRoot().listExtensionsUsed().find((e) => e.extensionName === EXTMeshoptCompression.EXTENSION_NAME)?.dispose()
  doc.createExtension(GroupedMeshopt).setRequired(true).setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER })
  const glb = await io.writeBinary(doc)
  return { glb, raw }
}

async function main(): Promise<void> {
  const out = join(REPO_ROOT, 'models')
  mkdirSync(out, { recursive: true })
  const t = performance.now()
  for (const quality of ['full', 'low'] as const) {
    const { glb } = await buildGlb(quality, (s) => console.info(`  [${quality}] ${s}`))
    const file = quality === 'full' ? 'lumbar-psoas.glb' : 'lumbar-psoas-lowpoly.glb'
    writeFileSync(join(out, file), glb)
    console.info(`${file}: ${glb.byteLength} bytes`)
  }
  writeFileSync(join(out, 'lumbar-psoas.manifest.json'), JSON.stringify(manifest(buildInputHash()), null, 2) + '\n')
  console.info(`done in ${((performance.now() - t) / 1000).toFixed(1)} s`)
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) await main()

/**
 * The anatomy glb: one load per URL, shared by every viewer on the page (a promise per URL, parsed
 * with three-stdlib's GLTFLoader and its bundled meshopt decoder: no decoder is fetched), and a
 * posable instance of it per viewer. The shared GLTF (geometries, its own materials) is never
 * disposed by an instance; an instance owns only its cloned node graph and skeletons.
 *
 * The scenes suspend on these promises (useModel.ts): bytes downloaded elsewhere (the explainer's
 * progress bar, a test reading the file in Node) are parsed here with `parsePsoasModel(bytes, url)`
 * and the scenes' load of `url` is served from that result, so the model is downloaded once. This
 * module does not import R3F, so the
 * progress download does not pull them in early (demo build: the chunk it loads stays three.js and
 * the loader, ~122 KB gzip, not ~260 KB with R3F).
 */
import { type Bone, Matrix4, type Mesh, type Object3D, Quaternion, SkinnedMesh, Vector3 } from 'three'
import { GLTFLoader, MeshoptDecoder, type GLTF } from 'three-stdlib'
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js'
import { shareResource } from './sharedResources.ts'
import { explainBlockedWasm } from '../platform/wasm.ts'
import { SEGMENT_KEYS, STRUCTURE_IDS, isStructureId, type SegmentKey, type StructureId } from '../scene-state/ids.ts'

export type { GLTF }

/** Default location of the model, relative to the page (the package ships it in models/). */
export { DEFAULT_MODEL_URL } from '../platform/defaults.ts'

/** The model of each URL as a promise (what the scenes suspend on). */
const models = new Map<string, Promise<GLTF>>()
/** URLs whose load failed (a new viewer retries them). */
const failed = new Set<string>()

function meshopt() {
  // three-stdlib exports the bundled decoder as a factory (newer) or an object (older)
  return typeof MeshoptDecoder === 'function' ? MeshoptDecoder() : MeshoptDecoder
}

/** The one promise of `url`, started with `start` when there is none yet. */
export function modelPromise(url: string, start: () => Promise<GLTF>): Promise<GLTF> {
  let p = models.get(url)
  if (!p) {
    // a CSP that blocks the decoder's WebAssembly: the clear message on every path, not a raw CompileError
    p = start().catch(explainBlockedWasm).then(shareModel).then(releaseParserData)
    p.catch(() => failed.add(url))
    models.set(url, p)
  }
  return p
}

/** The cached model's geometries and materials are shared: renderers' listeners on them are released with the renderer. */
function shareModel(gltf: GLTF): GLTF {
  gltf.scene.traverse((o) => {
    const m = o as Mesh
    if (m.geometry) shareResource(m.geometry)
    for (const material of m.material ? (Array.isArray(m.material) ? m.material : [m.material]) : []) shareResource(material)
  })
  return gltf
}

/**
 * After parse nothing reads the parser's copy of the file: the whole glb (kept as the KHR_binary_glTF
 * body, ~300 KB outside the JS heap) and its cache of parsed buffers, meshes and materials. Dropping
 * them lets the page free the file once the model is built; the parser's JSON and `associations`
 * stay for R3F users who read them.
 */
function releaseParserData(gltf: GLTF): GLTF {
  const parser = gltf.parser as unknown as { extensions?: Record<string, unknown>; cache?: { removeAll(): void } } | undefined
  if (parser?.extensions) delete parser.extensions.KHR_binary_glTF
  parser?.cache?.removeAll()
  return gltf
}

/** Loads (once per URL, cached for the page) the anatomy glb. */
export function loadPsoasModel(url: string): Promise<GLTF> {
  return modelPromise(url, () => new GLTFLoader().setMeshoptDecoder(meshopt()).loadAsync(url))
}

/** Forgets a failed load of `url`, so the next viewer tries again (a new viewer mount does this). */
export function retryFailedPsoasModel(url: string): void {
  if (!failed.delete(url)) return
  models.delete(url)
}

/** Parses glb bytes (downloaded with progress, or read from disk in Node) into the cache under `url`. */
export function parsePsoasModel(data: ArrayBuffer, url: string): Promise<GLTF> {
  return modelPromise(url, () => new GLTFLoader().setMeshoptDecoder(meshopt()).parseAsync(data, ''))
}

/** Forgets a cached model (tests; or to free memory when no viewer will use it again). */
export function clearPsoasModelCache(url?: string): void {
  for (const u of url === undefined ? [...models.keys()] : [url]) {
    models.delete(u)
    failed.delete(u)
  }
}

export type JointName = 'root' | 'pelvisJoint' | 'hipLeft' | 'hipRight' | `joint${SegmentKey}`

export interface ModelJoints {
  root: Object3D
  pelvisJoint: Object3D
  hipLeft: Object3D
  hipRight: Object3D
  segments: Record<SegmentKey, Object3D>
}

/** Rest transform of each joint, so the pose is applied as rest × delta (rest rotations need not be identity). */
export interface JointRest {
  quaternion: Quaternion
  position: Vector3
}

/** One viewer's posable copy of the model. */
export interface ModelInstance {
  scene: Object3D
  joints: ModelJoints
  rest: Map<Object3D, JointRest>
  /** the meshes of each structure id present in the model */
  meshes: Map<StructureId, Mesh[]>
  /** structure id of every mesh (for picking) */
  idOf: Map<Object3D, StructureId>
  /** morph-target index of `tense` for each muscle mesh that has it */
  tenseIndex: Map<Mesh, number>
  /** world matrix of each joint in the rest pose (anchors and skins built at run time use it) */
  restWorld: Map<Object3D, Matrix4>
  /** optional body outline node (layer "outline") */
  outline: Object3D | null
  dispose(): void
}

function find(scene: Object3D, name: string): Object3D {
  const o = scene.getObjectByName(name)
  if (!o) throw new Error(`psoas model: node "${name}" is missing (expected the joint hierarchy of design.md)`)
  return o
}

/**
 * GLTFLoader gives every skinned mesh its own Skeleton and SkeletonUtils.clone clones each one, although
 * the glb binds all of its skinned meshes (muscles, nerves, the symptom overlay: 19) to one skin. Meshes
 * whose skeletons have the same bones and inverse bind matrices get one Skeleton here: the renderer
 * updates and uploads one bone texture per frame instead of 19 (three updates a skeleton once per frame
 * however many meshes use it), and a viewer holds one set of bone matrices. Returns the skeletons kept.
 */
export function shareSkeletons(root: Object3D): number {
  const kept = new Map<string, SkinnedMesh['skeleton']>()
  root.traverse((o) => {
    const m = o as SkinnedMesh
    if (!m.isSkinnedMesh) return
    const s = m.skeleton
    const key = `${s.bones.map((b) => b.id).join(',')}|${s.boneInverses.map((b) => b.elements.join(',')).join(';')}`
    const shared = kept.get(key)
    if (!shared) kept.set(key, s)
    else if (shared !== s) m.skeleton = shared
  })
  return kept.size
}

/** Clones the shared glTF scene into a posable instance (skinned meshes rebound to the cloned joints). */
export function createModelInstance(gltf: GLTF): ModelInstance {
  const scene = cloneSkinned(gltf.scene)
  shareSkeletons(scene)
  const segments = {} as Record<SegmentKey, Object3D>
  for (const k of SEGMENT_KEYS) segments[k] = find(scene, `joint${k}`)
  const joints: ModelJoints = {
    root: find(scene, 'root'),
    pelvisJoint: find(scene, 'pelvisJoint'),
    hipLeft: find(scene, 'hipLeft'),
    hipRight: find(scene, 'hipRight'),
    segments,
  }
  const rest = new Map<Object3D, JointRest>()
  for (const j of [joints.root, joints.pelvisJoint, joints.hipLeft, joints.hipRight, ...SEGMENT_KEYS.map((k) => segments[k])])
    rest.set(j, { quaternion: j.quaternion.clone(), position: j.position.clone() })
  scene.updateMatrixWorld(true)
  const restWorld = new Map<Object3D, Matrix4>()
  for (const j of rest.keys()) restWorld.set(j, j.matrixWorld.clone())

  const meshes = new Map<StructureId, Mesh[]>()
  const idOf = new Map<Object3D, StructureId>()
  const tenseIndex = new Map<Mesh, number>()
  for (const id of STRUCTURE_IDS) {
    const node = scene.getObjectByName(id)
    if (!node) continue
    const list: Mesh[] = []
    node.traverse((o) => {
      const m = o as Mesh
      if (!m.isMesh) return
      // a structure's subtree ends where another structure id starts
      let p: Object3D | null = m
      while (p && p !== node) {
        if (isStructureId(p.name)) return
        p = p.parent
      }
      list.push(m)
      idOf.set(m, id)
      // posed skinned meshes leave their bind-pose bounds: no culling (the scene is small)
      if ((m as SkinnedMesh).isSkinnedMesh) m.frustumCulled = false
      const t = m.morphTargetDictionary?.tense
      if (t !== undefined) tenseIndex.set(m, t)
    })
    if (list.length) meshes.set(id, list)
  }
  const outline = scene.getObjectByName('bodyOutline') ?? null
  return {
    scene,
    joints,
    rest,
    meshes,
    idOf,
    tenseIndex,
    restWorld,
    outline,
    dispose() {
      // Only what this instance owns: the cloned skeletons' bone textures. Geometries and the
      // glTF's materials stay with the shared cache.
      const seen = new Set<unknown>()
      scene.traverse((o) => {
        const s = o as SkinnedMesh
        if (s.isSkinnedMesh && !seen.has(s.skeleton)) {
          seen.add(s.skeleton)
          s.skeleton.dispose()
        }
      })
    },
  }
}

/** Walks up from a picked object to the structure it belongs to. */
export function structureOf(instance: ModelInstance, object: Object3D | null): StructureId | null {
  let o: Object3D | null = object
  while (o) {
    const id = instance.idOf.get(o)
    if (id) return id
    if (isStructureId(o.name)) return o.name
    o = o.parent
  }
  return null
}

export type { Bone }

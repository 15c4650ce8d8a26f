/**
 * The anatomy glb: loaded once per URL through drei's `useGLTF` (its suspense cache, shared by every
 * viewer on the page) with the meshopt decoder bundled in three-stdlib (no decoder is fetched), and
 * a posable instance of it per viewer. The shared GLTF (geometries, its own materials) is never
 * disposed by an instance; an instance owns only its cloned node graph and skeletons.
 *
 * Bytes downloaded elsewhere (the explainer's progress bar, a test reading the file in Node) seed
 * the same cache: `parsePsoasModel(bytes, url)` parses them and drei's one load of `url` is served
 * from that result, so the model is downloaded once.
 *
 * Measured (demo build): three-stdlib's GLTFLoader replaces three's (one loader either way), but drei's
 * Gltf module also pulls in three-stdlib's DRACOLoader (≈ 2.5 KB gzip, never used: no Draco here).
 */
import { type Bone, Matrix4, type Mesh, type Object3D, Quaternion, SkinnedMesh, Vector3 } from 'three'
import { useGLTF } from '@react-three/drei/core/Gltf.js'
import { GLTFLoader, MeshoptDecoder, type GLTF } from 'three-stdlib'
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js'
import { SEGMENT_KEYS, STRUCTURE_IDS, isStructureId, type SegmentKey, type StructureId } from '../scene-state/ids.ts'

export type { GLTF }

/** Default location of the model, relative to the page (the package ships it in models/). */
export { DEFAULT_MODEL_URL } from '../platform/defaults.ts'
import { DEFAULT_MODEL_URL } from '../platform/defaults.ts'

/** The model of each URL as a promise (what drei's cache is filled from). */
const models = new Map<string, Promise<GLTF>>()
/** URLs whose load failed (a new viewer retries them). */
const failed = new Set<string>()

function meshopt() {
  // three-stdlib exports the bundled decoder as a factory (newer) or an object (older)
  return typeof MeshoptDecoder === 'function' ? MeshoptDecoder() : MeshoptDecoder
}

function modelPromise(url: string, start: () => Promise<GLTF>): Promise<GLTF> {
  let p = models.get(url)
  if (!p) {
    p = start()
    p.catch(() => failed.add(url))
    models.set(url, p)
  }
  return p
}

/**
 * drei's `extendLoader` for `url`: the load call that follows (R3F's loader function calls `load`
 * right after extending the shared loader) is served from `models`, started there when missing.
 */
function extendFor(url: string) {
  return (loader: GLTFLoader) => {
    const own = loader as { load: GLTFLoader['load'] }
    own.load = (input, onLoad, onProgress, onError) => {
      // one shot: back to the prototype's load for every other URL
      delete (own as { load?: unknown }).load
      if (input !== url) return loader.load(input, onLoad, onProgress, onError)
      modelPromise(url, () => new Promise<GLTF>((resolve, reject) => loader.load(input, resolve, onProgress, reject))).then(onLoad, (e: unknown) =>
        onError?.(e as ErrorEvent),
      )
    }
  }
}

/** The model of `url` for a component (suspends while loading). Errors are returned, not thrown (the scene reports them). */
export function usePsoasModel(url: string): { gltf: GLTF; error: null } | { gltf: null; error: Error } {
  try {
    // always called, once, in the same order: the try only turns a thrown load error into a value
    // oxlint-disable-next-line react/rules-of-hooks
    return { gltf: useGLTF(url, false, true, extendFor(url)), error: null }
  } catch (e) {
    // suspense: the pending promise goes up to <Suspense>
    if (e && typeof (e as PromiseLike<unknown>).then === 'function') throw e
    failed.add(url)
    return { gltf: null, error: e instanceof Error ? e : new Error(String(e)) }
  }
}

/** Loads (once per URL, cached for the page) the anatomy glb. */
export function loadPsoasModel(url: string): Promise<GLTF> {
  useGLTF.preload(url, false, true, extendFor(url))
  // (a model someone else put in drei's cache under this URL without us: load it for the promise)
  return modelPromise(url, () => new GLTFLoader().setMeshoptDecoder(meshopt()).loadAsync(url))
}

/** Forgets a failed load of `url`, so the next viewer tries again (a new viewer mount does this). */
export function retryFailedPsoasModel(url: string): void {
  if (!failed.delete(url)) return
  models.delete(url)
  useGLTF.clear(url)
}

/** Parses glb bytes (downloaded with progress, or read from disk in Node) into the cache under `url`. */
export function parsePsoasModel(data: ArrayBuffer, url: string): Promise<GLTF> {
  const p = modelPromise(url, () => new GLTFLoader().setMeshoptDecoder(meshopt()).parseAsync(data, ''))
  useGLTF.preload(url, false, true, extendFor(url))
  return p
}

/** Starts loading early (e.g. on hover of a "show 3D" button). */
export function preloadPsoasModel(url: string = DEFAULT_MODEL_URL): void {
  void loadPsoasModel(url).catch(() => undefined)
}

/** Forgets a cached model (tests; or to free memory when no viewer will use it again). */
export function clearPsoasModelCache(url?: string): void {
  for (const u of url === undefined ? [...models.keys()] : [url]) {
    models.delete(u)
    failed.delete(u)
    useGLTF.clear(u)
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

/** Clones the shared glTF scene into a posable instance (skinned meshes rebound to the cloned joints). */
export function createModelInstance(gltf: GLTF): ModelInstance {
  const scene = cloneSkinned(gltf.scene)
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

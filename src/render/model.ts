/**
 * Loading the anatomy glb once per URL (shared by every viewer on the page) and making a posable
 * instance of it per viewer. The shared GLTF (geometries, its own materials) is never disposed by an
 * instance; an instance owns only its cloned node graph and skeletons.
 */
import { type Bone, type Material, type Mesh, type Object3D, Quaternion, SkinnedMesh, Vector3 } from 'three'
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js'
import { SEGMENT_KEYS, STRUCTURE_IDS, isStructureId, type SegmentKey, type StructureId } from '../scene-state/ids.ts'

export type { GLTF }

/** Default location of the model, relative to the page (the package ships it in models/). */
export { DEFAULT_MODEL_URL } from '../platform/defaults.ts'
import { DEFAULT_MODEL_URL } from '../platform/defaults.ts'

const cache = new Map<string, Promise<GLTF>>()
/** URLs whose load failed: the rejected promise stays cached (React's `use` must see the same one). */
const failed = new Set<string>()

function makeLoader(): GLTFLoader {
  // The bundled decoder: no network fetch of a decoder (stack-notes).
  return new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
}

/**
 * Loads (once per URL, cached for the page) the anatomy glb. Progress goes through three's
 * DefaultLoadingManager, so drei's `useProgress` sees it.
 */
export function loadPsoasModel(url: string): Promise<GLTF> {
  let p = cache.get(url)
  if (!p) {
    p = makeLoader().loadAsync(url)
    p.catch(() => failed.add(url))
    cache.set(url, p)
  }
  return p
}

export type ModelResult = { gltf: GLTF; error: null } | { gltf: null; error: Error }
const results = new WeakMap<Promise<GLTF>, Promise<ModelResult>>()
/**
 * The load of `url` as a promise that never rejects (for React's `use`: a rejected promise thrown
 * into the renderer would be reported as an uncaught error even when a boundary handles it).
 */
export function loadPsoasModelResult(url: string): Promise<ModelResult> {
  const p = loadPsoasModel(url)
  let r = results.get(p)
  if (!r) {
    r = p.then(
      (gltf): ModelResult => ({ gltf, error: null }),
      (e: unknown): ModelResult => ({ gltf: null, error: e instanceof Error ? e : new Error(String(e)) }),
    )
    results.set(p, r)
  }
  return r
}

/** Forgets a failed load of `url`, so the next `loadPsoasModel(url)` tries again (a new viewer mount does this). */
export function retryFailedPsoasModel(url: string): void {
  if (failed.delete(url)) cache.delete(url)
}

/** Parses glb bytes (e.g. read from disk in Node) and caches the result under `key`. */
export function parsePsoasModel(data: ArrayBuffer, key: string): Promise<GLTF> {
  let p = cache.get(key)
  if (!p) {
    p = makeLoader().parseAsync(data, '')
    p.catch(() => failed.add(key))
    cache.set(key, p)
  }
  return p
}

/** Starts loading early (e.g. on hover of a "show 3D" button). */
export function preloadPsoasModel(url: string = DEFAULT_MODEL_URL): void {
  void loadPsoasModel(url).catch(() => undefined)
}

/** Forgets a cached model (tests; or to free memory when no viewer will use it again). */
export function clearPsoasModelCache(url?: string): void {
  if (url === undefined) {
    cache.clear()
    failed.clear()
  } else {
    cache.delete(url)
    failed.delete(url)
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
  /** the original (shared) materials, restored before the instance is thrown away */
  originalMaterials: Map<Mesh, Material | Material[]>
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

  const meshes = new Map<StructureId, Mesh[]>()
  const idOf = new Map<Object3D, StructureId>()
  const tenseIndex = new Map<Mesh, number>()
  const originalMaterials = new Map<Mesh, Material | Material[]>()
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
      originalMaterials.set(m, m.material)
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
    originalMaterials,
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
      for (const [m, mat] of originalMaterials) m.material = mat
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

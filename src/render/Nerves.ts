/**
 * Compression-site markers: a ring (always facing the camera) at the point where each compressed
 * nerve leaves the psoas, sized by compression. One InstancedMesh for all 14 nerves (one draw call);
 * anchors ride on the joints, so the rings follow the pose. The rings are depth-tested (a site
 * behind the pelvis or spine is hidden, as labels are) but lifted toward the camera along the line
 * of sight by MARKER_LIFT_M, so the muscle or nerve at the site itself does not cut the ring; the
 * lift keeps the ring's centre on the same screen point. The hidden part of a ring is drawn faintly
 * (a second instanced mesh sharing the instance matrices, depth test "greater"), so a site behind a
 * muscle stays findable while clearly reading as behind.
 */
import {
  Camera,
  GreaterDepth,
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  Object3D,
  Quaternion,
  TorusGeometry,
  Vector3,
} from 'three'
import { NERVE_KEYS, SIDES, type BodySide, type NerveKey } from '../scene-state/ids.ts'
import type { Pose } from '../scene-state/types.ts'
import { TEACHING } from '../scene-state/biomechanics.ts'
import type { ModelInstance } from './model.ts'
import { addAnchor, compressionSite, trunkJointFor } from './anchors.ts'
import { NERVE_HIGHLIGHT_THRESHOLD } from './appearance.ts'

/** Ring radius (m) at the lowest and the highest compression shown. */
export const MARKER_RADIUS_MIN = 0.006
export const MARKER_RADIUS_MAX = 0.011
/**
 * Lift (m) of each ring toward the camera, so the muscle around a site (the nerve's exit from the
 * psoas) does not cover the ring: a small drawing offset, not anatomy.
 */
export const MARKER_LIFT_M = 0.025
/** Opacity of the part of a ring hidden behind anatomy. */
export const MARKER_HIDDEN_OPACITY = 0.28

export interface CompressionMarkers {
  mesh: InstancedMesh
  material: MeshBasicMaterial
  /** the faint pass for the hidden part of the rings (shares `mesh`'s instance matrices and count) */
  hidden: InstancedMesh
  hiddenMaterial: MeshBasicMaterial
  sites: { key: NerveKey; side: BodySide; anchor: Object3D }[]
  /** last written visible count (for tests) */
  visibleCount: number
  dispose(): void
}

// One geometry for every viewer on the page (never disposed: it is tiny and shared).
let ringGeometry: TorusGeometry | null = null
function ring(): TorusGeometry {
  ringGeometry ??= new TorusGeometry(1, 0.28, 8, 32)
  return ringGeometry
}

export function createCompressionMarkers(inst: ModelInstance, colour: string): CompressionMarkers {
  const sites: CompressionMarkers['sites'] = []
  for (const key of NERVE_KEYS)
    for (const side of SIDES) {
      const p = compressionSite(key, side)
      sites.push({ key, side, anchor: addAnchor(inst, trunkJointFor(inst, p), p, `site:${key}:${side}`) })
    }
  const material = new MeshBasicMaterial({
    color: colour,
    transparent: true,
    opacity: 0.95,
    depthTest: true,
    depthWrite: false,
    // wins ties with the surface it lies on
    polygonOffset: true,
    polygonOffsetFactor: -1,
    polygonOffsetUnits: -4,
  })
  material.name = 'psoas-explainer:compression-marker'
  const mesh = new InstancedMesh(ring(), material, sites.length)
  mesh.name = 'compressionMarkers'
  mesh.renderOrder = 10
  mesh.frustumCulled = false
  mesh.raycast = () => undefined
  mesh.count = 0
  inst.scene.add(mesh)
  const hiddenMaterial = new MeshBasicMaterial({
    color: colour,
    transparent: true,
    opacity: MARKER_HIDDEN_OPACITY,
    depthFunc: GreaterDepth,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -1,
    polygonOffsetUnits: -4,
  })
  hiddenMaterial.name = 'psoas-explainer:compression-marker-hidden'
  const hidden = new InstancedMesh(ring(), hiddenMaterial, sites.length)
  hidden.instanceMatrix = mesh.instanceMatrix
  hidden.name = 'compressionMarkersHidden'
  hidden.renderOrder = 11
  hidden.frustumCulled = false
  hidden.raycast = () => undefined
  hidden.count = 0
  inst.scene.add(hidden)
  return {
    mesh,
    material,
    hidden,
    hiddenMaterial,
    sites,
    visibleCount: 0,
    dispose() {
      mesh.removeFromParent()
      hidden.removeFromParent()
      mesh.dispose()
      hidden.dispose()
      material.dispose()
      hiddenMaterial.dispose()
    },
  }
}

const inv = new Matrix4()
const m = new Matrix4()
const pos = new Vector3()
const camQ = new Quaternion()
const parentQ = new Quaternion()
const scale = new Vector3()
const tmpV = new Vector3()
const camLocal = new Vector3()
const toCam = new Vector3()

/** Writes the visible markers (compressed nerves) as instances; call after the pose was applied. */
export function updateCompressionMarkers(markers: CompressionMarkers, pose: Pose, camera: Camera, visible: boolean): void {
  const { mesh, sites } = markers
  let n = 0
  if (visible) {
    mesh.updateWorldMatrix(true, false)
    inv.copy(mesh.matrixWorld).invert()
    mesh.matrixWorld.decompose(tmpV, parentQ, scale)
    camQ.copy(parentQ).invert().multiply(camera.quaternion)
    camera.getWorldPosition(camLocal).applyMatrix4(inv)
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i]
      const c = pose.nerves[s.key][s.side]
      if (c <= NERVE_HIGHLIGHT_THRESHOLD) continue
      const k = Math.min(1, c / TEACHING.nerveCap)
      const r = MARKER_RADIUS_MIN + (MARKER_RADIUS_MAX - MARKER_RADIUS_MIN) * k
      s.anchor.getWorldPosition(pos).applyMatrix4(inv)
      // lift toward the camera along the line of sight (the projected centre does not move)
      toCam.subVectors(camLocal, pos)
      const d = toCam.length()
      if (d > MARKER_LIFT_M * 2) pos.addScaledVector(toCam, MARKER_LIFT_M / d)
      scale.set(r, r, r)
      m.compose(pos, camQ, scale)
      mesh.setMatrixAt(n++, m)
    }
  }
  mesh.count = n
  mesh.visible = n > 0
  markers.hidden.count = n
  markers.hidden.visible = n > 0
  markers.visibleCount = n
  if (n > 0) mesh.instanceMatrix.needsUpdate = true
}

/**
 * Per-frame placement of the 3D labels (allocation-free apart from the occlusion ray casts, which
 * run on settled frames only): visibility by layer, marked nerve and focus; hidden when the label
 * faces away from the camera or its anchor is behind bone; kept inside the view; no two overlap.
 */
import { type BufferGeometry, type Intersection, type LineSegments, Matrix4, type Mesh, type Object3D, type PerspectiveCamera, Raycaster, type ShaderMaterial, Vector2, Vector3 } from 'three'
import { NERVE_MARK_THRESHOLD } from '../scene-state/nerves.ts'
import type { StructureId, StructureLayer } from '../scene-state/ids.ts'
import type { Layers, Pose } from '../scene-state/types.ts'
import type { ModelInstance } from './model.ts'
import type { LabelSpec } from './labelLayout.ts'
import { LABEL_HEIGHT_PX } from './labelAtlas.ts'

export interface LabelItem {
  spec: LabelSpec
  visible: boolean
  anchor: Object3D
  at: Object3D
  /** width / height of the label box */
  aspect: number
  /** last occlusion result (kept between occlusion passes) */
  occluded: boolean
  layer: StructureLayer
  // screen placement scratch (NDC), per frame
  right: boolean
  nx: number
  ny: number
  nz: number
  x0: number
  x1: number
  anchorLocal: Vector3
}

/** The label meshes and their buffers (the geometry attributes' arrays). */
export interface LabelBuffers {
  lines: LineSegments
  quads: Mesh
  positions: Float32Array
  qPos: Float32Array
  qSize: Float32Array
  qPivot: Float32Array
  hasAtlas: boolean
  /** ids drawn in the last update (tests) */
  shown: Set<StructureId>
  order: LabelItem[]
}

const byHeight = (p: LabelItem, q: LabelItem) => q.ny - p.ny
const inv = new Matrix4()
const a = new Vector3()
const b = new Vector3()
const out = new Vector3()
const toCam = new Vector3()
const va = new Vector3()
const ndc = new Vector3()
const raycaster = new Raycaster()
const hits: Intersection[] = []
const vb = new Vector3()

/**
 * Places the visible labels. `occlusion`: also test, by ray casts against `occluders` (the bones),
 * whether each anchor is hidden behind them.
 */
export function updateLabels(
  buffers: LabelBuffers,
  items: LabelItem[],
  inst: ModelInstance,
  pose: Pose,
  layers: Layers,
  focus: StructureId | null,
  camera: PerspectiveCamera,
  viewport: { width: number; height: number },
  occlusion: boolean,
  occluders: Object3D[],
): void {
  const { lines, quads, positions, qPos, qSize, qPivot, shown, order } = buffers
  const geometry = lines.geometry as BufferGeometry
  const quad = quads.geometry as BufferGeometry
  const quadMaterial = quads.material as ShaderMaterial
  shown.clear()
  lines.updateWorldMatrix(true, false)
  inv.copy(lines.matrixWorld).invert()
  const vw = Math.max(1, viewport.width)
  const vh = Math.max(1, viewport.height)
  ;(quadMaterial.uniforms.viewport.value as Vector2).set(vw, vh)
  let n = 0
  for (let i = 0; i < items.length; i++) {
    const it = items[i]
    const id = it.spec.id
    let visible = layers.labels && layers[it.layer] && buffers.hasAtlas
    if (visible && it.spec.nerve && id !== focus)
      visible = pose.nerves[it.spec.nerve.key][it.spec.nerve.side] >= NERVE_MARK_THRESHOLD
    if (visible) {
      it.anchor.getWorldPosition(a)
      it.at.getWorldPosition(b)
      // behind: the label's outward direction points away from the camera
      out.subVectors(b, a).normalize()
      toCam.subVectors(camera.position, a).normalize()
      if (out.dot(toCam) < -0.25) visible = false
      else if (occlusion && !layers.bones) it.occluded = false
      else if (occlusion) {
        // hidden behind bone: something solid between the camera and the anchor
        const dist = camera.position.distanceTo(a)
        toCam.multiplyScalar(-1)
        raycaster.set(camera.position, toCam)
        raycaster.far = dist - 0.004
        hits.length = 0
        raycaster.intersectObjects(occluders, true, hits)
        // a bone does not hide its own label (its anchor lies on or just inside its surface)
        let blocked = false
        for (let k = 0; k < hits.length && !blocked; k++) blocked = inst.idOf.get(hits[k].object) !== id
        it.occluded = blocked
      }
      if (it.occluded) visible = false
    }
    it.visible = visible
    if (!visible) continue
    shown.add(id)
    // text starts at the leader's end, on whichever side of the anchor the label is on screen
    va.copy(a).applyMatrix4(camera.matrixWorldInverse)
    vb.copy(b).applyMatrix4(camera.matrixWorldInverse)
    it.right = vb.x >= va.x
    // keep the whole label inside the view (shift it inward in screen space)
    ndc.copy(b).project(camera)
    const w = (2 * LABEL_HEIGHT_PX * it.aspect) / vw
    const hh = LABEL_HEIGHT_PX / vh
    const margin = 8 / vw
    let nx = ndc.x
    if (it.right && nx + w > 1 - margin) nx = 1 - margin - w
    if (!it.right && nx - w < -1 + margin) nx = -1 + margin + w
    it.nx = nx
    it.ny = Math.min(1 - hh - 4 / vh, Math.max(-1 + hh + 4 / vh, ndc.y))
    it.nz = ndc.z
    it.x0 = it.right ? nx : nx - w
    it.x1 = it.right ? nx + w : nx
    it.anchorLocal.copy(a).applyMatrix4(inv)
    order[n++] = it
  }
  // no two labels overlap: top to bottom, push each below any earlier one it would cover
  order.length = n
  order.sort(byHeight)
  const gap = (2 * (LABEL_HEIGHT_PX + 3)) / vh
  for (let i = 0; i < n; i++) {
    const it = order[i]
    for (let j = 0; j < i; j++) {
      const o = order[j]
      if (it.x0 < o.x1 && o.x0 < it.x1 && Math.abs(it.ny - o.ny) < gap) it.ny = o.ny - gap
    }
  }
  qSize.fill(0)
  for (let i = 0; i < n; i++) {
    const it = order[i]
    b.copy(ndc.set(it.nx, it.ny, it.nz).unproject(camera)).applyMatrix4(inv)
    a.copy(it.anchorLocal)
    const k = items.indexOf(it)
    for (let c = 0; c < 4; c++) {
      qPos[k * 12 + c * 3] = b.x
      qPos[k * 12 + c * 3 + 1] = b.y
      qPos[k * 12 + c * 3 + 2] = b.z
      qSize[k * 8 + c * 2] = LABEL_HEIGHT_PX * it.aspect
      qSize[k * 8 + c * 2 + 1] = LABEL_HEIGHT_PX
      qPivot[k * 4 + c] = it.right ? 0 : 1
    }
    positions[i * 6] = a.x
    positions[i * 6 + 1] = a.y
    positions[i * 6 + 2] = a.z
    positions[i * 6 + 3] = b.x
    positions[i * 6 + 4] = b.y
    positions[i * 6 + 5] = b.z
  }
  geometry.setDrawRange(0, n * 2)
  geometry.attributes.position.needsUpdate = true
  lines.visible = n > 0
  quad.attributes.position.needsUpdate = true
  quad.attributes.sizePx.needsUpdate = true
  quad.attributes.pivotX.needsUpdate = true
  quads.visible = n > 0
}

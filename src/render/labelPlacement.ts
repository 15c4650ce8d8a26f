/**
 * Per-frame placement of the 3D labels (allocation-free apart from the occlusion ray casts, which
 * run on settled frames only): visibility by layer, marked nerve and focus; hidden when the label
 * faces away from the camera or its anchor is behind bone; kept inside the view. Then, in priority
 * order (scene-state `rankLabels`), each label takes the free place nearest to where the model puts
 * its text (moved up or down by at most LABEL_MAX_SHIFT_PX): free means not over a label already
 * placed nor over a keep-out rectangle (the caption, the compare panes' titles); a label with no free
 * place is left out, and placing stops at the budget (scene-state `labelBudget`).
 */
import { type BufferGeometry, type Intersection, type LineSegments, Matrix4, type Mesh, type Object3D, type PerspectiveCamera, Raycaster, type ShaderMaterial, Vector2, Vector3 } from 'three'
import { NERVE_MARK_THRESHOLD } from '../scene-state/nerves.ts'
import type { StructureId, StructureLayer } from '../scene-state/ids.ts'
import type { Layers, Pose } from '../scene-state/types.ts'
import type { ModelInstance } from './model.ts'
import type { LabelSpec } from './labelLayout.ts'
import { LABEL_HEIGHT_PX } from './labelAtlas.ts'

/** Gap kept between two labels, and between a label and a keep-out rectangle (CSS px). */
export const LABEL_GAP_PX = 3
/** How far a label may move up or down from its place to find room (CSS px). */
export const LABEL_MAX_SHIFT_PX = 2.5 * LABEL_HEIGHT_PX
/** Distance kept from the pane's edges (CSS px). */
const EDGE_PX = 6

export interface LabelItem {
  spec: LabelSpec
  visible: boolean
  anchor: Object3D
  at: Object3D
  /** width / height of the label box */
  aspect: number
  /** width / height of the short text's box (a nerve without its roots) */
  aspectShort: number
  /** the short text is drawn (the full one does not fit the pane) */
  short: boolean
  /** last occlusion result (kept between occlusion passes) */
  occluded: boolean
  layer: StructureLayer
  // screen placement scratch, per frame: text on the anchor's right; the box in pane CSS px (y down)
  right: boolean
  nz: number
  x0: number
  x1: number
  y0: number
  y1: number
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
  /** the quads' uv (per label: its full or short text's row) and the two rows' uv */
  qUv: Float32Array
  uvFull: Float32Array
  uvShort: Float32Array
  hasAtlas: boolean
  /** ids drawn in the last update (tests) */
  shown: Set<StructureId>
  /** the labels drawn in the last update, in the order they were placed (boxes in x0..y1) */
  order: LabelItem[]
}

/** Where labels are placed: in priority order (indices into the items), at most `budget`, around keep-out rectangles. */
export interface LabelRules {
  /** item indices, most important first (every item once) */
  rank: readonly number[]
  budget: number
  /** keep-out rectangles in pane CSS px (y down): x0, y0, x1, y1 each; `keepOutCount` of them are used */
  keepOut: Float32Array
  keepOutCount: number
}

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
/** candidate centre heights of one label (pane px), reused */
const tries = new Float64Array(2 + 4 * 64)

/** Whether the box x0..x1 × y0..y1 (pane px) is clear of the labels placed so far and of the keep-out rectangles. */
function free(x0: number, y0: number, x1: number, y1: number, placed: LabelItem[], n: number, rules: LabelRules): boolean {
  const g = LABEL_GAP_PX
  for (let j = 0; j < n; j++) {
    const o = placed[j]
    if (x0 < o.x1 + g && o.x0 - g < x1 && y0 < o.y1 + g && o.y0 - g < y1) return false
  }
  const k = rules.keepOut
  for (let j = 0; j < rules.keepOutCount; j++) {
    const q = j * 4
    if (x0 < k[q + 2] + g && k[q] - g < x1 && y0 < k[q + 3] + g && k[q + 1] - g < y1) return false
  }
  return true
}

/**
 * Places the visible labels. `occlusion`: also test, by ray casts against `occluders` (the bones),
 * whether each anchor is hidden behind them. `viewport`: the pane's size in CSS px.
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
  rules: LabelRules,
): void {
  const { lines, quads, positions, qPos, qSize, qPivot, qUv, uvFull, uvShort, shown, order } = buffers
  const geometry = lines.geometry as BufferGeometry
  const quad = quads.geometry as BufferGeometry
  const quadMaterial = quads.material as ShaderMaterial
  shown.clear()
  lines.updateWorldMatrix(true, false)
  inv.copy(lines.matrixWorld).invert()
  const vw = Math.max(1, viewport.width)
  const vh = Math.max(1, viewport.height)
  ;(quadMaterial.uniforms.viewport.value as Vector2).set(vw, vh)
  const h = LABEL_HEIGHT_PX
  for (let i = 0; i < items.length; i++) items[i].visible = false
  let n = 0
  for (let r = 0; r < rules.rank.length && n < rules.budget; r++) {
    const it = items[rules.rank[r]]
    if (!it) continue
    const id = it.spec.id
    let visible = layers.labels && layers[it.layer] && buffers.hasAtlas
    if (visible && it.spec.nerve && id !== focus)
      visible = pose.nerves[it.spec.nerve.key][it.spec.nerve.side] >= NERVE_MARK_THRESHOLD
    // a label wider than the pane: its short text, else it cannot be shown whole
    it.short = h * it.aspect > vw - 2 * EDGE_PX
    const w = h * (it.short ? it.aspectShort : it.aspect)
    if (visible && w > vw - 2 * EDGE_PX) visible = false
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
    if (!visible) continue
    // text starts at the leader's end, on whichever side of the anchor the label is on screen
    va.copy(a).applyMatrix4(camera.matrixWorldInverse)
    vb.copy(b).applyMatrix4(camera.matrixWorldInverse)
    it.right = vb.x >= va.x
    // the box in pane px, kept inside the pane
    ndc.copy(b).project(camera)
    let x = ((ndc.x + 1) / 2) * vw
    if (it.right) x = Math.min(x, vw - EDGE_PX - w)
    else x = Math.max(x, EDGE_PX + w)
    const x0 = it.right ? x : x - w
    const x1 = it.right ? x + w : x
    const lo = EDGE_PX + h / 2
    const hi = vh - EDGE_PX - h / 2
    const want = Math.min(hi, Math.max(lo, ((1 - ndc.y) / 2) * vh))
    // the nearest free height: where the model puts it, or just above or below something in the way
    let m = 0
    tries[m++] = want
    const g = LABEL_GAP_PX + 0.5
    for (let j = 0; j < n && m + 2 <= tries.length; j++) {
      const o = order[j]
      if (x0 < o.x1 + g && o.x0 - g < x1) {
        tries[m++] = o.y0 - g - h / 2
        tries[m++] = o.y1 + g + h / 2
      }
    }
    for (let j = 0; j < rules.keepOutCount && m + 2 <= tries.length; j++) {
      const q = j * 4
      tries[m++] = rules.keepOut[q + 1] - g - h / 2
      tries[m++] = rules.keepOut[q + 3] + g + h / 2
    }
    let best = NaN
    for (let j = 0; j < m; j++) {
      const y = tries[j]
      if (y < lo || y > hi || Math.abs(y - want) > LABEL_MAX_SHIFT_PX) continue
      if (!Number.isNaN(best) && Math.abs(y - want) >= Math.abs(best - want)) continue
      if (free(x0, y - h / 2, x1, y + h / 2, order, n, rules)) best = y
    }
    if (Number.isNaN(best)) continue
    it.visible = true
    it.x0 = x0
    it.x1 = x1
    it.y0 = best - h / 2
    it.y1 = best + h / 2
    it.nz = ndc.z
    it.anchorLocal.copy(a).applyMatrix4(inv)
    shown.add(id)
    order[n++] = it
  }
  order.length = n
  qSize.fill(0)
  for (let i = 0; i < n; i++) {
    const it = order[i]
    // the text point: the box's edge next to the anchor, at the box's centre height (back to NDC)
    const px = it.right ? it.x0 : it.x1
    const py = (it.y0 + it.y1) / 2
    b.copy(ndc.set((px / vw) * 2 - 1, 1 - (py / vh) * 2, it.nz).unproject(camera)).applyMatrix4(inv)
    a.copy(it.anchorLocal)
    const k = items.indexOf(it)
    const uv = it.short ? uvShort : uvFull
    for (let c = 0; c < 8; c++) qUv[k * 8 + c] = uv[k * 8 + c]
    for (let c = 0; c < 4; c++) {
      qPos[k * 12 + c * 3] = b.x
      qPos[k * 12 + c * 3 + 1] = b.y
      qPos[k * 12 + c * 3 + 2] = b.z
      qSize[k * 8 + c * 2] = LABEL_HEIGHT_PX * (it.short ? it.aspectShort : it.aspect)
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
  quad.attributes.uv.needsUpdate = true
  quads.visible = n > 0
}

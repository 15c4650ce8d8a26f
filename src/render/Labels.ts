/**
 * Labels (labels layer): text boxes beside the anatomy with leader lines to the structure. Each
 * label and its anchor ride on the joint carrying the structure, so they follow the pose. A label
 * whose outward direction faces away from the camera is on the far side of the body and is hidden
 * with its leader ("hidden when behind"). Text comes from the content catalog (per locale).
 * Own small component (drei's <Html> drew nothing headless); drawn in WebGL, so they appear in
 * snapshots. All texts share one canvas atlas and one mesh (one draw call), leaders one more.
 */
import {
  BufferAttribute,
  BufferGeometry,
  CanvasTexture,
  LineBasicMaterial,
  LineSegments,
  Matrix4,
  type Intersection,
  type Object3D,
  type PerspectiveCamera,
  LinearFilter,
  Mesh,
  NoColorSpace,
  Raycaster,
  ShaderMaterial,
  Vector2,
  Vector3,
} from 'three'
import * as ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import { NERVES } from '../scene-state/biomechanics.ts'
import { structureInfo, type BodySide, type NerveKey, type StructureId, type StructureLayer } from '../scene-state/ids.ts'
import type { Layers, Pose } from '../scene-state/types.ts'
import type { ModelInstance } from './model.ts'
import { addAnchor, compressionSite, sided, trunkJointFor } from './anchors.ts'
import { NERVE_HIGHLIGHT_THRESHOLD } from './appearance.ts'
import type { SceneTheme } from './materials.ts'

type V3 = [number, number, number]
const LM = ref.landmarks as unknown as Record<string, { position_m: V3 }>

/** Label height on screen (CSS px). */
export const LABEL_HEIGHT_PX = 20

interface LabelSpec {
  id: StructureId
  /** rest-frame anchor on the structure */
  anchor: Vector3
  /** rest-frame label position */
  at: Vector3
  joint: (inst: ModelInstance) => Object3D
  nerve?: { key: NerveKey; side: BodySide }
}

const v = (x: number, y: number, z: number) => new Vector3(x, y, z)

const trunk = (p: Vector3) => (inst: ModelInstance) => trunkJointFor(inst, p)

function specs(): LabelSpec[] {
  const out: LabelSpec[] = []
  // vertebrae L1, L3, L5 (front of the body), labels to the patient's left
  const labelY: Record<'L1' | 'L3' | 'L5', number> = { L1: 0.18, L3: 0.092, L5: 0.012 }
  for (const k of ['L1', 'L3', 'L5'] as const) {
    const c = LM[`bodyCentre${k}`].position_m
    const anchor = v(0.008, c[1], c[2] + 0.016)
    out.push({ id: `vertebra${k}`, anchor, at: v(0.15, labelY[k], c[2] + 0.03), joint: trunk(anchor) })
  }
  {
    const j = LM.jointL4L5.position_m
    const anchor = v(0, j[1], j[2] + 0.018)
    out.push({ id: 'discL4L5', anchor, at: v(0.15, 0.052, j[2] + 0.03), joint: trunk(anchor) })
  }
  // right psoas and iliacus, labels to the patient's right
  {
    const anchor = v(-0.045, 0.065, -0.07)
    out.push({ id: 'psoasMajorRight', anchor, at: v(-0.15, 0.07, -0.05), joint: trunk(anchor) })
  }
  {
    const anchor = v(-0.095, 0.0, -0.05)
    out.push({ id: 'iliacusRight', anchor, at: v(-0.17, 0.0, -0.02), joint: (i) => i.joints.pelvisJoint })
  }
  {
    const a = sided(LM.asisRight.position_m, 'left')
    out.push({ id: 'pelvis', anchor: a, at: v(0.17, -0.135, 0.02), joint: (i) => i.joints.pelvisJoint })
  }
  {
    const h = sided(LM.hipCentreRight.position_m, 'left')
    const anchor = v(h.x + 0.01, h.y - 0.2, h.z + 0.015)
    out.push({ id: 'femurLeft', anchor, at: v(0.17, h.y - 0.22, h.z + 0.04), joint: (i) => i.joints.hipLeft })
  }
  // nerves: shown when compressed (or focused), in a column beside the body
  const column: Partial<Record<NerveKey, number>> = { iliohypogastric: 0.21, ilioinguinal: 0.168, genitofemoral: 0.126, femoral: -0.042, obturator: -0.085 }
  for (const side of ['left', 'right'] as const)
    for (const [key, y] of Object.entries(column) as [NerveKey, number][]) {
      const anchor = compressionSite(key, side)
      const x = side === 'left' ? 0.21 : -0.21
      out.push({
        id: `${key}${side === 'left' ? 'Left' : 'Right'}` as StructureId,
        anchor,
        at: v(x, y, anchor.z + 0.04),
        joint: trunk(anchor),
        nerve: { key, side },
      })
    }
  return out
}

interface LabelObj {
  spec: LabelSpec
  visible: boolean
  anchor: Object3D
  at: Object3D
  aspect: number
  text: string
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
const byHeight = (p: LabelObj, q: LabelObj) => q.ny - p.ny

export interface Labels {
  items: LabelObj[]
  lines: LineSegments
  /** ids of the labels drawn in the last update (tests) */
  shown: Set<StructureId>
  setTexts(text: (id: StructureId) => string, theme: SceneTheme): void
  /**
   * Places the visible labels. `occlusion`: also test, by ray casts against `occluders` (the bones),
   * whether each anchor is hidden behind them (run on settled frames only: it allocates hit records).
   */
  update(
    pose: Pose,
    layers: Layers,
    focus: StructureId | null,
    camera: PerspectiveCamera,
    viewport: { width: number; height: number },
    occlusion: boolean,
    occluders: Object3D[],
  ): void
  dispose(): void
}

const ATLAS_SCALE = 2
const ATLAS_WIDTH = 1024

/** Draws every label text into one canvas (a row each); returns the texture and each row's rectangle. */
function drawAtlas(texts: string[], theme: SceneTheme): { texture: CanvasTexture; rows: { u0: number; v0: number; u1: number; v1: number; widthPx: number }[] } | null {
  if (typeof document === 'undefined') return null
  const px = LABEL_HEIGHT_PX * ATLAS_SCALE
  const canvas = document.createElement('canvas')
  canvas.width = ATLAS_WIDTH
  // rows are spaced apart so texture filtering never mixes two labels
  const pitch = px + 6
  canvas.height = Math.max(1, 2 ** Math.ceil(Math.log2(pitch * texts.length)))
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  const font = `500 ${Math.round(px * 0.62)}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`
  ctx.font = font
  ctx.textBaseline = 'middle'
  const rows = texts.map((text, i) => {
    const w = Math.min(ATLAS_WIDTH - 4, Math.ceil(ctx.measureText(text).width + px * 0.6))
    const y = i * pitch + 3
    ctx.fillStyle = theme.labelBackground
    ctx.beginPath()
    ctx.roundRect(0, y, w, px, px * 0.25)
    ctx.fill()
    ctx.fillStyle = theme.labelText
    ctx.fillText(text, px * 0.3, y + px * 0.54, w - px * 0.6)
    // texture v runs bottom-up (flipY)
    return { u0: 0, u1: w / ATLAS_WIDTH, v1: 1 - y / canvas.height, v0: 1 - (y + px) / canvas.height, widthPx: w / ATLAS_SCALE }
  })
  const texture = new CanvasTexture(canvas)
  // raw in, raw out: the shader writes the canvas colours unchanged (no colour-space or tone mapping)
  texture.colorSpace = NoColorSpace
  texture.generateMipmaps = false
  // premultiplied, so filtering at the box edges does not mix in the black of empty texels
  texture.premultiplyAlpha = true
  texture.minFilter = LinearFilter
  return { texture, rows }
}

const LABEL_VERTEX = /* glsl */ `
attribute vec2 corner;
attribute vec2 sizePx;
attribute float pivotX;
uniform vec2 viewport;
varying vec2 vUv;
void main() {
  vUv = uv;
  vec4 clip = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  vec2 offset = (corner - vec2(pivotX, 0.5)) * sizePx;
  clip.xy += offset * 2.0 / viewport * clip.w;
  gl_Position = clip;
}`
const LABEL_FRAGMENT = /* glsl */ `
uniform sampler2D map;
varying vec2 vUv;
void main() {
  gl_FragColor = texture2D(map, vUv);
}`

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

export function createLabels(inst: ModelInstance): Labels {
  const items: LabelObj[] = specs().map((spec) => {
    const joint = spec.joint(inst)
    return {
      spec,
      visible: false,
      anchor: addAnchor(inst, joint, spec.anchor, `labelAnchor:${spec.id}`),
      at: addAnchor(inst, joint, spec.at, `labelAt:${spec.id}`),
      aspect: 4,
      text: '',
      occluded: false,
      layer: structureInfo(spec.id).layer,
      right: true,
      nx: 0,
      ny: 0,
      nz: 0,
      x0: 0,
      x1: 0,
      anchorLocal: new Vector3(),
    }
  })
  const positions = new Float32Array(items.length * 6)
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  const lineMaterial = new LineBasicMaterial({ depthTest: false, transparent: true, opacity: 0.75 })
  const lines = new LineSegments(geometry, lineMaterial)
  lines.name = 'labelLeaders'
  lines.renderOrder = 19
  lines.frustumCulled = false
  lines.raycast = () => undefined
  inst.scene.add(lines)

  // all label quads in one mesh (one draw call), placed in screen pixels by the vertex shader
  const count = items.length
  const quad = new BufferGeometry()
  const qPos = new Float32Array(count * 12)
  const qSize = new Float32Array(count * 8)
  const qPivot = new Float32Array(count * 4)
  const qUv = new Float32Array(count * 8)
  const qCorner = new Float32Array(count * 8)
  const qIndex: number[] = []
  for (let i = 0; i < count; i++) {
    qCorner.set([0, 0, 1, 0, 1, 1, 0, 1], i * 8)
    qIndex.push(i * 4, i * 4 + 1, i * 4 + 2, i * 4, i * 4 + 2, i * 4 + 3)
  }
  quad.setAttribute('position', new BufferAttribute(qPos, 3))
  quad.setAttribute('sizePx', new BufferAttribute(qSize, 2))
  quad.setAttribute('pivotX', new BufferAttribute(qPivot, 1))
  quad.setAttribute('uv', new BufferAttribute(qUv, 2))
  quad.setAttribute('corner', new BufferAttribute(qCorner, 2))
  quad.setIndex(qIndex)
  const quadMaterial = new ShaderMaterial({
    uniforms: { map: { value: null }, viewport: { value: new Vector2(1, 1) } },
    vertexShader: LABEL_VERTEX,
    fragmentShader: LABEL_FRAGMENT,
    transparent: true,
    premultipliedAlpha: true,
    depthTest: false,
    depthWrite: false,
  })
  quadMaterial.name = 'psoas-explainer:labels'
  const quads = new Mesh(quad, quadMaterial)
  quads.name = 'labels'
  quads.renderOrder = 20
  quads.frustumCulled = false
  quads.raycast = () => undefined
  quads.visible = false
  inst.scene.add(quads)
  let atlas: CanvasTexture | null = null

  const shown = new Set<StructureId>()
  const order: LabelObj[] = []

  return {
    items,
    lines,
    shown,
    setTexts(text, theme) {
      lineMaterial.color.set(theme.labelText)
      const texts = items.map((it) => {
        let t = text(it.spec.id)
        if (it.spec.nerve) t = `${t} · ${NERVES[it.spec.nerve.key].rootsLabel}`
        it.text = t
        return t
      })
      atlas?.dispose()
      const drawn = drawAtlas(texts, theme)
      atlas = drawn?.texture ?? null
      quadMaterial.uniforms.map.value = atlas
      items.forEach((it, i) => {
        const r = drawn?.rows[i]
        it.aspect = r ? r.widthPx / LABEL_HEIGHT_PX : 4
        if (r) qUv.set([r.u0, r.v0, r.u1, r.v0, r.u1, r.v1, r.u0, r.v1], i * 8)
      })
      quad.attributes.uv.needsUpdate = true
    },
    update(pose, layers, focus, camera, viewport, occlusion, occluders) {
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
        let visible = layers.labels && layers[it.layer] && atlas !== null
        if (visible && it.spec.nerve && id !== focus)
          visible = pose.nerves[it.spec.nerve.key][it.spec.nerve.side] > NERVE_HIGHLIGHT_THRESHOLD
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
    },
    dispose() {
      quads.removeFromParent()
      quad.dispose()
      quadMaterial.dispose()
      atlas?.dispose()
      lines.removeFromParent()
      geometry.dispose()
      lineMaterial.dispose()
    },
  }
}

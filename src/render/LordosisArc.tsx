/**
 * The lordosis angle in the side view: the L1 upper endplate and the S1 endplate of the displayed
 * (animated) pose drawn as lines in the mid-sagittal plane, extended behind the spine to where they
 * meet, an arc between them there and a label with the value. Drawn within ARC_MAX_DEG of a lateral
 * view (the side presets, a compare pane following them, a free camera near them) while the labels
 * and bones layers are on.
 *
 * The label shows the value the description and the readout show (scene-state `shownLordosisDeg` of
 * the displayed pose, so it moves with the animation and equals the text once settled). The lines are
 * the bones' own endplates (scene-state `LORDOSIS_ENDPLATES`, moved with the L1/L2 and pelvis joints):
 * the model's rest geometry is `restGeometryDeg()` − 50.5 ≈ 6° more lordotic than the population value
 * the app shows (anatomy-reference.md, "Rest pose"), so the drawn angle is that much wider than the
 * label while both change by the same amount. `userData` holds both numbers (tests).
 *
 * Lines and label ride on the pelvis joint (a portal), so only the L1 endplate is moved per frame;
 * everything is written in place (no allocation in the frame loop), the label texture only when the
 * whole-degree value changes.
 */
// R3F: the scene's three.js objects are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { useLayoutEffect, useMemo, useRef } from 'react'
import { createPortal, useFrame } from '@react-three/fiber'
import { CanvasTexture, type Group, type LineSegments, Matrix4, type PerspectiveCamera, SRGBColorSpace, type Sprite, Vector3 } from 'three'
import { LORDOSIS_ENDPLATES, poseLordosisDeg, shownLordosisDeg, type EndplateRest } from '../scene-state/lordosis.ts'
import type { SceneTheme } from './materials.ts'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'
import { lateralCosine, showsArc } from './lateralView.ts'

/** Arc radius around the lines' meeting point (m), and the label's distance beyond the vertex (m). */
const ARC_RADIUS = 0.032
const LABEL_BEYOND = 0.04
/** …or, when any of it would be outside the view (beyond this NDC: a narrow compare pane), inside the angle this far from the vertex (m). */
const LABEL_NDC_MAX = 0.97
const LABEL_INSIDE = ARC_RADIUS + 0.03
/** Segments of the arc. */
const ARC_STEPS = 24
/** Label height on screen (CSS px), like the structure labels. */
const LABEL_HEIGHT_PX = 22
const LABEL_CANVAS_SCALE = 2
/** Vertices: two endplates, two extensions to the vertex, the arc (line pairs). */
const VERTEX_COUNT = 2 * (4 + ARC_STEPS)

const noRaycast = () => undefined
const DEG = Math.PI / 180

const rest = new Matrix4()
const toPelvis = new Matrix4()
const c1 = new Vector3()
const a1 = new Vector3()
const c2 = new Vector3()
const a2 = new Vector3()
const ndc = new Vector3()

/** What the arc shows (also in the lines' `userData`, for tests and hosts). */
export interface LordosisArcData {
  visible: boolean
  /** the label's value (whole degrees; the description's and readout's rounding) */
  valueDeg: number
  /** the angle between the drawn endplate lines (degrees, unrounded) */
  drawnDeg: number
  /** the label's text */
  text: string
  /** where the label sits: beyond the vertex, or inside the angle because beyond it would leave the view */
  labelPlace: 'beyond' | 'inside'
}

/** Draws the label text into `canvas` (resized to fit); returns its aspect (width / height). */
export function drawArcLabel(canvas: HTMLCanvasElement, text: string, theme: SceneTheme): number {
  const px = LABEL_HEIGHT_PX * LABEL_CANVAS_SCALE
  const ctx = canvas.getContext('2d')
  if (!ctx) return 1
  const font = `600 ${Math.round(px * 0.64)}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`
  ctx.font = font
  const w = Math.ceil(ctx.measureText(text).width + px * 0.6)
  canvas.width = w
  canvas.height = px
  ctx.font = font
  ctx.textBaseline = 'middle'
  ctx.fillStyle = theme.labelBackground
  ctx.beginPath()
  ctx.roundRect(0, 0, w, px, px * 0.25)
  ctx.fill()
  ctx.fillStyle = theme.labelText
  ctx.fillText(text, px * 0.3, px * 0.54)
  return w / px
}

export function LordosisArc({ theme }: { theme: SceneTheme }) {
  const frame = useSceneFrame()
  const { instance } = frame
  const group = useRef<Group>(null)
  const lines = useRef<LineSegments>(null)
  const sprite = useRef<Sprite>(null)
  const positions = useMemo(() => new Float32Array(VERTEX_COUNT * 3), [])
  const data = useMemo<LordosisArcData>(() => ({ visible: false, valueDeg: Number.NaN, drawnDeg: Number.NaN, text: '', labelPlace: 'beyond' }), [])
  // the S1 endplate in the pelvis joint's frame (it rides on it), the L1 endplate's rest points (world)
  const fixed = useMemo(() => {
    const pelvisRest = instance.restWorld.get(instance.joints.pelvisJoint)!
    const inv = new Matrix4().copy(pelvisRest).invert()
    const at = (e: EndplateRest, sign: number) => new Vector3(...e.centre).addScaledVector(new Vector3(...e.anterior), (sign * e.depth) / 2)
    const s1 = LORDOSIS_ENDPLATES.s1
    const l1 = LORDOSIS_ENDPLATES.l1Upper
    return {
      s1Front: at(s1, 1).applyMatrix4(inv),
      s1Back: at(s1, -1).applyMatrix4(inv),
      l1Front: at(l1, 1),
      l1Back: at(l1, -1),
      l1Joint: instance.joints.segments.L1L2,
      l1JointRestInverse: new Matrix4().copy(instance.restWorld.get(instance.joints.segments.L1L2)!).invert(),
    }
  }, [instance])
  const label = useMemo(() => {
    if (typeof document === 'undefined') return null
    const canvas = document.createElement('canvas')
    const texture = new CanvasTexture(canvas)
    // the canvas colours come out unchanged (decoded here, encoded again at the output)
    texture.colorSpace = SRGBColorSpace
    texture.generateMipmaps = false
    return { canvas, texture, aspect: 2, drawn: '', theme: null as SceneTheme | null }
  }, [])
  useLayoutEffect(() => (label ? () => label.texture.dispose() : undefined), [label])

  useFrame((state) => {
    const g = group.current
    const ls = lines.current
    if (!g || !ls) return
    const pelvis = instance.joints.pelvisJoint
    const cosine = lateralCosine(state.camera, pelvis)
    const show = frame.layers.labels && frame.layers.bones && showsArc(cosine)
    data.visible = show
    g.visible = show
    if (!show) return

    // the L1 endplate's rim points in the pelvis joint's frame: rest world → L1/L2 joint now → pelvis
    rest.multiplyMatrices(fixed.l1Joint.matrixWorld, fixed.l1JointRestInverse)
    toPelvis.copy(pelvis.matrixWorld).invert().multiply(rest)
    c1.copy(fixed.l1Front).applyMatrix4(toPelvis)
    a1.copy(fixed.l1Back).applyMatrix4(toPelvis)
    c2.copy(fixed.s1Front)
    a2.copy(fixed.s1Back)
    // sagittal plane (pelvis frame, x = 0): lines through the rims, toward the back (z, y)
    const l1z = a1.z
    const l1y = a1.y
    const l1dz = a1.z - c1.z
    const l1dy = a1.y - c1.y
    const s1z = a2.z
    const s1y = a2.y
    const s1dz = a2.z - c2.z
    const s1dy = a2.y - c2.y
    // l1 + s·d1 = s1 + t·d2
    const det = l1dz * -s1dy - l1dy * -s1dz
    if (Math.abs(det) < 1e-9) {
      g.visible = false
      return
    }
    const rz = s1z - l1z
    const ry = s1y - l1y
    const s = (rz * -s1dy - ry * -s1dz) / det
    const vz = l1z + s * l1dz
    const vy = l1y + s * l1dy
    const angL1 = Math.atan2(l1y - vy, l1z - vz)
    const angS1 = Math.atan2(s1y - vy, s1z - vz)
    let sweep = angS1 - angL1
    while (sweep > Math.PI) sweep -= 2 * Math.PI
    while (sweep < -Math.PI) sweep += 2 * Math.PI
    data.drawnDeg = Math.abs(sweep) / DEG

    let i = 0
    const put = (z: number, y: number) => {
      positions[i++] = 0
      positions[i++] = y
      positions[i++] = z
    }
    put(c1.z, c1.y)
    put(a1.z, a1.y)
    put(a1.z, a1.y)
    put(vz, vy)
    put(c2.z, c2.y)
    put(a2.z, a2.y)
    put(a2.z, a2.y)
    put(vz, vy)
    for (let k = 0; k < ARC_STEPS; k++) {
      const t0 = angL1 + (sweep * k) / ARC_STEPS
      const t1 = angL1 + (sweep * (k + 1)) / ARC_STEPS
      put(vz + ARC_RADIUS * Math.cos(t0), vy + ARC_RADIUS * Math.sin(t0))
      put(vz + ARC_RADIUS * Math.cos(t1), vy + ARC_RADIUS * Math.sin(t1))
    }
    ls.geometry.getAttribute('position').needsUpdate = true
    ls.geometry.computeBoundingSphere()

    // the label: the displayed pose's value, rounded as the text rounds it; beyond the vertex, away from the spine
    const value = shownLordosisDeg(poseLordosisDeg(frame.displayed), frame.target.readout.normal.lordosisDeg)
    data.valueDeg = value
    const sp = sprite.current
    if (!sp || !label) return
    const text = `${value}°`
    if (label.drawn !== text || label.theme !== theme) {
      label.aspect = drawArcLabel(label.canvas, text, theme)
      label.texture.needsUpdate = true
      label.drawn = text
      label.theme = theme
      data.text = text
    }
    // beyond the vertex; if that leaves the view (lying postures: the vertex is below the body), inside the angle
    const mid = angL1 + sweep / 2
    sp.position.set(0, vy - LABEL_BEYOND * Math.sin(mid), vz - LABEL_BEYOND * Math.cos(mid))
    ndc.copy(sp.position).applyMatrix4(pelvis.matrixWorld).project(state.camera)
    // the label's half size in NDC: its edge, not its centre, must stay in the view (was cut at a phone pane's edge)
    const halfW = (LABEL_HEIGHT_PX * label.aspect) / Math.max(1, state.size.width)
    const halfH = LABEL_HEIGHT_PX / Math.max(1, state.size.height)
    data.labelPlace = Math.abs(ndc.x) + halfW > LABEL_NDC_MAX || Math.abs(ndc.y) + halfH > LABEL_NDC_MAX ? 'inside' : 'beyond'
    if (data.labelPlace === 'inside') sp.position.set(0, vy + LABEL_INSIDE * Math.sin(mid), vz + LABEL_INSIDE * Math.cos(mid))
    // constant size on screen: with sizeAttenuation off the scale is a fraction of the view height × tan(fov/2)·2
    const cam = state.camera as PerspectiveCamera
    const h = (LABEL_HEIGHT_PX * 2) / (Math.max(1, state.size.height) * cam.projectionMatrix.elements[5])
    sp.scale.set(h * label.aspect, h, 1)
  }, FRAME_PRIORITY.cameraFacing)

  return createPortal(
    <group ref={group} name="lordosisArc" visible={false} userData={{ arc: data }}>
      <lineSegments ref={lines} name="lordosisArcLines" renderOrder={18} frustumCulled={false} raycast={noRaycast}>
        <bufferGeometry>
          <bufferAttribute attach="attributes-position" args={[positions, 3]} />
        </bufferGeometry>
        <lineBasicMaterial name="psoas-explainer:lordosis-arc" color={theme.labelText} depthTest={false} depthWrite={false} transparent opacity={0.9} toneMapped={false} />
      </lineSegments>
      {label ? (
        <sprite ref={sprite} name="lordosisArcLabel" renderOrder={21} frustumCulled={false} raycast={noRaycast}>
          <spriteMaterial map={label.texture} sizeAttenuation={false} depthTest={false} depthWrite={false} transparent toneMapped={false} />
        </sprite>
      ) : null}
    </group>,
    instance.joints.pelvisJoint,
  )
}

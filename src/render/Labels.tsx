/**
 * Labels (labels layer): text boxes beside the anatomy with leader lines to the structure. Each
 * label and its anchor ride on the joint carrying the structure, so they follow the pose. A label
 * whose outward direction faces away from the camera is on the far side of the body and is hidden
 * with its leader ("hidden when behind"). Text comes from the content catalog (per locale).
 * Own small component (drei's <Html> drew nothing headless); drawn in WebGL, so they appear in
 * snapshots. All texts share one canvas atlas and one mesh (one draw call), leaders one more; both
 * meshes are declared in JSX (R3F disposes them), the atlas texture is disposed when redrawn.
 *
 * So that labels never bury the anatomy, they are placed in priority order (scene-state `rankLabels`:
 * the focus, the compressed nerves, the tight psoas, then landmarks), at most `labelBudget` of them
 * (6 on a phone, 12 on larger viewers, shared by the compare panes), never over one another nor over
 * the keep-out elements: elements with the class `psoas-label-keepout` (the caption, the compare
 * panes' titles) inside the nearest ancestor with `data-label-scope` (else the viewer's wrapper).
 * What was drawn is written to the pane element's `data-labels` on settled frames (ids and boxes in
 * the pane's CSS px; tests, and hosts that list the labels).
 */
// R3F: the scene's three.js objects and its per-frame state are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { type LineSegments, type Mesh, type Object3D, type PerspectiveCamera, Vector2, Vector3 } from 'three'
import { structureInfo, type NerveKey, type StructureId } from '../scene-state/ids.ts'
import { labelBudget, rankLabels } from '../scene-state/labels.ts'
import { structureLabel, structureLabelWithRoots } from '../content/index.ts'
import type { SceneTheme } from './materials.ts'
import { labelNodes, labelSpecs } from './labelLayout.ts'
import { LABEL_FRAGMENT, LABEL_HEIGHT_PX, LABEL_VERTEX, drawAtlas, type AtlasRow } from './labelAtlas.ts'
import { updateLabels, type LabelBuffers, type LabelItem, type LabelRules } from './labelPlacement.ts'
import { FRAME_PRIORITY, targetPoseOf, useSceneFrame } from './frame.ts'
import { LABEL_KEEPOUT_CLASS, LABEL_SCOPE_ATTRIBUTE } from './labelKeepOut.ts'

export { LABEL_HEIGHT_PX }

const noRaycast = () => undefined

function textOf(id: StructureId, locale: string, nerve?: NerveKey): string {
  try {
    return nerve ? structureLabelWithRoots(id, nerve, locale) : structureLabel(id, locale)
  } catch {
    return id
  }
}

const round = (x: number) => Math.round(x * 10) / 10
/** The node of the side view's lordosis arc label (LordosisArc.tsx): labels keep clear of it too. */
const ARC_LABEL_NODE = 'lordosisArcLabel'
const arcAt = new Vector3()
/** Whether an object and all its ancestors are visible. */
function shownInScene(o: Object3D): boolean {
  for (let p: Object3D | null = o; p; p = p.parent) if (!p.visible) return false
  return true
}
/** Keep-out rectangles used at most per pane. */
const MAX_KEEPOUT = 8

export interface LabelsProps {
  theme: SceneTheme
  locale: string
  /** the element over the part of the canvas this scene draws in (a compare pane); default the canvas */
  pane?: RefObject<HTMLElement | null>
}

export function Labels({ theme, locale, pane }: LabelsProps) {
  const frame = useSceneFrame()
  const invalidate = useThree((s) => s.invalidate)
  const gl = useThree((s) => s.gl)
  const lines = useRef<LineSegments>(null)
  const quads = useRef<Mesh>(null)
  const { instance } = frame
  const items = useMemo<LabelItem[]>(
    () =>
      labelSpecs(instance).map((spec) => ({
        spec,
        ...labelNodes(instance, spec),
        visible: false,
        aspect: 4,
        aspectShort: 4,
        short: false,
        occluded: false,
        layer: structureInfo(spec.id).layer,
        right: true,
        nz: 0,
        x0: 0,
        x1: 0,
        y0: 0,
        y1: 0,
        anchorLocal: new Vector3(),
      })),
    [instance],
  )
  const arrays = useMemo(() => {
    const n = items.length
    const corner = new Float32Array(n * 8)
    const index = new Uint16Array(n * 6)
    for (let i = 0; i < n; i++) {
      corner.set([0, 0, 1, 0, 1, 1, 0, 1], i * 8)
      index.set([i * 4, i * 4 + 1, i * 4 + 2, i * 4, i * 4 + 2, i * 4 + 3], i * 6)
    }
    return {
      positions: new Float32Array(n * 6),
      qPos: new Float32Array(n * 12),
      qSize: new Float32Array(n * 8),
      qPivot: new Float32Array(n * 4),
      qUv: new Float32Array(n * 8),
      uvFull: new Float32Array(n * 8),
      uvShort: new Float32Array(n * 8),
      corner,
      index,
    }
  }, [items])
  const uniforms = useMemo(() => ({ map: { value: null as unknown }, viewport: { value: new Vector2(1, 1) } }), [])
  // labels hide behind these (rigid bone meshes: cheap to ray cast, unlike skinned ones)
  const occluders = useMemo(() => {
    const list: Object3D[] = []
    for (const [id, meshes] of instance.meshes) if (structureInfo(id).layer === 'bones') list.push(...meshes)
    return list
  }, [instance])
  const buffers = useRef<LabelBuffers | null>(null)
  const rules = useMemo<LabelRules>(
    () => ({ rank: items.map((_, i) => i), budget: items.length, keepOut: new Float32Array(4 * MAX_KEEPOUT), keepOutCount: 0 }),
    [items],
  )
  // priority order: from the pose this pane shows and the focus (on change only)
  useLayoutEffect(() => {
    const { store, variant } = frame
    const ids = items.map((it) => it.spec.id)
    let lastPose: unknown = null
    let lastFocus: StructureId | null | undefined
    const update = () => {
      const pose = targetPoseOf(store, variant)
      const focus = store.getState().focus
      if (pose === lastPose && focus === lastFocus) return
      lastPose = pose
      lastFocus = focus
      rules.rank = rankLabels(ids, pose, focus).map((id) => ids.indexOf(id))
      invalidate()
    }
    update()
    return store.subscribe(update)
  }, [frame, items, rules, invalidate])
  const arcLabel = useRef<Object3D | null>(null)
  // the keep-out elements around this viewer (a live collection, found once)
  const keepOut = useRef<{ scope: Element; list: HTMLCollectionOf<Element> } | null>(null)
  // the element whose data-labels this scene wrote: cleared when the scene goes (e.g. compare turned on)
  const published = useRef<HTMLElement | null>(null)
  useLayoutEffect(
    () => () => {
      if (published.current) delete published.current.dataset.labels
      published.current = null
    },
    [],
  )

  // texts → atlas (per locale and theme): each label in full, and short (a nerve without its roots)
  // for panes too narrow for the full text
  useLayoutEffect(() => {
    const names = items.map((it) => textOf(it.spec.id, locale))
    // a nerve with its roots as the catalog writes them ("L2–L4", en dash)
    const texts = items.map((it, i) => (it.spec.nerve ? textOf(it.spec.id, locale, it.spec.nerve.key) : names[i]))
    const short = items.map((it, i) => (it.spec.nerve ? names[i] : null))
    const drawn = drawAtlas(texts, theme, short)
    // what the atlas holds, readable from the scene graph (tests, and hosts that list the labels)
    if (quads.current) {
      quads.current.userData.texts = texts
      quads.current.userData.shortTexts = short
    }
    uniforms.map.value = drawn?.texture ?? null
    const uvOf = (r: AtlasRow) => [r.u0, r.v0, r.u1, r.v0, r.u1, r.v1, r.u0, r.v1]
    items.forEach((it, i) => {
      const full = drawn?.rows[i]
      const brief = drawn?.shortRows[i] ?? full
      it.aspect = full ? full.widthPx / LABEL_HEIGHT_PX : 4
      it.aspectShort = brief ? brief.widthPx / LABEL_HEIGHT_PX : it.aspect
      if (full) arrays.uvFull.set(uvOf(full), i * 8)
      if (brief) arrays.uvShort.set(uvOf(brief), i * 8)
    })
    if (buffers.current) buffers.current.hasAtlas = drawn !== null
    invalidate()
    return () => drawn?.texture.dispose()
  }, [items, arrays, uniforms, locale, theme, invalidate])

  useLayoutEffect(() => {
    if (!lines.current || !quads.current) return
    buffers.current = {
      lines: lines.current,
      quads: quads.current,
      positions: arrays.positions,
      qPos: arrays.qPos,
      qSize: arrays.qSize,
      qPivot: arrays.qPivot,
      qUv: arrays.qUv,
      uvFull: arrays.uvFull,
      uvShort: arrays.uvShort,
      hasAtlas: uniforms.map.value !== null,
      shown: new Set(),
      order: [],
    }
  }, [arrays, uniforms])

  useFrame((state) => {
    const b = buffers.current
    if (!b) return
    // occlusion ray casts allocate hit records: settled frames only
    const settled = frame.poseSettled && !frame.busy
    const canvas = gl.domElement
    const el = pane?.current ?? canvas
    // no layout outside a DOM (@react-three/test-renderer's canvas stand-in): no keep-outs there
    const dom = typeof el.getBoundingClientRect === 'function'
    // budget: by the whole viewer's size, shared by the panes in compare
    const compare = frame.store.getView().compare !== null
    rules.budget = labelBudget({ width: canvas.clientWidth, height: canvas.clientHeight }, compare ? 2 : 1, frame.variant)
    // keep-out rectangles in this pane's px
    let count = 0
    if (dom) {
      const pr = el.getBoundingClientRect()
      let k = keepOut.current
      if (!k || !k.scope.isConnected || !k.scope.contains(el)) {
        const scope = el.closest(`[${LABEL_SCOPE_ATTRIBUTE}]`) ?? canvas.parentElement ?? canvas
        k = keepOut.current = { scope, list: scope.getElementsByClassName(LABEL_KEEPOUT_CLASS) }
      }
      for (let i = 0; i < k.list.length && count < MAX_KEEPOUT; i++) {
        const r = k.list[i].getBoundingClientRect()
        if (r.width <= 0 || r.height <= 0 || r.right <= pr.left || r.left >= pr.right || r.bottom <= pr.top || r.top >= pr.bottom) continue
        const q = count++ * 4
        rules.keepOut[q] = r.left - pr.left
        rules.keepOut[q + 1] = r.top - pr.top
        rules.keepOut[q + 2] = r.right - pr.left
        rules.keepOut[q + 3] = r.bottom - pr.top
      }
    }
    // the side view's lordosis arc label (LordosisArc.tsx: a sprite 20 px high, placed before the labels)
    if (!arcLabel.current && settled) arcLabel.current = instance.scene.getObjectByName(ARC_LABEL_NODE) ?? null
    const arc = arcLabel.current
    if (arc && count < MAX_KEEPOUT && shownInScene(arc)) {
      arc.getWorldPosition(arcAt).project(state.camera)
      const x = ((arcAt.x + 1) / 2) * state.size.width
      const y = ((1 - arcAt.y) / 2) * state.size.height
      const half = (LABEL_HEIGHT_PX * (arc.scale.x / Math.max(1e-9, arc.scale.y))) / 2
      const q = count++ * 4
      rules.keepOut[q] = x - half
      rules.keepOut[q + 1] = y - LABEL_HEIGHT_PX / 2
      rules.keepOut[q + 2] = x + half
      rules.keepOut[q + 3] = y + LABEL_HEIGHT_PX / 2
    }
    rules.keepOutCount = count
    updateLabels(b, items, instance, frame.displayed, frame.layers, frame.focus, state.camera as PerspectiveCamera, state.size, settled, occluders, rules)
    if (settled && dom) {
      published.current = el
      el.dataset.labels = JSON.stringify(b.order.map((it) => ({ id: it.spec.id, short: it.short, x0: round(it.x0), y0: round(it.y0), x1: round(it.x1), y1: round(it.y1) })))
    }
  }, FRAME_PRIORITY.labels)

  return (
    <>
      <lineSegments ref={lines} name="labelLeaders" renderOrder={19} frustumCulled={false} raycast={noRaycast} visible={false}>
        <bufferGeometry>
          <bufferAttribute attach="attributes-position" args={[arrays.positions, 3]} />
        </bufferGeometry>
        <lineBasicMaterial color={theme.labelText} depthTest={false} transparent opacity={0.75} />
      </lineSegments>
      <mesh ref={quads} name="labels" renderOrder={20} frustumCulled={false} raycast={noRaycast} visible={false}>
        <bufferGeometry>
          <bufferAttribute attach="attributes-position" args={[arrays.qPos, 3]} />
          <bufferAttribute attach="attributes-sizePx" args={[arrays.qSize, 2]} />
          <bufferAttribute attach="attributes-pivotX" args={[arrays.qPivot, 1]} />
          <bufferAttribute attach="attributes-uv" args={[arrays.qUv, 2]} />
          <bufferAttribute attach="attributes-corner" args={[arrays.corner, 2]} />
          <bufferAttribute attach="index" args={[arrays.index, 1]} />
        </bufferGeometry>
        {/* premultiplied atlas: raw in, raw out (no colour-space or tone mapping); the uniforms object is
            given to the constructor (as a prop R3F would copy it, and the atlas written later would not reach it) */}
        <shaderMaterial
          args={[{ uniforms, vertexShader: LABEL_VERTEX, fragmentShader: LABEL_FRAGMENT }]}
          name="psoas-explainer:labels"
          transparent
          premultipliedAlpha
          depthTest={false}
          depthWrite={false}
        />
      </mesh>
    </>
  )
}

/**
 * Labels (labels layer): text boxes beside the anatomy with leader lines to the structure. Each
 * label and its anchor ride on the joint carrying the structure, so they follow the pose. A label
 * whose outward direction faces away from the camera is on the far side of the body and is hidden
 * with its leader ("hidden when behind"). Text comes from the content catalog (per locale).
 * Own small component (drei's <Html> drew nothing headless); drawn in WebGL, so they appear in
 * snapshots. All texts share one canvas atlas and one mesh (one draw call), leaders one more; both
 * meshes are declared in JSX (R3F disposes them), the atlas texture is disposed when redrawn.
 */
// R3F: the scene's three.js objects and its per-frame state are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { type LineSegments, type Mesh, type Object3D, type PerspectiveCamera, Vector2, Vector3 } from 'three'
import { NERVES } from '../scene-state/nerves.ts'
import { structureInfo, type StructureId } from '../scene-state/ids.ts'
import { structureLabel } from '../content/index.ts'
import type { SceneTheme } from './materials.ts'
import { labelNodes, labelSpecs } from './labelLayout.ts'
import { LABEL_FRAGMENT, LABEL_HEIGHT_PX, LABEL_VERTEX, drawAtlas } from './labelAtlas.ts'
import { updateLabels, type LabelBuffers, type LabelItem } from './labelPlacement.ts'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'

export { LABEL_HEIGHT_PX }

const noRaycast = () => undefined

function textOf(id: StructureId, locale: string): string {
  try {
    return structureLabel(id, locale)
  } catch {
    return id
  }
}

export function Labels({ theme, locale }: { theme: SceneTheme; locale: string }) {
  const frame = useSceneFrame()
  const invalidate = useThree((s) => s.invalidate)
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
        occluded: false,
        layer: structureInfo(spec.id).layer,
        right: true,
        nx: 0,
        ny: 0,
        nz: 0,
        x0: 0,
        x1: 0,
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

  // texts → atlas (per locale and theme)
  useLayoutEffect(() => {
    const texts = items.map((it) => {
      const t = textOf(it.spec.id, locale)
      return it.spec.nerve ? `${t} · ${NERVES[it.spec.nerve.key].rootsLabel}` : t
    })
    const drawn = drawAtlas(texts, theme)
    // what the atlas holds, readable from the scene graph (tests, and hosts that list the labels)
    if (quads.current) quads.current.userData.texts = texts
    uniforms.map.value = drawn?.texture ?? null
    items.forEach((it, i) => {
      const r = drawn?.rows[i]
      it.aspect = r ? r.widthPx / LABEL_HEIGHT_PX : 4
      if (r) arrays.qUv.set([r.u0, r.v0, r.u1, r.v0, r.u1, r.v1, r.u0, r.v1], i * 8)
    })
    const uv = quads.current?.geometry.getAttribute('uv')
    if (uv) uv.needsUpdate = true
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
    updateLabels(b, items, instance, frame.displayed, frame.layers, frame.focus, state.camera as PerspectiveCamera, state.size, settled, occluders)
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

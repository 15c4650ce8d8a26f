import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useRef, useState } from 'react'
import { expect, fn } from 'storybook/test'
import { useFrame, type RootState } from '@react-three/fiber'
import { Vector3, type SkinnedMesh } from 'three'
import { ExplainerCanvas, type ExplainerCanvasProps } from '../src/render/ExplainerCanvas.tsx'
import { DARK_SCENE_THEME, LIGHT_SCENE_THEME } from '../src/render/materials.ts'
import { createSceneStore, STRUCTURE_IDS, type SceneStore } from '../src/scene-state/index.ts'
import type { CameraPreset, LayerKey, Posture, TightSide } from '../src/scene-state/types.ts'
import { CAMERA_PRESETS, LAYER_KEYS, POSTURES, TIGHT_SIDES } from '../src/scene-state/types.ts'
import type { StructureId } from '../src/scene-state/ids.ts'

const LOWPOLY_URL = '/models/lumbar-psoas-lowpoly.glb'
const REAL_URL = '/models/lumbar-psoas.glb'

type LayerArgs = Record<LayerKey, boolean>
interface ModelStoryArgs extends LayerArgs, Pick<ExplainerCanvasProps, 'modelUrl' | 'locale' | 'reducedMotion' | 'settleImmediately' | 'onReady' | 'onError' | 'onSelect'> {
  tightness: number
  side: TightSide
  posture: Posture
  camera: CameraPreset
  focus: StructureId | 'none'
  theme: 'light' | 'dark'
  /** slowly orbit the camera (continuous frames; off for screenshots) */
  turntable: boolean
  /** compare with the relaxed state: two panes in the one canvas */
  compareRelaxed: boolean
  height: number
}

/** Orbits the camera about the vertical axis through the presets' target, one turn per 20 s. */
function TurntableRig() {
  const target = useRef(new Vector3(0, -0.07, -0.06))
  useFrame((s: RootState, dt: number) => {
    const p = s.camera.position
    const a = (dt * Math.PI * 2) / 20
    const x = p.x - target.current.x
    const z = p.z - target.current.z
    p.x = target.current.x + x * Math.cos(a) - z * Math.sin(a)
    p.z = target.current.z + x * Math.sin(a) + z * Math.cos(a)
    s.camera.lookAt(target.current)
    s.invalidate()
  })
  return null
}

const states = new WeakMap<Element, RootState>()
const stores = new WeakMap<Element, SceneStore>()

/** The model in the explainer's own canvas, every layer switchable. */
function ModelViewer({ tightness, side, posture, camera, focus, theme, turntable, compareRelaxed, height, ...rest }: ModelStoryArgs) {
  const layers: LayerArgs = { bones: rest.bones, discs: rest.discs, muscles: rest.muscles, nerves: rest.nerves, forces: rest.forces, labels: rest.labels, outline: rest.outline }
  const compare = compareRelaxed ? { tightness: 0 } : null
  const [store] = useState(() => createSceneStore({ tightness, side, posture, layers, camera, focus: focus === 'none' ? null : focus, compare }))
  const key = JSON.stringify(layers)
  useEffect(() => {
    store.actions.replace({
      tightness,
      side,
      posture,
      camera,
      focus: focus === 'none' ? null : focus,
      layers: JSON.parse(key) as LayerArgs,
      compare: compareRelaxed ? { tightness: 0 } : null,
    })
  }, [store, tightness, side, posture, camera, focus, key, compareRelaxed])
  const wrapper = useRef<HTMLDivElement>(null)
  return (
    <div ref={wrapper} data-testid="model-story" style={{ height }}>
      <ExplainerCanvas
        store={store}
        modelUrl={rest.modelUrl}
        locale={rest.locale}
        reducedMotion={rest.reducedMotion}
        settleImmediately={rest.settleImmediately}
        theme={theme === 'dark' ? DARK_SCENE_THEME : LIGHT_SCENE_THEME}
        compareLabels={{ current: 'Now', compare: 'Relaxed' }}
        onSelect={(id) => {
          rest.onSelect?.(id)
          store.actions.setFocus(id)
        }}
        onError={rest.onError}
        onCreated={(s) => {
          if (wrapper.current) {
            states.set(wrapper.current, s)
            stores.set(wrapper.current, store)
          }
        }}
        onReady={() => {
          rest.onReady?.()
          if (wrapper.current) wrapper.current.dataset.ready = 'true'
        }}
        onSettled={() => {
          if (wrapper.current) wrapper.current.dataset.settled = 'true'
        }}
      >
        {turntable ? <TurntableRig /> : null}
      </ExplainerCanvas>
    </div>
  )
}

async function waitReady(root: HTMLElement, ms = 45_000): Promise<{ el: HTMLElement; state: RootState }> {
  const t0 = performance.now()
  for (;;) {
    const el = root.querySelector<HTMLElement>('[data-testid="model-story"]')
    if (el?.dataset.ready === 'true' && el.dataset.settled === 'true' && states.get(el)) return { el, state: states.get(el)! }
    if (performance.now() - t0 > ms) throw new Error('model story not ready')
    await new Promise((r) => setTimeout(r, 50))
  }
}

const layerArgTypes = Object.fromEntries(
  LAYER_KEYS.map((k) => [k, { control: 'boolean', description: `Layer: ${k}`, table: { category: 'Layers' } }]),
) as Record<LayerKey, object>

const meta = {
  title: '3D/Model',
  component: ModelViewer,
  tags: ['autodocs'],
  args: {
    tightness: 0,
    side: 'both',
    posture: 'standing',
    camera: 'oblique',
    focus: 'none',
    theme: 'light',
    turntable: false,
    compareRelaxed: false,
    height: 440,
    bones: true,
    discs: true,
    muscles: true,
    nerves: true,
    forces: true,
    labels: true,
    outline: false,
    modelUrl: LOWPOLY_URL,
    locale: 'en',
    reducedMotion: false,
    settleImmediately: true,
    onReady: fn(),
    onError: fn(),
    onSelect: fn(),
  },
  argTypes: {
    ...layerArgTypes,
    tightness: { control: { type: 'range', min: 0, max: 1, step: 0.01 }, description: '0 relaxed … 1 severe', table: { category: 'State' } },
    side: { control: 'inline-radio', options: TIGHT_SIDES, table: { category: 'State' } },
    posture: { control: 'select', options: POSTURES, table: { category: 'State' } },
    camera: { control: 'inline-radio', options: CAMERA_PRESETS, description: 'Camera preset', table: { category: 'State' } },
    focus: { control: 'select', options: ['none', ...STRUCTURE_IDS], description: 'Highlighted structure', table: { category: 'State' } },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    turntable: { control: 'boolean', description: 'Slowly orbit the camera (draws continuously)' },
    compareRelaxed: { control: 'boolean', description: 'Compare with the relaxed state: two labelled panes in one canvas (`compareLabels`)', table: { category: 'State' } },
    height: { control: { type: 'number', min: 200, max: 900, step: 20 } },
    modelUrl: { control: 'select', options: [LOWPOLY_URL, REAL_URL] },
    locale: { control: 'inline-radio', options: ['en', 'es'] },
    reducedMotion: { control: 'boolean' },
    settleImmediately: { control: 'boolean', description: 'Start settled and jump (deterministic screenshots)' },
  },
} satisfies Meta<typeof ModelViewer>
export default meta
type Story = StoryObj<typeof meta>

/** Every layer on, relaxed standing, oblique view. */
export const AllLayers: Story = {
  play: async ({ canvasElement }) => {
    const { state } = await waitReady(canvasElement)
    for (const id of ['vertebraL3', 'discL4L5', 'psoasMajorLeft', 'femoralRight'])
      await expect(state.scene.getObjectByName(id)?.visible).toBe(true)
  },
}

/** Bones only. */
export const BonesOnly: Story = {
  args: { discs: false, muscles: false, nerves: false, forces: false, labels: false },
  play: async ({ canvasElement }) => {
    const { state } = await waitReady(canvasElement)
    await expect(state.scene.getObjectByName('psoasMajorLeft')?.visible).toBe(false)
    await expect(state.scene.getObjectByName('vertebraL3')?.visible).toBe(true)
  },
}

/**
 * Severe, both sides, side view: deeper lumbar curve, pelvis tipped forward, arrows on the psoas line
 * of action. The near hip bone is cut away and the near psoas and iliacus faded, so L1–S1 show; the
 * lordosis arc reads 63°.
 */
export const SevereSide: Story = {
  args: { tightness: 1, camera: 'side' },
}

/**
 * The side view tells the story: relaxed standing, the lordosis angle (L1 upper to S1 endplate)
 * drawn as an arc reading 51°, as the text says; tightening both psoas muscles deepens it to 63°.
 */
export const SideViewCurve: Story = {
  args: { tightness: 0, camera: 'side', forces: false },
  play: async ({ canvasElement }) => {
    const { el, state } = await waitReady(canvasElement)
    const arc = () => state.scene.getObjectByName('lordosisArc')?.userData.arc as { visible: boolean; valueDeg: number; text: string } | undefined
    await expect(arc()?.visible).toBe(true)
    await expect(arc()?.text).toBe('51°')
    el.dataset.settled = 'false'
    stores.get(el)!.actions.setTightness(1)
    await waitReady(canvasElement)
    await expect(arc()?.text).toBe('63°')
  },
}

/** The real (full-resolution) model, tight, front view. */
export const RealModel: Story = {
  args: { modelUrl: REAL_URL, tightness: 0.66, camera: 'front' },
  play: async ({ canvasElement }) => {
    await waitReady(canvasElement, 60_000)
  },
}

/** Consultation: severe (left) beside relaxed (right), two panes in ONE canvas and one WebGL context. */
export const CompareRelaxed: Story = {
  args: { tightness: 1, camera: 'side', compareRelaxed: true, labels: false },
  play: async ({ canvasElement }) => {
    const { el } = await waitReady(canvasElement)
    await expect(el.querySelectorAll('canvas')).toHaveLength(1)
    await expect(el.querySelector('[data-view="main"] .psoas-explainer__view-label')?.textContent).toBe('Now')
    await expect(el.querySelector('[data-view="compare"] .psoas-explainer__view-label')?.textContent).toBe('Relaxed')
  },
}

/** Turntable (continuous frames): for looking, not for screenshots. */
export const Turntable: Story = { args: { turntable: true, labels: false }, tags: ['!test'] }

/**
 * Extreme poses keep the psoas attached: at severe tightness in every posture (the Thomas test with
 * the tested right leg hanging, the hip-flexor stretch, rising from a chair, sitting, lying), the
 * skinned psoas still reaches the right lesser trochanter and crosses the pelvic brim.
 */
export const ExtremePoses: Story = {
  args: { tightness: 1, side: 'right', posture: 'thomasTest', camera: 'side', nerves: false, forces: false, labels: false },
  play: async ({ canvasElement }) => {
    const { el, state } = await waitReady(canvasElement)
    const store = stores.get(el)!
    const psoas = state.scene.getObjectByName('psoasMajorRight') as SkinnedMesh
    for (const posture of POSTURES) {
      el.dataset.settled = 'false'
      store.actions.setPosture(posture)
      await waitReady(canvasElement)
      state.scene.updateMatrixWorld(true)
      // the model's anchor nodes ride on the femur (hip joint) and the pelvis at the reference points
      const trochanter = state.scene.getObjectByName('anchor_lesserTrochanterRight')!.getWorldPosition(new Vector3())
      const brim = state.scene.getObjectByName('anchor_psoasBrimRight')!.getWorldPosition(new Vector3())
      const v = new Vector3()
      let dTroch = Infinity
      let dBrim = Infinity
      const n = psoas.geometry.attributes.position.count
      for (let i = 0; i < n; i++) {
        psoas.getVertexPosition(i, v)
        psoas.localToWorld(v)
        dTroch = Math.min(dTroch, v.distanceTo(trochanter))
        dBrim = Math.min(dBrim, v.distanceTo(brim))
      }
      await expect(dTroch, `psoas ↔ lesser trochanter in ${posture}`).toBeLessThan(0.02)
      await expect(dBrim, `psoas ↔ pelvic brim in ${posture}`).toBeLessThan(0.03)
    }
    store.actions.setPosture('thomasTest')
  },
}

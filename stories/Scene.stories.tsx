import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState } from 'react'
import { expect, fn } from 'storybook/test'
import { PsoasScene, type PsoasSceneProps } from '../src/render/Scene.tsx'
import { DARK_SCENE_THEME, LIGHT_SCENE_THEME } from '../src/render/materials.ts'
import { createSceneStore } from '../src/scene-state/index.ts'
import type { Posture, TightSide } from '../src/scene-state/types.ts'
import { POSTURES, TIGHT_SIDES } from '../src/scene-state/types.ts'
import { setupStates, useSetup, waitForSetup } from './Setup.tsx'

const LOWPOLY_URL = '/models/lumbar-psoas-lowpoly.glb'

interface SceneStoryArgs extends Omit<PsoasSceneProps, 'store' | 'theme'> {
  /** scene state: tightness 0..1 */
  tightness: number
  side: TightSide
  posture: Posture
  theme: 'light' | 'dark'
}

/**
 * `<PsoasScene>` inside YOUR OWN `<Canvas>` (here the Setup decorator's canvas, with its lights
 * and camera): the scene brings the model, posing, overlays and (optionally) camera controls; the
 * host canvas brings everything else — here a floor grid.
 */
function SceneInYourCanvas({ tightness, side, posture, theme, ...props }: SceneStoryArgs) {
  // the compare state (relaxed) is what `variant="compare"` shows
  const [store] = useState(() => createSceneStore({ tightness, side, posture, compare: { tightness: 0 } }))
  useEffect(() => {
    store.actions.replace({ tightness, side, posture, compare: { tightness: 0 } })
  }, [store, tightness, side, posture])
  const setup = useSetup()
  return (
    <>
      <gridHelper args={[1.2, 24, '#9aa5b1', '#c9d1d9']} position={[0, -0.5, -0.06]} />
      <PsoasScene
        {...props}
        store={store}
        theme={theme === 'dark' ? DARK_SCENE_THEME : LIGHT_SCENE_THEME}
        onReady={() => {
          props.onReady?.()
          setup.markReady()
        }}
        onSettled={() => {
          props.onSettled?.()
          setup.markSettled()
        }}
      />
    </>
  )
}

const meta = {
  title: '3D/PsoasScene',
  component: SceneInYourCanvas,
  tags: ['autodocs'],
  parameters: { setup: { height: 420, label: '3D view: PsoasScene inside a host canvas' } },
  args: {
    tightness: 0.66,
    side: 'both',
    posture: 'standing',
    theme: 'light',
    modelUrl: LOWPOLY_URL,
    locale: 'en',
    reducedMotion: false,
    settleImmediately: true,
    cameraControls: true,
    variant: 'main',
    onReady: fn(),
    onError: fn(),
    onSelect: fn(),
    onSettled: fn(),
  },
  argTypes: {
    tightness: { control: { type: 'range', min: 0, max: 1, step: 0.01 }, description: 'Scene state: 0 relaxed … 1 severe' },
    side: { control: 'inline-radio', options: TIGHT_SIDES, description: 'Scene state: which psoas is tight' },
    posture: { control: 'select', options: POSTURES, description: 'Scene state: body position' },
    theme: { control: 'inline-radio', options: ['light', 'dark'], description: 'Colours of the anatomy (`theme` prop)' },
    modelUrl: {
      control: 'select',
      options: [LOWPOLY_URL, '/models/lumbar-psoas.glb', '/models/missing.glb'],
      description: 'URL of the glb (loaded once per URL, shared)',
    },
    locale: { control: 'inline-radio', options: ['en', 'es'], description: 'Language of the labels' },
    reducedMotion: { control: 'boolean', description: 'Jump to new poses instead of animating' },
    settleImmediately: { control: 'boolean', description: 'Start settled and jump (deterministic screenshots)' },
    cameraControls: { control: 'boolean', description: 'Orbit controls and camera presets from the state' },
    variant: {
      control: 'inline-radio',
      options: ['main', 'compare'],
      description: "Which pose of the store: its own, or its compare state's (here: relaxed)",
    },
    onReady: { description: 'Model loaded and first frame drawn' },
    onError: { description: 'Load failure or WebGL context loss' },
    onSelect: { description: 'A structure was clicked/tapped' },
    onSettled: { description: 'The animation has settled (no more frames)' },
  },
} satisfies Meta<typeof SceneInYourCanvas>
export default meta
type Story = StoryObj<typeof meta>

/** Tight psoas on both sides, standing, in a host canvas with a floor grid. */
export const InYourCanvas: Story = {
  play: async ({ canvasElement, args }) => {
    const el = await waitForSetup(canvasElement)
    await expect(args.onReady).toHaveBeenCalled()
    const s = setupStates.get(el)!
    // the model's joints are in the host scene, and the host's own grid is still there
    await expect(s.scene.getObjectByName('jointL5S1')).toBeTruthy()
    await expect(s.scene.children.some((c) => c.type === 'GridHelper')).toBe(true)
  },
}

/** Dark theme, severe, right side only. */
export const DarkTheme: Story = {
  args: { theme: 'dark', tightness: 1, side: 'right' },
  parameters: { setup: { height: 420, background: '#0d1117', label: '3D view: dark theme' } },
  play: async ({ canvasElement }) => {
    await waitForSetup(canvasElement)
  },
}

/**
 * Severe tightness on the right: the nerves that could be irritated are highlighted, their
 * compression sites ringed, and the regions where symptoms could be felt are hatched on the front
 * and inside of the right thigh and groin (not on the left).
 */
export const SymptomRegions: Story = {
  args: { tightness: 1, side: 'right' },
  parameters: { setup: { height: 420, label: '3D view: symptom regions on the right thigh' } },
  play: async ({ canvasElement }) => {
    const el = await waitForSetup(canvasElement)
    const patches = setupStates.get(el)!.scene.getObjectByName('symptomPatches')
    await expect(patches?.visible).toBe(true)
    const intensity = patches!.userData.intensity as Float32Array
    await expect(Math.max(...intensity)).toBeGreaterThan(0.3)
  },
}

/** `variant="compare"`: the store's compare state (relaxed) instead of its own (tight). */
export const CompareVariant: Story = {
  args: { tightness: 1, variant: 'compare' },
  play: async ({ canvasElement }) => {
    const el = await waitForSetup(canvasElement)
    // relaxed: the pelvis at rest, no symptom regions
    const s = setupStates.get(el)!
    await expect(s.scene.getObjectByName('pelvisJoint')!.quaternion.x).toBe(0)
    await expect(s.scene.getObjectByName('symptomPatches')!.visible).toBe(false)
  },
}

/** A model that cannot be loaded: onError is called and the host canvas keeps working. */
export const LoadError: Story = {
  args: { modelUrl: '/models/missing.glb' },
  play: async ({ args }) => {
    const t0 = performance.now()
    while (!(args.onError as ReturnType<typeof fn>).mock.calls.length && performance.now() - t0 < 20_000)
      await new Promise((r) => setTimeout(r, 50))
    await expect(args.onError).toHaveBeenCalled()
    await expect(args.onReady).not.toHaveBeenCalled()
  },
}

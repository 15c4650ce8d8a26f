import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { useArgs } from 'storybook/preview-api'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import { DEFAULT_STATE } from '../src/scene-state/state.ts'
import { CAMERA_PRESETS, LAYER_KEYS, POSTURES, TIGHT_SIDES, type CameraPreset, type LayerKey, type Posture, type SceneState, type TightSide } from '../src/scene-state/types.ts'
import { LOWPOLY_URL, waitForView } from './explainer-story-helpers.tsx'

/** The flat controls a designer turns; the story maps them onto the explainer's (controlled) state. */
interface PlaygroundArgs {
  tightness: number
  side: TightSide
  posture: Posture
  camera: CameraPreset
  layers: LayerKey[]
  compare: boolean
  locale: 'en' | 'es'
  controls: 'full' | 'minimal' | 'none'
  theme: 'light' | 'dark'
  onStateChange: (s: SceneState) => void
}
type ArgsWriter = (next: Partial<PlaygroundArgs>) => void

/**
 * Every part of the state as a live control: tightness, side, posture, camera, layers, compare and
 * locale update the story at once; moving the explainer's own controls writes back to the controls.
 */
function fromArgs(args: PlaygroundArgs): Partial<SceneState> {
  return {
    tightness: args.tightness,
    side: args.side,
    posture: args.posture,
    camera: args.camera,
    layers: Object.fromEntries(LAYER_KEYS.map((k) => [k, args.layers.includes(k)])) as SceneState['layers'],
    compare: args.compare ? { tightness: 0, side: args.side, posture: args.posture } : null,
  }
}

function Playground({ updateArgs, ...args }: PlaygroundArgs & { updateArgs?: ArgsWriter }) {
  // the explainer is controlled by this state; the controls write into it, and so does the explainer
  const [state, setState] = useState<SceneState>(() => ({ ...DEFAULT_STATE, ...fromArgs(args) }))
  // a control changed: take it over (during render, React's pattern for state that follows props)
  const argsKey = JSON.stringify(fromArgs(args))
  const [syncedKey, setSyncedKey] = useState(argsKey)
  if (syncedKey !== argsKey) {
    setSyncedKey(argsKey)
    setState((s) => ({ ...s, ...fromArgs(args) }))
  }
  return (
    <PsoasExplainer
      modelUrl={LOWPOLY_URL}
      reducedMotion
      height={380}
      locale={args.locale}
      controls={args.controls}
      theme={args.theme}
      state={state}
      onStateChange={(s) => {
        setState(s)
        args.onStateChange(s)
        updateArgs?.({
          tightness: s.tightness,
          side: s.side,
          posture: s.posture,
          ...(typeof s.camera === 'string' ? { camera: s.camera } : {}),
          layers: LAYER_KEYS.filter((k) => s.layers[k]),
          compare: s.compare !== null,
        })
      }}
    />
  )
}

const meta = {
  title: 'Explainer/Playground',
  component: Playground,
  tags: ['autodocs'],
  args: {
    tightness: 0.66,
    side: 'right',
    posture: 'standing',
    camera: 'front',
    layers: LAYER_KEYS.filter((k) => DEFAULT_STATE.layers[k]),
    compare: false,
    locale: 'en',
    controls: 'full',
    theme: 'light',
    onStateChange: fn(),
  },
  argTypes: {
    tightness: { control: { type: 'range', min: 0, max: 1, step: 0.01 }, description: 'How tight the psoas is (0 relaxed … 1 very tight)' },
    side: { control: 'inline-radio', options: [...TIGHT_SIDES], description: 'Which psoas is tight' },
    posture: { control: 'select', options: [...POSTURES], description: 'Body position' },
    camera: { control: 'inline-radio', options: [...CAMERA_PRESETS], description: 'Camera preset' },
    layers: { control: 'inline-check', options: [...LAYER_KEYS], description: 'Visible layers' },
    compare: { control: 'boolean', description: 'Show the relaxed state beside the current one' },
    locale: { control: 'inline-radio', options: ['en', 'es'], description: 'Language' },
    controls: { control: 'inline-radio', options: ['full', 'minimal', 'none'], description: 'How much UI is shown' },
    theme: { control: 'inline-radio', options: ['light', 'dark'], description: 'Colour theme' },
      onStateChange: { table: { disable: true } },
  },
  // Storybook's useArgs works only in the story function: it hands the writer to the component
  render: function Render(args) {
    const [, updateArgs] = useArgs<PlaygroundArgs>()
    return <Playground {...args} updateArgs={updateArgs} />
  },
} satisfies Meta<typeof Playground>
export default meta
type Story = StoryObj<typeof meta>

/** The args drive the explainer; its slider drives the args. */
export const Live: Story = {
  play: async ({ canvasElement, args }) => {
    await waitForView(canvasElement)
    const slider = canvasElement.querySelector<HTMLInputElement>('input[type="range"][data-control="tightness"]')!
    // the tightness arg (0.66) is the explainer's state
    await expect(Number(slider.value)).toBe(0.66)
    // the explainer's own control reports back, and the story writes it to the args: the slider follows
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Severe' }))
    await waitFor(() => expect(args.onStateChange).toHaveBeenLastCalledWith(expect.objectContaining({ tightness: 1, side: 'right' })))
    await waitFor(() => expect(Number(slider.value)).toBe(1))
  },
}

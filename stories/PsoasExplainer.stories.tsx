import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { PsoasExplainer, type PsoasExplainerProps } from '../src/components/PsoasExplainer.tsx'
import { DARK_THEME } from '../src/components/theme.ts'
import type { SceneState } from '../src/scene-state/types.ts'
import { baseArgs, expectStateShown, explainerArgTypes, storyState, waitForView } from './explainer-story-helpers.tsx'

/**
 * The complete explainer: 3D view, controls, live description, readout, body map and chapters.
 * Controlled (`state` + `onStateChange`) or uncontrolled (`defaultState`).
 */
const meta = {
  title: 'Explainer/PsoasExplainer',
  component: PsoasExplainer,
  tags: ['autodocs'],
  args: { ...baseArgs, defaultState: { tightness: 0, side: 'both', posture: 'standing' } },
  argTypes: explainerArgTypes,
} satisfies Meta<typeof PsoasExplainer>
export default meta
type Story = StoryObj<typeof meta>

const tightnessStory = (tightness: number, side: SceneState['side'] = 'both'): Story => ({
  args: { defaultState: { tightness, side, posture: 'standing' } },
  play: async ({ canvasElement, args }) => {
    await waitForView(canvasElement)
    await expectStateShown(canvasElement, storyState(args))
    const slider = canvasElement.querySelector<HTMLInputElement>('input[type="range"]')!
    await expect(Number(slider.value)).toBe(tightness)
  },
})

export const Relaxed = tightnessStory(0)
export const Mild = tightnessStory(0.33)
export const Tight = tightnessStory(0.66)
export const Severe = tightnessStory(1)
export const MildLeft = tightnessStory(0.33, 'left')
export const SevereLeft = tightnessStory(1, 'left')
export const TightRight = tightnessStory(0.66, 'right')
export const SevereRight = tightnessStory(1, 'right')

/** Uncontrolled: the component keeps its own state; the slider changes it by keyboard. */
export const Uncontrolled: Story = {
  args: { defaultState: { tightness: 0.33 } },
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement)
    const slider = await c.findByRole('slider')
    await userEvent.click(c.getByRole('button', { name: 'Severe' }))
    await waitFor(() => expect(args.onStateChange).toHaveBeenCalled())
    const last = (args.onStateChange as unknown as { mock: { calls: SceneState[][] } }).mock.calls.at(-1)![0]
    await expect(last.tightness).toBe(1)
    await expect((slider as HTMLInputElement).value).toBe('1')
  },
}

function ControlledDemo(props: PsoasExplainerProps) {
  const [state, setState] = useState<Partial<SceneState>>(props.state ?? { tightness: 0.66, side: 'right' })
  return (
    <div>
      <p style={{ fontFamily: 'system-ui', margin: '8px' }}>
        Parent state: <output data-testid="parent-state">{`tightness ${state.tightness}, side ${state.side}`}</output>
      </p>
      <PsoasExplainer
        {...props}
        state={state}
        onStateChange={(s) => {
          setState(s)
          props.onStateChange?.(s)
        }}
      />
    </div>
  )
}

/** Controlled: the parent holds the state and passes it back; the component follows it. */
export const Controlled: Story = {
  args: { state: { tightness: 0.66, side: 'right' }, defaultState: undefined },
  render: (args) => <ControlledDemo {...args} />,
  play: async ({ canvasElement }) => {
    const c = within(canvasElement)
    await userEvent.click(await c.findByRole('radio', { name: /left/i }))
    await waitFor(() => expect(c.getByTestId('parent-state').textContent).toBe('tightness 0.66, side left'))
  },
}

export const LightTheme: Story = { args: { theme: 'light', defaultState: { tightness: 0.66 } } }

export const DarkTheme: Story = {
  args: { theme: 'dark', defaultState: { tightness: 0.66 } },
  decorators: [(S) => <div style={{ background: DARK_THEME.background, padding: 8 }}><S /></div>],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.psoas-explainer')!
    await expect(root.dataset.theme).toBe('dark')
    await expect(root.style.getPropertyValue('--psoas-bg')).toBe(DARK_THEME.background)
  },
}

/** A partial theme object: only the accent changes; it is also a CSS variable. */
export const CustomAccent: Story = {
  args: { theme: { accent: '#006b5f', highlight: '#8a1538' } },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.psoas-explainer')!
    await expect(root.style.getPropertyValue('--psoas-accent')).toBe('#006b5f')
  },
}

/** A model URL that does not exist: a clear message, and the text part still works. */
export const ErrorMissingModel: Story = {
  args: { modelUrl: '/models/missing.glb', defaultState: { tightness: 0.66 } },
  play: async ({ canvasElement, args }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 20_000 })
    await expect(alert.dataset.error).toBe('modelLoad')
    await waitFor(() => expect(args.onError).toHaveBeenCalled())
    await expectStateShown(canvasElement, storyState(args))
  },
}

export const MinimalControls: Story = {
  args: { controls: 'minimal', defaultState: { tightness: 0.33 } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('input[type="range"]')).not.toBeNull()
    await expect(canvasElement.querySelector('[data-control="layers"]')).toBeNull()
  },
}

export const NoControls: Story = {
  args: { controls: 'none', defaultState: { tightness: 1 } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('input[type="range"]')).toBeNull()
    // the description is still there for screen readers
    await expect(canvasElement.querySelector('[data-testid="live-text"]')?.getAttribute('aria-live')).toBe('polite')
  },
}

export const Spanish: Story = {
  args: { locale: 'es', defaultState: { tightness: 0.66, posture: 'sitting' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.psoas-explainer')?.getAttribute('lang')).toBe('es')
  },
}

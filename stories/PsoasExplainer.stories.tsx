import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { PsoasExplainer, type PsoasExplainerProps } from '../src/components/PsoasExplainer.tsx'
import { DARK_THEME } from '../src/components/theme.ts'
import type { SceneState } from '../src/scene-state/types.ts'
import { baseArgs, expectStateShown, explainerArgTypes, LOWPOLY_URL, NERVES_AND_CAVEAT, waitForView, type ShownText } from './explainer-story-helpers.tsx'

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

const tightnessStory = (tightness: number, side: SceneState['side'], expected: ShownText): Story => ({
  args: { defaultState: { tightness, side, posture: 'standing' } },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    await expectStateShown(canvasElement, expected)
    const slider = canvasElement.querySelector<HTMLInputElement>('input[type="range"]')!
    await expect(Number(slider.value)).toBe(tightness)
  },
})

// Expected text and disc pressure written out (teaching model, anatomy-reference §5: standing
// lordosis 51°, +6° at "tight" and +12° at "severe"; L4–L5 disc 0.50 MPa relaxed; a one-sided pull
// leans the spine up to 3°).
const pressure = (from: string, to: string, cause = 'The muscle’s tension presses') =>
  `${cause} the spine together, so pressure in the L4–L5 disc rises from about ${from} MPa (a measured example from one person) to ${to} MPa (a teaching estimate).`
const PULL = 'Once the hip has no room left, the shorter muscle pulls on the spine: in this teaching model'
export const Relaxed = tightnessStory(0, 'both', {
  text: 'Standing: both psoas muscles relaxed. The lower-back curve is 51°, the usual value when standing.',
  disc: '0.50 MPa',
})
export const Mild = tightnessStory(0.33, 'both', {
  text: `Standing: both psoas muscles a little tight (33%). ${PULL} the lower-back curve deepens from 51° to 52° and the pelvis tips forward 1°. ${pressure('0.50', '0.57')} ${NERVES_AND_CAVEAT}`,
  disc: '0.57 MPa',
})
const TIGHT_BOTH: ShownText = {
  text: `Standing: both psoas muscles tight (66%). ${PULL} the lower-back curve deepens from 51° to 57° and the pelvis tips forward 6°. ${pressure('0.50', '0.63')} ${NERVES_AND_CAVEAT}`,
  disc: '0.63 MPa',
}
export const Tight = tightnessStory(0.66, 'both', TIGHT_BOTH)
export const Severe = tightnessStory(1, 'both', {
  text: `Standing: both psoas muscles very tight (100%). ${PULL} the lower-back curve deepens from 51° to 63° and the pelvis tips forward 12°. ${pressure('0.50', '0.70')} ${NERVES_AND_CAVEAT}`,
  disc: '0.70 MPa',
})
export const MildLeft = tightnessStory(0.33, 'left', {
  text: `Standing: left psoas a little tight (33%). ${PULL} the lower-back curve deepens from 51° to 52° and the pelvis tips forward 1°. ${pressure('0.50', '0.53')} ${NERVES_AND_CAVEAT}`,
  disc: '0.53 MPa',
})
export const SevereLeft = tightnessStory(1, 'left', {
  text: `Standing: left psoas very tight (100%). ${PULL} the lower-back curve deepens from 51° to 63° and the pelvis tips forward 12°. The one-sided pull leans the spine about 3° toward the left side. ${pressure('0.50', '0.60')} ${NERVES_AND_CAVEAT}`,
  disc: '0.60 MPa',
})
export const TightRight = tightnessStory(0.66, 'right', {
  text: `Standing: right psoas tight (66%). ${PULL} the lower-back curve deepens from 51° to 57° and the pelvis tips forward 6°. The one-sided pull leans the spine about 2° toward the right side. ${pressure('0.50', '0.57')} ${NERVES_AND_CAVEAT}`,
  disc: '0.57 MPa',
})
export const SevereRight = tightnessStory(1, 'right', {
  text: `Standing: right psoas very tight (100%). ${PULL} the lower-back curve deepens from 51° to 63° and the pelvis tips forward 12°. The one-sided pull leans the spine about 3° toward the right side. ${pressure('0.50', '0.60')} ${NERVES_AND_CAVEAT}`,
  disc: '0.60 MPa',
})

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

/** Consultation: the current state beside the relaxed one, two views in one canvas (one WebGL context). */
export const Compare: Story = {
  args: { defaultState: { tightness: 0.66, side: 'right', posture: 'standing', compare: { tightness: 0 } } },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    await waitFor(() => expect(canvasElement.querySelector('[data-view="compare"] .psoas-explainer__view-label')?.textContent).toBe('Relaxed'), { timeout: 20_000 })
    await expect(canvasElement.querySelector('[data-view="main"] .psoas-explainer__view-label')?.textContent).toBe('Now')
    await expect(canvasElement.querySelectorAll('canvas').length).toBe(1)
    // the readout's compare column: the relaxed L4–L5 disc pressure in standing
    await expect(canvasElement.querySelector('[data-row="disc"] [data-col="compare"]')?.textContent).toBe('0.50 MPa')
  },
}

/**
 * The guided tour starts paused. "Next" opens the first chapter first in the panel — beside the view
 * here, right under it on a phone — with the tour's buttons (the focus moves with them); "Close tour"
 * puts the buttons back among the controls and gives back the layers the reader had.
 */
export const GuidedTour: Story = {
  args: { defaultState: { tightness: 0.33, layers: { bones: true, discs: true, muscles: true, nerves: true, forces: false, labels: true, outline: false } } },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const view = within(canvasElement)
    await userEvent.click(await view.findByRole('button', { name: 'Next' }, { timeout: 10_000 }))
    const box = await waitFor(
      () => {
        const b = canvasElement.querySelector<HTMLElement>('[data-testid="tour-box"]')
        expect(b?.querySelector('.psoas-chapter h3')?.textContent).toBe('Meet the psoas')
        return b!
      },
      { timeout: 10_000 },
    )
    // first in the panel: before the description and the controls
    const live = canvasElement.querySelector('[data-testid="live-text"]')!
    await expect(box.compareDocumentPosition(live) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await expect(canvasElement.querySelector('.psoas-controls [data-control="tour"]')).toBeNull()
    await expect(box.querySelector('[data-control="tour"]')?.getAttribute('data-state')).toBe('paused')
    await waitFor(() => expect(document.activeElement).toBe(box.querySelector('[data-action="next"]')))
    await waitFor(() => expect(box.querySelector('[data-testid="tour-status"]')?.textContent).toBe('Chapter 1 of 8'))
    await userEvent.click(within(box).getByRole('button', { name: 'Close tour' }))
    await waitFor(() => expect(canvasElement.querySelector('[data-testid="tour-box"]')).toBeNull())
    await waitFor(() => expect(document.activeElement?.getAttribute('data-action')).toBe('play'))
    // the reader's layers again (arrows off)
    await expect(canvasElement.querySelector('[data-control="layers"] [data-layer="forces"]')?.getAttribute('aria-pressed')).toBe('false')
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
    await expectStateShown(canvasElement, TIGHT_BOTH)
  },
}

/**
 * The poster while the model is on its way (here it never arrives): the built-in still picture of the
 * relaxed side view (where the explainer opens) with the loading bar over it; `poster` in the controls sets another URL or none.
 */
export const Poster: Story = {
  args: { modelUrl: `${LOWPOLY_URL}?held`, defaultState: {}, timeouts: { load: 600_000 } },
  beforeEach: () => {
    const original = window.fetch
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes('?held') ? new Promise<Response>(() => undefined) : original(input, init)
    return () => void (window.fetch = original)
  },
  play: async ({ canvasElement }) => {
    const img = await waitFor(
      () => {
        const i = canvasElement.querySelector<HTMLImageElement>('[data-testid="poster"] img')
        if (!i?.complete || i.naturalWidth === 0) throw new Error('poster not shown yet')
        return i
      },
      { timeout: 10_000 },
    )
    await expect(img.getAttribute('src')).toBe('/models/poster/lumbar-psoas-side-light.webp')
    await expect(img.alt).toBe('Still picture of the lower back, pelvis, relaxed psoas muscles and nerves, standing. View: Side.')
    await expect(canvasElement.querySelector('[data-testid="loading"]')).not.toBeNull()
    await expect(canvasElement.querySelector('canvas')).toBeNull()
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

import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test'
import { Controls, type ControlsProps } from '../src/components/Controls.tsx'
import { SymptomMap } from '../src/components/SymptomMap.tsx'
import { ReadoutBox } from '../src/components/ReadoutBox.tsx'
import { AnnotationList } from '../src/components/AnnotationList.tsx'
import { NerveList } from '../src/components/NerveList.tsx'
import { ShareButton } from '../src/components/ShareButton.tsx'
import { StructureInfo } from '../src/components/StructureInfo.tsx'
import { EXPLAINER_CSS } from '../src/components/styles.ts'
import { LIGHT_THEME, themeToCssVars } from '../src/components/theme.ts'
import { SceneStoreProvider, useSceneStore } from '../src/react/index.ts'
import { createSceneStore } from '../src/scene-state/index.ts'
import { en } from '../src/content/en/index.ts'

/** The controls panel on its own (no 3D view), bound to a scene store: cheap to render. */
function ControlsDemo(props: Omit<ControlsProps, 'catalog' | 'onChapter'> & { tightness?: number }) {
  const [store] = useState(() => createSceneStore({ tightness: props.tightness ?? 0 }))
  return (
    <SceneStoreProvider store={store}>
      <style>{EXPLAINER_CSS}</style>
      <div className="psoas-explainer" style={{ ...themeToCssVars(LIGHT_THEME), maxWidth: 420, padding: 12 }}>
        <Controls {...props} catalog={en} onChapter={(id) => store.actions.setChapter(id)} />
        <StateEcho />
      </div>
    </SceneStoreProvider>
  )
}
function StateEcho() {
  const t = useSceneStore((s) => s.tightness)
  const side = useSceneStore((s) => s.side)
  return <output data-testid="echo">{`${t} ${side}`}</output>
}

const meta = {
  title: 'Explainer/Parts',
  component: ControlsDemo,
  tags: ['autodocs'],
  args: { mode: 'full', reducedMotion: true, tightness: 0 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['full', 'minimal'], description: 'Which controls are shown' },
    reducedMotion: { control: 'boolean', description: 'No automatic tour advance' },
    tightness: { control: { type: 'range', min: 0, max: 1, step: 0.01 }, description: 'Initial tightness' },
    onResetCamera: { description: 'Called after Reset' },
  },
} satisfies Meta<typeof ControlsDemo>
export default meta
type Story = StoryObj<typeof meta>

export const FullControls: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement)
    // (keyboard operation of the slider is tested in tests/browser/explainer-controls.test.tsx)
    fireEvent.change(c.getByRole('slider'), { target: { value: '1' } })
    await waitFor(() => expect(c.getByTestId('echo').textContent).toBe('1 both'))
    await userEvent.click(c.getByRole('radio', { name: en.ui.controls.sides.left }))
    await waitFor(() => expect(c.getByTestId('echo').textContent).toBe('1 left'))
    await userEvent.click(c.getByRole('button', { name: en.ui.controls.stops.mild }))
    await waitFor(() => expect(c.getByTestId('echo').textContent).toBe('0.33 left'))
  },
}

export const MinimalControls: Story = { args: { mode: 'minimal', tightness: 0.66 } }

/** The body map at severe tightness on the right in standing: the regions of the compressed nerves. */
export const BodyMapSevereRight: StoryObj<typeof SymptomMap> = {
  render: () => (
    <SceneStoreProvider store={createSceneStore({ tightness: 1, side: 'right', posture: 'standing' })}>
      <div className="psoas-explainer" style={{ ...themeToCssVars(LIGHT_THEME), maxWidth: 420, padding: 12 }}>
        <style>{EXPLAINER_CSS}</style>
        <SymptomMap catalog={en} />
      </div>
    </SceneStoreProvider>
  ),
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg.psoas-bodymap__svg')!
    const polys = canvasElement.querySelectorAll('polygon[data-region]')
    await expect(polys.length).toBeGreaterThan(0)
    // only the right side is highlighted, in the front view on the screen's left half
    for (const p of polys) await expect(p.getAttribute('data-side')).toBe('right')
    await expect(svg.getAttribute('aria-label')).toContain(en.bodyMap.regions.anteriorThigh)
  },
}

/** The readout at severe tightness (both sides, standing) with compare on (relaxed). */
export const ReadoutWithCompare: StoryObj<typeof ReadoutBox> = {
  render: () => (
    <SceneStoreProvider store={createSceneStore({ tightness: 1, side: 'both', posture: 'standing', compare: { tightness: 0 } })}>
      <div className="psoas-explainer" style={{ ...themeToCssVars(LIGHT_THEME), maxWidth: 420, padding: 12 }}>
        <style>{EXPLAINER_CSS}</style>
        <ReadoutBox catalog={en} locale="en" />
      </div>
    </SceneStoreProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-row="disc"] [data-col="now"]')?.textContent).toBe('0.70 MPa')
    await expect(canvasElement.querySelector('[data-row="disc"] [data-col="compare"]')?.textContent).toBe('0.50 MPa')
  },
}

/** Consultation parts: nerves that could be irritated (select one by keyboard), notes pinned to structures, share link. */
function ConsultationDemo() {
  const [store] = useState(() =>
    createSceneStore({
      tightness: 1,
      side: 'right',
      annotations: [
        { id: 'pin1', structure: 'femoralRight', offset: [0, 0, 0], text: 'Tingling at the front of the thigh' },
        { id: 'pin2', structure: 'vertebraL4', offset: [0, 0, 0], text: 'Sore after long sitting' },
      ],
    }),
  )
  return (
    <SceneStoreProvider store={store}>
      <style>{EXPLAINER_CSS}</style>
      <div className="psoas-explainer" style={{ ...themeToCssVars(LIGHT_THEME), maxWidth: 420, padding: 12, display: 'grid', gap: 12 }}>
        <ShareButton catalog={en} shareUrl={(q) => `https://clinic.example/psoas?${q}`} />
        <AnnotationList catalog={en} />
        <NerveList catalog={en} />
        <StructureInfo catalog={en} />
      </div>
    </SceneStoreProvider>
  )
}

export const ConsultationParts: StoryObj<typeof ConsultationDemo> = {
  render: () => <ConsultationDemo />,
  play: async ({ canvasElement }) => {
    const c = within(canvasElement)
    await expect(c.getAllByRole('listitem').length).toBeGreaterThan(2)
    // select a nerve by keyboard: its name and description are shown
    canvasElement.querySelector<HTMLButtonElement>('[data-nerve="femoralRight"]')!.focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(canvasElement.querySelector('[data-testid="structure-info"]')?.textContent).toContain(en.structures.femoralRight.description))
    // remove a note by keyboard
    c.getByRole('button', { name: 'Remove the note “Sore after long sitting”' }).focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-annotation]').length).toBe(1))
  },
}

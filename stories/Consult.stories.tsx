import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import { baseArgs, explainerArgTypes, waitForView } from './explainer-story-helpers.tsx'
import { en } from '../src/content/en/index.ts'
import { es } from '../src/content/es/index.ts'

/**
 * In a consultation (`mode="consult"`): a toolbar with large targets for a tablet — one-tap
 * scenarios that set side, tightness and posture together, compare in the same canvas, nerves,
 * undo/redo, print — and keyboard shortcuts listed in an overlay opened with `?`.
 */
const meta = {
  title: 'Explainer/Consult',
  component: PsoasExplainer,
  tags: ['autodocs'],
  args: { ...baseArgs, mode: 'consult' },
  argTypes: explainerArgTypes,
} satisfies Meta<typeof PsoasExplainer>
export default meta
type Story = StoryObj<typeof meta>

/** Tap "Right side, severe, sitting": it is marked pressed; compare draws "Relaxed" beside it in the one canvas. */
export const ConsultLayout: Story = {
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    // the toolbar comes with the panel's lazy chunk
    const toolbar = await within(canvasElement).findByRole('group', { name: en.ui.consult.toolbar }, { timeout: 15_000 })
    const t = within(toolbar)
    const scenario = t.getByRole('button', { name: en.ui.consult.scenarioNames.rightSevereSitting })
    await expect(t.getByRole('button', { name: en.ui.consult.scenarioNames.relaxed })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.click(scenario)
    await waitFor(() => expect(scenario).toHaveAttribute('aria-pressed', 'true'))
    await expect(t.getByRole('button', { name: en.ui.consult.scenarioNames.relaxed })).toHaveAttribute('aria-pressed', 'false')
    const compare = t.getByRole('button', { name: en.ui.controls.compare })
    await userEvent.click(compare)
    await waitFor(() => expect(canvasElement.querySelector('[data-view="compare"]')).not.toBeNull(), { timeout: 20_000 })
    await expect(canvasElement.querySelectorAll('canvas')).toHaveLength(1)
    for (const b of toolbar.querySelectorAll('button')) {
      const r = b.getBoundingClientRect()
      await expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(44)
    }
  },
}

/**
 * On a phone (the explainer 390 px wide): each toolbar row is one line that scrolls sideways, so the view stays on
 * the first screen; the pressed scenario (here the last, "Left side, tight, Thomas test") is scrolled into its row.
 */
export const OnAPhone: Story = {
  args: { defaultState: { side: 'left', tightness: 0.66, posture: 'thomasTest' } },
  decorators: [(S) => <div style={{ width: 390 }}><S /></div>],
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const toolbar = await within(canvasElement).findByRole('group', { name: en.ui.consult.toolbar }, { timeout: 15_000 })
    const row = within(toolbar).getByRole('group', { name: en.ui.consult.scenarios })
    const pressed = within(row).getByRole('button', { name: en.ui.consult.scenarioNames.leftTightThomas })
    await expect(pressed).toHaveAttribute('aria-pressed', 'true')
    await expect(row.scrollWidth).toBeGreaterThan(row.clientWidth)
    const r = row.getBoundingClientRect()
    const b = pressed.getBoundingClientRect()
    await expect(b.left >= r.left - 0.5 && b.right <= r.right + 0.5).toBe(true)
    await expect(toolbar.getBoundingClientRect().height).toBeLessThanOrEqual(140)
  },
}

/** `?` opens the list of keys (the explainer's and the 3D view's), a modal dialog; closing it puts focus back. */
export const ShortcutsOverlay: Story = {
  args: { locale: 'es' },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const start = await within(canvasElement).findByRole('button', { name: es.ui.consult.scenarioNames.relaxed }, { timeout: 15_000 })
    start.focus()
    await userEvent.keyboard('?')
    const dialog = await waitFor(() => {
      const d = canvasElement.querySelector<HTMLDialogElement>('[data-testid="shortcuts-dialog"]')
      expect(d?.open).toBe(true)
      return d!
    })
    await expect(dialog.contains(document.activeElement)).toBe(true)
    const d = within(dialog)
    await expect(d.getByRole('heading', { name: es.ui.shortcuts.title })).toBeTruthy()
    await expect(d.getByText(es.ui.shortcuts.viewer.orbit)).toBeTruthy()
    await expect(d.getByText('Mayús + T')).toBeTruthy()
    await userEvent.click(d.getByRole('button', { name: es.ui.shortcuts.close }))
    await waitFor(() => expect(dialog.open).toBe(false))
    await waitFor(() => expect(document.activeElement).toBe(start))
  },
}

import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import { baseArgs, explainerArgTypes, waitForView } from './explainer-story-helpers.tsx'
import { en } from '../src/content/en/index.ts'
import { es } from '../src/content/es/index.ts'

/**
 * "What the colours and marks mean": a collapsible legend in the side panel that lists only the codes
 * the 3D view draws now — the colour of each visible layer, and the tight muscle, loaded disc,
 * irritated nerve, ring, striped region, arrows and the outline of the selected part when they are
 * drawn (scene-state's `legendEntries`, the same thresholds as the render).
 */
const meta = {
  title: 'Explainer/Legend',
  component: PsoasExplainer,
  tags: ['autodocs'],
  args: { ...baseArgs, defaultState: { tightness: 1, side: 'right', focus: 'femoralRight' } },
  argTypes: explainerArgTypes,
} satisfies Meta<typeof PsoasExplainer>
export default meta
type Story = StoryObj<typeof meta>

const entries = (root: HTMLElement) => [...root.querySelectorAll('.psoas-legend li')].map((li) => li.getAttribute('data-entry'))

/** Severe on the right with the femoral nerve selected; relax the psoas and hide the nerves: the legend follows. */
export const FollowsTheState: Story = {
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const c = within(canvasElement)
    await userEvent.click(c.getByText(en.legend.title))
    await expect(canvasElement.querySelector('details.psoas-legend')).toHaveAttribute('open')
    await expect(c.getByText(en.legend.entries.compressionRing)).toBeVisible()
    await expect(c.getByText(en.legend.entries.selection)).toBeVisible()
    await expect(entries(canvasElement)).toEqual([
      'bone', 'disc', 'discLoaded', 'muscle', 'muscleTight', 'nerve', 'nerveCompressed', 'compressionRing', 'symptomPatch', 'forceArrow', 'selection',
    ])
    // relaxed: the marks of the pull go
    await userEvent.click(c.getByRole('button', { name: 'Relaxed' }))
    await waitFor(() => expect(entries(canvasElement)).toEqual(['bone', 'disc', 'muscle', 'nerve', 'selection']))
    // nerves hidden: their colour and the selected nerve's outline go
    const nerves = canvasElement.querySelector<HTMLButtonElement>('[data-layer="nerves"]')!
    await userEvent.click(nerves)
    await waitFor(() => expect(entries(canvasElement)).toEqual(['bone', 'disc', 'muscle']))
  },
}

/** Spanish, dark theme: the same legend in Spanish, swatches in the dark theme's colours. */
export const SpanishDark: Story = {
  args: { locale: 'es', theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const c = within(canvasElement)
    await userEvent.click(c.getByText(es.legend.title))
    await expect(c.getByText(es.legend.entries.forceArrow)).toBeVisible()
    await expect(c.getByText(es.legend.entries.selection)).toBeVisible()
  },
}

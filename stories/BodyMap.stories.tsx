import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import { baseArgs, explainerArgTypes, waitForView } from './explainer-story-helpers.tsx'
import { en } from '../src/content/en/index.ts'
import { es } from '../src/content/es/index.ts'

/**
 * "Point where it hurts": the body map's regions are controls. Choosing one (tap, click, or Tab to the
 * map, arrow keys, Enter/Space) focuses the nerve that supplies it, turns the camera to it and says in
 * one sentence how a tight psoas could relate — or that it likely does not — with the way to "What
 * else can cause these symptoms". The choice is part of the scene state (`bodyRegion`, URL `r=`).
 */
const meta = {
  title: 'Explainer/Body map',
  component: PsoasExplainer,
  tags: ['autodocs'],
  args: { ...baseArgs, defaultState: { tightness: 0.66, side: 'right' } },
  argTypes: explainerArgTypes,
} satisfies Meta<typeof PsoasExplainer>
export default meta
type Story = StoryObj<typeof meta>

const sentence = (root: HTMLElement) => root.querySelector('[data-testid="body-region-relation"]')?.textContent

/** Tap the front of the right thigh: the femoral nerve (L2–L4) could be irritated at this setting. */
export const TapTheThigh: Story = {
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const c = within(canvasElement)
    await userEvent.click(c.getByRole('button', { name: 'Front of the thigh, right side' }))
    await waitFor(() => expect(c.getByRole('button', { name: 'Front of the thigh, right side' })).toHaveAttribute('aria-pressed', 'true'))
    await expect(sentence(canvasElement)).toMatch(/^Femoral nerve \(L2–L4\): .*could be irritated/)
  },
}

/** By keyboard: to the lateral thigh and Enter — the psoas is likely not the cause; other causes are one button away. */
export const KeyboardLateralThigh: Story = {
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const c = within(canvasElement)
    const first = c.getByRole('button', { name: 'Just above the pubic bone, right side' })
    first.focus()
    for (let i = 0; i < 5; i++) await userEvent.keyboard('{ArrowDown}')
    await expect(document.activeElement?.getAttribute('aria-label')).toBe('Front and outer thigh, right side')
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(sentence(canvasElement)).toBe('Lateral femoral cutaneous nerve (L2–L3): the psoas is not thought to press on this nerve; other causes are more likely.'))
    await expect(c.getByRole('button', { name: en.chapters.otherCauses.title })).toBeTruthy()
  },
}

/** Spanish, dark theme, a region on the back chosen from a share link (`r=posteriorThigh,l`). */
export const SpanishBackOfThigh: Story = {
  args: { locale: 'es', theme: 'dark', defaultState: { tightness: 0.66, side: 'right', bodyRegion: { region: 'posteriorThigh', side: 'left' } } },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const c = within(canvasElement)
    await expect(c.getByRole('button', { name: 'Parte trasera del muslo, lado izquierdo' })).toHaveAttribute('aria-pressed', 'true')
    await expect(sentence(canvasElement)).toMatch(/^Los nervios de esta zona \(S1–S3\) no pasan por el psoas/)
    await expect(c.getByRole('button', { name: es.bodyMap.clear })).toBeTruthy()
  },
}

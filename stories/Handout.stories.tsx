import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import { Handout } from '../src/components/Handout.tsx'
import { getCatalog } from '../src/content/index.ts'
import { DEFAULT_STATE, toQuery, type SceneState } from '../src/scene-state/index.ts'
import { deriveView } from '../src/scene-state/view.ts'
import { baseArgs, explainerArgTypes, waitForView } from './explainer-story-helpers.tsx'
import { en } from '../src/content/en/index.ts'
import { es } from '../src/content/es/index.ts'

/**
 * The printable handout and the QR code of the share link. "Print a handout" prints only the handout:
 * the view's picture (both views with compare on), the state in words, the readouts, the chapters
 * relevant to the state with their evidence grades and references, the red flags, the disclaimer, the
 * date and the link with its QR code. It is never shown on screen; the preview stories show it on a
 * page-sized sheet as it prints.
 */
const meta = {
  title: 'Explainer/Handout',
  component: PsoasExplainer,
  tags: ['autodocs'],
  args: { ...baseArgs, defaultState: { tightness: 1, side: 'right', compare: { tightness: 0 } } },
  argTypes: explainerArgTypes,
} satisfies Meta<typeof PsoasExplainer>
export default meta
type Story = StoryObj<typeof meta>

/** "Print a handout": the handout is prepared, the print dialog opens (stubbed here), and after printing nothing is left behind. */
export const PrintHandout: Story = {
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const print = window.print
    let printed = 0
    window.print = () => void printed++
    try {
      await userEvent.click(within(canvasElement).getByRole('button', { name: en.ui.handout.button }))
      await waitFor(() => expect(printed).toBe(1), { timeout: 20_000 })
      const handout = document.querySelector<HTMLElement>('body > .psoas-print-root [data-testid="handout"]')!
      await expect(handout).toBeTruthy()
      // on screen it stays hidden; the print stylesheet shows it and hides the rest of the page
      await expect(getComputedStyle(handout).display).toBe('none')
      await expect(document.documentElement.getAttribute('data-psoas-print')).toBe('handout')
      for (const text of [en.ui.handout.title, en.ui.handout.stateTitle, en.ui.readout.title, en.chapters.nerves.title, en.safety.title, en.ui.disclaimer, en.ui.handout.linkTitle])
        await expect(handout.textContent).toContain(text)
      await expect(handout.querySelector('canvas')).toBeTruthy()
      await expect(handout.querySelector(`svg[aria-label="${en.ui.share.qrLabel}"]`)).toBeTruthy()
      await expect(within(canvasElement).getByText(en.ui.handout.printed)).toBeTruthy()
    } finally {
      window.print = print
      window.dispatchEvent(new Event('afterprint'))
    }
    await waitFor(() => expect(document.querySelector('.psoas-print-root')).toBeNull())
    await expect(document.documentElement.hasAttribute('data-psoas-print')).toBe(false)
  },
}

/** The share box shows the link's QR code, made in the page (no request leaves it). */
export const ShareQrCode: Story = {
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const c = within(canvasElement)
    await userEvent.click(c.getByRole('button', { name: en.ui.share.button }))
    await expect(await c.findByRole('img', { name: en.ui.share.qrLabel })).toBeTruthy()
    await expect(c.getByText(en.ui.share.qrHint)).toBeTruthy()
  },
}

const previewState: SceneState = { ...DEFAULT_STATE, tightness: 1, side: 'right' }
/** A fixed day, so the preview does not change from one day to the next. */
const PREVIEW_DATE = new Date(2026, 11, 3)

function preview(locale: 'en' | 'es', state: SceneState) {
  return (
    <Handout
      preview
      catalog={getCatalog(locale)}
      data={{ state, view: deriveView(state), url: `https://clinic.example/psoas?${toQuery(state)}`, date: PREVIEW_DATE, picture: null }}
    />
  )
}

/** The handout on a page-sized sheet (English, right psoas severe, standing; without a picture: no 3D view here). */
export const HandoutPreview: Story = {
  render: () => preview('en', previewState),
  play: async ({ canvasElement }) => {
    const c = within(canvasElement)
    await expect(c.getByRole('heading', { level: 1, name: en.ui.handout.title })).toBeTruthy()
    await expect(c.getByText(en.ui.handout.noPicture)).toBeTruthy()
    await expect(c.getByRole('heading', { name: en.chapters.nerves.title })).toBeTruthy()
    await expect(c.getByRole('heading', { name: en.safety.title })).toBeTruthy()
    await expect(await c.findByRole('img', { name: en.ui.share.qrLabel })).toBeTruthy()
  },
}

/** The same in Spanish, sitting: the causes chapter comes first. */
export const HandoutPreviewSpanish: Story = {
  render: () => preview('es', { ...previewState, posture: 'sitting', tightness: 0.66, side: 'both' }),
  play: async ({ canvasElement }) => {
    const c = within(canvasElement)
    await expect(c.getByRole('heading', { level: 1, name: es.ui.handout.title })).toBeTruthy()
    await expect(c.getAllByRole('heading', { level: 3 })[0].textContent).toBe(es.chapters.causes.title)
    await expect(c.getByText(es.ui.disclaimer)).toBeTruthy()
  },
}

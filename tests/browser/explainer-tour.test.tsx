/**
 * The guided tour in the whole explainer (issue 11, item 5): the open chapter and the tour's buttons
 * come first in the panel — right under the view on a phone (above the description, the slider and
 * the readout), beside the view at the top of the panel on a wide layout (no scrolling) — and the
 * focus moves with the buttons when the tour opens and closes. The tour starts paused; its status is
 * written into a live region that is already in the page (so it is read out); closing gives back
 * the layers the user had.
 */
import { afterEach, expect, test } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { getCatalog } from '../../src/content/index.ts'
import { DEFAULT_LAYERS } from '../../src/scene-state/state.ts'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(async () => {
  unmountAll()
  await page.viewport(800, 600)
})

const tour = getCatalog('en').ui.controls.tour

/** Starts the tour with a real click on "Play tour" among the controls; returns the parts to measure. */
async function startTour(host: HTMLElement) {
  const play = await waitFor(() => host.querySelector<HTMLButtonElement>('.psoas-controls [data-control="tour"] [data-action="play"]'), 20_000, 'the tour button')
  expect(play.textContent).toBe(tour.play)
  // the status's live region: text put into it after it is in the page is read out
  const textIntoLiveRegion: string[] = []
  const watch = new MutationObserver((records) => {
    for (const r of records)
      if (r.target instanceof HTMLElement && r.target.dataset.testid === 'tour-status' && r.target.isConnected)
        for (const n of r.addedNodes) if (n.nodeType === Node.TEXT_NODE) textIntoLiveRegion.push(n.textContent ?? '')
  })
  watch.observe(host, { subtree: true, childList: true })
  await userEvent.click(play)
  const box = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="tour-box"]'), 10_000, 'the tour box')
  const chapter = await waitFor(() => box.querySelector<HTMLElement>('.psoas-chapter[data-chapter="anatomy"]'), 10_000, 'the first chapter')
  const status = q(box, '[data-testid="tour-status"]')
  await waitFor(() => status.textContent === 'Chapter 1 of 8', 2000, 'the status')
  watch.disconnect()
  return { box, chapter, status, textIntoLiveRegion }
}

test('phone: the chapter and the tour buttons come right under the view, the focus moves with them, the status is announced; closing gives back the layers and the focus', async () => {
  await page.viewport(390, 844)
  const { host } = mount(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion={false} height={380} defaultState={{ tightness: 0.7, layers: { ...DEFAULT_LAYERS, forces: false } }} />, 390)
  const { box, chapter, status, textIntoLiveRegion } = await startTour(host)
  // the buttons moved with the chapter; the focus with them (on "Pause": it plays now)
  expect(host.querySelector('.psoas-controls [data-control="tour"]')).toBeNull()
  const moved = q<HTMLButtonElement>(box, '[data-action="play"]')
  await waitFor(() => document.activeElement === moved, 2000, 'focus on the moved play button')
  expect(moved.textContent).toBe(tour.pause)
  expect(status.getAttribute('aria-live')).toBe('polite')
  expect(textIntoLiveRegion).toContain('Chapter 1 of 8')
  // pause, so the tour stays here while measuring
  await userEvent.click(moved)
  await waitFor(() => q(box, '[data-control="tour"]').dataset.state === 'paused', 2000, 'paused')

  const stage = q(host, '.psoas-explainer__stage').getBoundingClientRect()
  const c = chapter.getBoundingClientRect()
  const b = box.getBoundingClientRect()
  const slider = q(host, 'input[data-control="tightness"]').getBoundingClientRect()
  const readout = q(host, '.psoas-readout').getBoundingClientRect()
  const live = q(host, '[data-testid="live-text"]').getBoundingClientRect()
  console.info(`phone: view ends ${Math.round(stage.bottom)}, tour box ${Math.round(b.top)}–${Math.round(b.bottom)}, chapter from ${Math.round(c.top)}, description ${Math.round(live.top)}, slider ${Math.round(slider.top)}, readout ${Math.round(readout.top)}`)
  // under the view, before anything else of the panel
  expect(b.top).toBeGreaterThanOrEqual(stage.bottom)
  expect(b.top - stage.bottom).toBeLessThan(30)
  expect(c.top - stage.bottom).toBeLessThan(200)
  expect(c.bottom).toBeLessThanOrEqual(live.top)
  expect(c.bottom).toBeLessThanOrEqual(slider.top)
  expect(c.bottom).toBeLessThanOrEqual(readout.top)

  // the chapter set its own layers; closing gives back the user's (forces off, nerves on) and the focus
  const before = { forces: false, nerves: true }
  await userEvent.click(q(box, '[data-action="close"]'))
  const back = await waitFor(() => host.querySelector<HTMLButtonElement>('.psoas-controls [data-control="tour"] [data-action="play"]'), 5000, 'the tour buttons back among the controls')
  expect(host.querySelector('[data-testid="tour-box"]')).toBeNull()
  await waitFor(() => document.activeElement === back, 2000, 'focus back on "Play tour"')
  const layers = Object.fromEntries([...host.querySelectorAll<HTMLButtonElement>('[data-control="layers"] button[data-layer]')].map((el) => [el.dataset.layer, el.getAttribute('aria-pressed') === 'true']))
  expect(layers).toMatchObject(before)
})

test('wide layout: the chapter is at the top of the panel beside the view, seen without scrolling; the tour starts paused', async () => {
  await page.viewport(1280, 800)
  const { host } = mount(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion height={560} />, 1100)
  // "Next" opens the first chapter without playing: the tour is not played by itself
  const next = await waitFor(() => host.querySelector<HTMLButtonElement>('.psoas-controls [data-control="tour"] [data-action="next"]'), 20_000, 'the Next button')
  await userEvent.click(next)
  const box = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="tour-box"]'), 10_000, 'the tour box')
  const chapter = await waitFor(() => box.querySelector<HTMLElement>('.psoas-chapter'), 10_000, 'the chapter')
  expect(q(box, '[data-control="tour"]').dataset.state).toBe('paused')
  expect(q(box, '[data-action="play"]').textContent).toBe(tour.play)
  await waitFor(() => document.activeElement === q(box, '[data-action="next"]'), 2000, 'focus on the moved Next button')

  const panel = q(host, '.psoas-explainer__panel')
  const stage = q(host, '.psoas-explainer__stage').getBoundingClientRect()
  const p = panel.getBoundingClientRect()
  const title = q(chapter, 'h3').getBoundingClientRect()
  const firstParagraph = q(chapter, 'p').getBoundingClientRect()
  console.info(`wide: view ${Math.round(stage.left)}–${Math.round(stage.right)}, panel ${Math.round(p.left)}–${Math.round(p.right)} × ${Math.round(p.top)}–${Math.round(p.bottom)}, chapter title at ${Math.round(title.top - p.top)} px, first paragraph ends at ${Math.round(firstParagraph.bottom - p.top)} px`)
  // beside the view, and in the panel's first screen (the panel scrolls; nothing scrolled)
  expect(p.left).toBeGreaterThanOrEqual(stage.right - 1)
  expect(panel.scrollTop).toBe(0)
  expect(title.top).toBeGreaterThanOrEqual(p.top)
  expect(firstParagraph.bottom).toBeLessThanOrEqual(p.bottom)
  // Next again moves on inside the box (the buttons stay, the focus too)
  await userEvent.click(q(box, '[data-action="next"]'))
  await waitFor(() => box.querySelector('.psoas-chapter[data-chapter="spine"]'), 5000, 'the second chapter')
  expect(document.activeElement).toBe(q(box, '[data-action="next"]'))
})

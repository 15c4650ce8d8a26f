/**
 * The first minute on a phone (issue 11, item 1): the demo page on a 390 × 844 touch screen shows,
 * without scrolling, the 3D view and under it the description's first lines, the tightness slider
 * and its stops (Relaxed … Severe); in full screen the same controls stay on the screen. The demo
 * page itself (demo/App.tsx with demo.css), with the real model.
 */
import { afterEach, beforeEach, expect, test } from 'vitest'
import { cdp, page, userEvent } from 'vitest/browser'
import { unmountAll, waitFor, wholeInRow } from './explainer-helpers.tsx'
import { mountDemo, testPageUrl } from './demo-page.tsx'

const PHONE = { width: 390, height: 844 }

beforeEach(async () => {
  // the demo reads the scene from the address: the bare page, as a patient opens it
  history.replaceState(null, '', location.pathname)
  await page.viewport(PHONE.width, PHONE.height)
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 })
})
afterEach(async () => {
  unmountAll()
  history.replaceState(null, '', testPageUrl)
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false })
  await page.viewport(800, 600)
})

/** The boxes that must be on the first screen, relative to the top of the page. */
async function firstScreen(host: HTMLElement) {
  const slider = await waitFor(() => host.querySelector<HTMLInputElement>('input[data-control="tightness"]'), 30_000, 'the slider')
  const stops = await waitFor(() => host.querySelector<HTMLElement>('.psoas-controls__stops'), 5000, 'the tightness stops')
  const view = host.querySelector<HTMLElement>('.psoas-explainer__stage')!
  const live = host.querySelector<HTMLElement>('[data-testid="live-text"]')!
  const top = host.getBoundingClientRect().top + scrollY
  const box = (el: HTMLElement) => {
    const r = el.getBoundingClientRect()
    return { top: Math.round(r.top + scrollY - top), bottom: Math.round(r.bottom + scrollY - top), height: Math.round(r.height) }
  }
  return { slider: box(slider), stops: box(stops), view: box(view), live: box(live) }
}

test.each(['en', 'es'])('phone (%s): the 3D view, the description, the slider and its stops are on the first screen', async (lang) => {
  if (lang !== 'en') history.replaceState(null, '', `${location.pathname}?lang=${lang}`)
  expect(matchMedia('(pointer: coarse)').matches).toBe(true)
  const { host } = mountDemo(PHONE.width)
  const b = await firstScreen(host)
  console.info(`phone first screen (${lang}): view ${b.view.top}–${b.view.bottom}, description ${b.live.top}–${b.live.bottom}, slider ${b.slider.top}–${b.slider.bottom}, stops ${b.stops.top}–${b.stops.bottom}`)
  expect(b.stops.bottom).toBeLessThanOrEqual(PHONE.height)
  expect(b.slider.bottom).toBeLessThanOrEqual(PHONE.height)
  // in this order: the view, the description, the slider, the stops; the view still a good size
  expect(b.view.bottom).toBeLessThanOrEqual(b.live.top)
  expect(b.live.bottom).toBeLessThanOrEqual(b.slider.top)
  expect(b.slider.bottom).toBeLessThanOrEqual(b.stops.top)
  expect(b.view.height).toBeGreaterThanOrEqual(360)
  // the bare page opens on the side view, where tightening deepens the curve (render-side-view tests its arc: 51° → 63°)
  const pressedCamera = () => host.querySelector<HTMLElement>('[data-control="camera"] button[aria-pressed="true"]')?.dataset.camera
  expect(pressedCamera()).toBe('side')
  // the page's lead is still there, under the explainer
  const lead = host.querySelector<HTMLElement>('.demo-lead')!
  expect(lead.getBoundingClientRect().top).toBeGreaterThan(host.querySelector('.psoas-explainer')!.getBoundingClientRect().bottom)
})

test('a link opens exactly its state (its camera too): only the bare page opens on the side view', async () => {
  history.replaceState(null, '', `${location.pathname}?t=1`)
  const { host } = mountDemo(PHONE.width)
  await firstScreen(host)
  await waitFor(() => host.querySelector('[data-control="camera"] button[data-camera="front"][aria-pressed="true"]'), 5000, 'the front view of the link')
  expect(host.querySelector<HTMLInputElement>('input[data-control="tightness"]')!.value).toBe('1')
})

/**
 * The demo in full screen on the phone (the overlay of a browser without the Fullscreen API, as iPhone Safari,
 * whose layout is the same): the frame fills the screen unscrolled, the view is at least 400 px tall and the slider
 * and its stops are on the screen under it. Returns the mounted demo and the view's box.
 */
async function fullScreenFits(mode: string) {
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => false })
  try {
    const { host } = mountDemo(PHONE.width)
    await firstScreen(host)
    const enter = await waitFor(() => [...host.querySelectorAll<HTMLButtonElement>('.demo-actions button')].find((b) => b.getAttribute('aria-pressed') === 'false' && b.dataset.action !== 'consult-layout'), 5000, 'the full-screen button')
    await userEvent.click(enter)
    const frame = await waitFor(() => host.querySelector<HTMLElement>('.demo-frame.is-fullscreen'), 5000, 'full screen')
    const view = host.querySelector<HTMLElement>('.psoas-explainer__stage')!
    const slider = host.querySelector<HTMLElement>('input[data-control="tightness"]')!
    const stops = host.querySelector<HTMLElement>('.psoas-controls__stops')!
    const f = frame.getBoundingClientRect()
    const v = view.getBoundingClientRect()
    const s = slider.getBoundingClientRect()
    const st = stops.getBoundingClientRect()
    console.info(`phone full screen (${mode}): frame ${Math.round(f.top)}–${Math.round(f.bottom)}, view ${Math.round(v.top)}–${Math.round(v.bottom)}, slider ${Math.round(s.top)}–${Math.round(s.bottom)}, stops ${Math.round(st.top)}–${Math.round(st.bottom)}`)
    expect(f.top).toBe(0)
    expect(Math.round(f.height)).toBe(PHONE.height)
    expect(frame.scrollTop).toBe(0)
    expect(st.bottom).toBeLessThanOrEqual(PHONE.height)
    expect(s.bottom).toBeLessThanOrEqual(PHONE.height)
    expect(v.height).toBeGreaterThanOrEqual(400)
    return { host, view: v }
  } finally {
    delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled
  }
}

test('phone, full screen: the slider and its stops stay on the screen', async () => {
  const { host } = await fullScreenFits('standard')
  expect(host.querySelector('[data-testid="consult-toolbar"]')).toBeNull()
})

test('phone, full screen, consultation layout: the toolbar, scrolled to its pressed case, over the view; the slider and its stops still on the screen', async () => {
  // a case in the middle of the scenarios
  history.replaceState(null, '', `${location.pathname}?v=1&t=1&s=r&p=sit&mode=consult`)
  const { host, view } = await fullScreenFits('consult')
  const toolbar = host.querySelector<HTMLElement>('[data-testid="consult-toolbar"]')!.getBoundingClientRect()
  expect(toolbar.top).toBeGreaterThanOrEqual(0)
  expect(toolbar.bottom).toBeLessThanOrEqual(view.top + 1)
  // the case is pressed and wholly in its row (the row scrolled to it again when full screen widened it)
  const row = host.querySelector<HTMLElement>('[data-control="scenarios"]')!
  const pressed = row.querySelector<HTMLElement>('[data-scenario="rightSevereSitting"]')!
  expect(pressed.getAttribute('aria-pressed')).toBe('true')
  expect(wholeInRow(pressed, row)).toBe(true)
})

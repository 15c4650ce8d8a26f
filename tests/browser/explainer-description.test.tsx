/**
 * The description of the view on a narrow layout (the panel under the view, as on a phone): its
 * first two lines and a button for the rest, so the controls stay near the view (issue 11, item 1);
 * the whole text stays in the live region for screen readers. On a wide layout nothing is clamped
 * and there is no button; a description that fits gets no button either.
 */
import { afterEach, expect, test } from 'vitest'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { getCatalog } from '../../src/content/index.ts'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(unmountAll)

const en = getCatalog('en')
const es = getCatalog('es')
const SEVERE = 'very tight (100%)'

const lineHeight = (el: HTMLElement) => parseFloat(getComputedStyle(el).lineHeight)
const textHeight = (el: HTMLElement) => {
  const cs = getComputedStyle(el)
  return el.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)
}
const moreButton = (host: Element) => host.querySelector<HTMLButtonElement>('[data-action="description-more"]')

test('narrow layout: two lines and "Show the whole description", which shows all of it and back; the live region keeps the whole text', async () => {
  const { host } = mount(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion height={200} defaultState={{ tightness: 1, side: 'right' }} />, 390)
  const live = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="live-text"]'), 10_000, 'the description')
  await waitFor(() => live.textContent!.includes(SEVERE), 5000, 'the severe description')
  const whole = live.textContent!
  expect(whole.length).toBeGreaterThan(300)
  const button = await waitFor(() => moreButton(host), 3000, 'the button')
  expect(button.textContent).toBe(en.ui.descriptionMore)
  expect(button.getAttribute('aria-expanded')).toBe('false')
  expect(button.getAttribute('aria-controls')).toBe(live.id)
  // shown: two lines; read: all of it
  const line = lineHeight(live)
  expect(textHeight(live)).toBeLessThanOrEqual(2 * line + 1)
  expect(live.scrollHeight).toBeGreaterThan(5 * line)
  expect(live.textContent).toBe(whole)
  expect(live.getAttribute('aria-live')).toBe('polite')
  // the slider comes right after it (the controls are near the view)
  const slider = q(host, 'input[data-control="tightness"]')
  expect(slider.getBoundingClientRect().top - live.getBoundingClientRect().bottom).toBeLessThan(200)

  button.click()
  await waitFor(() => button.getAttribute('aria-expanded') === 'true', 2000, 'expanded')
  expect(button.textContent).toBe(en.ui.descriptionLess)
  expect(textHeight(live)).toBeGreaterThan(5 * line)
  button.click()
  await waitFor(() => button.getAttribute('aria-expanded') === 'false', 2000, 'collapsed again')
  expect(textHeight(live)).toBeLessThanOrEqual(2 * line + 1)
})

test('a description that fits in two lines gets no button; a wide layout clamps nothing and shows no button', async () => {
  // 700 px: still the narrow layout (panel under the view), wide enough for the relaxed sentence in two lines
  const narrow = mount(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion height={160} />, 700)
  const live = await waitFor(() => narrow.host.querySelector<HTMLElement>('[data-testid="live-text"]'), 10_000, 'the description')
  await waitFor(() => live.textContent!.startsWith('Standing: both psoas muscles relaxed.'), 5000, 'the relaxed description')
  expect(textHeight(live)).toBeLessThanOrEqual(2 * lineHeight(live) + 1)
  await new Promise((r) => setTimeout(r, 100))
  expect(moreButton(narrow.host)).toBeNull()
  narrow.unmount()

  const wide = mount(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion height={160} defaultState={{ tightness: 1, side: 'right' }} />, 1100)
  const wideLive = await waitFor(() => wide.host.querySelector<HTMLElement>('[data-testid="live-text"]'), 10_000, 'the description')
  await waitFor(() => wideLive.textContent!.includes(SEVERE), 5000, 'the severe description')
  expect(textHeight(wideLive)).toBeGreaterThan(3 * lineHeight(wideLive))
  const b = moreButton(wide.host)
  // present for the narrow layout only: not displayed here, so not in the accessibility tree
  expect(b === null || getComputedStyle(b).display === 'none').toBe(true)
})

test('Spanish: the button speaks Spanish', async () => {
  const { host } = mount(<PsoasExplainer modelUrl={LOWPOLY} locale="es" reducedMotion height={160} defaultState={{ tightness: 1, side: 'right' }} />, 390)
  const button = await waitFor(() => moreButton(host), 10_000, 'the button')
  expect(button.textContent).toBe(es.ui.descriptionMore)
  button.click()
  await waitFor(() => button.textContent === es.ui.descriptionLess, 2000, 'Mostrar menos')
})

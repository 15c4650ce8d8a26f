/**
 * The demo page's chapters (the article under the explainer): "Show this in the model" opens the
 * chapter in the explainer and brings the explainer into view — smoothly, or at once when the reader
 * asks for reduced motion (issue 11, item 7). The demo page itself (demo/App.tsx).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { cdp, userEvent } from 'vitest/browser'
import { getCatalog } from '../../src/content/index.ts'
import { unmountAll, waitFor } from './explainer-helpers.tsx'
import { mountDemo, testPageUrl } from './demo-page.tsx'

beforeEach(() => history.replaceState(null, '', location.pathname))
afterEach(async () => {
  unmountAll()
  history.replaceState(null, '', testPageUrl)
  vi.restoreAllMocks()
  await cdp().send('Emulation.setEmulatedMedia', { features: [] })
})

const en = getCatalog('en')

async function showSecondChapter(): Promise<ScrollIntoViewOptions | boolean | undefined> {
  const calls: (ScrollIntoViewOptions | boolean | undefined)[] = []
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element, arg?: ScrollIntoViewOptions | boolean) {
    if (this.classList.contains('demo-frame')) calls.push(arg)
  })
  const { host } = mountDemo(1000)
  const buttons = await waitFor(() => {
    const b = [...host.querySelectorAll<HTMLButtonElement>('.demo-chapter > button')]
    return b.length > 1 && b
  }, 20_000, 'the chapters')
  await userEvent.click(buttons[1])
  // the explainer opens the chapter, first in its panel
  const chapter = await waitFor(() => host.querySelector('[data-testid="tour-box"] .psoas-chapter[data-chapter="spine"] h3'), 10_000, 'the chapter in the explainer')
  expect(chapter.textContent).toBe(en.chapters.spine.title)
  await waitFor(() => calls.length > 0, 2000, 'the explainer scrolled into view')
  return calls[0]
}

test('"Show this in the model" scrolls the explainer into view smoothly', async () => {
  expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(false)
  expect(await showSecondChapter()).toMatchObject({ behavior: 'smooth', block: 'start' })
})

test('under reduced motion it jumps (no smooth scroll)', async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] })
  expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true)
  expect(await showSecondChapter()).toMatchObject({ behavior: 'auto', block: 'start' })
})

/**
 * On a touch screen (390 × 844, coarse pointer emulated through CDP) every control of the explainer
 * with full controls is at least 44 × 44 CSS px: buttons, selects, text fields, the slider, the
 * radio and checkbox rows and the disclosure summaries (WCAG 2.5.5, Apple's and Android's guides).
 * With a mouse (fine pointer) the compact sizes stay.
 */
import { afterEach, expect, test } from 'vitest'
import { cdp, page } from 'vitest/browser'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { mount, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(async () => {
  unmountAll()
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false })
  await cdp().send('Emulation.setEmitTouchEventsForMouse', { enabled: false })
})

const MIN = 44

function visible(el: Element): boolean {
  const r = el.getBoundingClientRect()
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
}

/** The interactive elements a finger has to hit, with their box (the row for a radio or checkbox). */
function targets(root: HTMLElement): { what: string; w: number; h: number }[] {
  const out: { what: string; w: number; h: number }[] = []
  root.querySelectorAll<HTMLElement>('button, select, input, textarea, summary').forEach((el) => {
    if (!visible(el) || el.closest('.psoas-sr-only')) return
    const input = el as HTMLInputElement
    // a radio or checkbox is hit through its label row
    const box = input.type === 'radio' || input.type === 'checkbox' ? (el.closest('label') ?? el) : el
    const r = box.getBoundingClientRect()
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''
    out.push({ what: `${el.tagName.toLowerCase()}${input.type ? `[${input.type}]` : ''} "${name}"`, w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 })
  })
  return out
}

test('touch screen: every control of the full explainer is at least 44 × 44 px', async () => {
  await page.viewport(390, 844)
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 })
  await cdp().send('Emulation.setEmitTouchEventsForMouse', { enabled: true, configuration: 'mobile' })
  expect(matchMedia('(pointer: coarse)').matches).toBe(true)
  // no model needed for the panel's controls: a URL that is not served shows the text-only explainer
  const m = mount(<PsoasExplainer modelUrl="/models/not-here.glb" controls="full" height={200} defaultState={{ chapter: 'nerves', tightness: 0.8 }} />, 390)
  const root = await waitFor(() => m.host.querySelector<HTMLElement>('.psoas-explainer'), 5000, 'explainer')
  // the side panel and the open chapter load on demand (issue 14): measure once both are there
  await waitFor(() => root.querySelector('.psoas-chapter'), 10_000, 'the open chapter in the panel')
  // open the disclosures so their content's controls are measured too
  root.querySelectorAll('details').forEach((d) => (d.open = true))
  await new Promise((r) => setTimeout(r, 100))
  const all = targets(root)
  const small = all.filter((t) => t.h < MIN || t.w < MIN)
  console.info(`touch targets: ${all.length} controls, ${small.length} under ${MIN} px`)
  expect(all.length).toBeGreaterThan(20)
  expect(small).toEqual([])
})

test('mouse (fine pointer): the compact sizes stay', async () => {
  await page.viewport(1280, 800)
  expect(matchMedia('(pointer: coarse)').matches).toBe(false)
  const m = mount(<PsoasExplainer modelUrl="/models/not-here.glb" controls="full" height={200} />, 900)
  const root = await waitFor(() => m.host.querySelector<HTMLElement>('.psoas-explainer'), 5000, 'explainer')
  const heights = targets(root).filter((t) => t.what.startsWith('button')).map((t) => t.h)
  expect(Math.min(...heights)).toBeLessThan(MIN)
})

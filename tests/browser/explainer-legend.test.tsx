/**
 * The legend ("What the colours and marks mean") in the explainer: its entries follow the
 * tightness, the layers and the selection (the same rule as scene-state's legendEntries), in every
 * locale, in full and minimal controls, with decorative swatches in the theme colours; axe-clean.
 */
import { createRef } from 'react'
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { PsoasExplainer, type PsoasExplainerApi } from '../../src/components/PsoasExplainer.tsx'
import { LOCALES, getCatalog } from '../../src/content/index.ts'
import { LIGHT_THEME } from '../../src/theme/palette.ts'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(unmountAll)

const entriesOf = (host: Element) => [...host.querySelectorAll('.psoas-legend li')].map((li) => li.getAttribute('data-entry'))
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}

test('entries appear and disappear with the tightness, the layers and the selection; swatches are decorative, in the theme colours; axe-clean', async () => {
  const api = createRef<PsoasExplainerApi>()
  const { host } = mount(<PsoasExplainer ref={api} modelUrl={LOWPOLY} reducedMotion height={160} defaultState={{ tightness: 0, posture: 'standing' }} />)
  const legend = await waitFor(() => host.querySelector<HTMLDetailsElement>('details.psoas-legend'), 5000, 'legend')
  const en = getCatalog('en').legend
  expect(q(legend, 'summary').textContent).toBe(en.title)
  // collapsed by default; opens by keyboard from its summary
  expect(legend.open).toBe(false)
  q<HTMLElement>(legend, 'summary').focus()
  await userEvent.keyboard('{Enter}')
  await waitFor(() => legend.open, 2000, 'legend opened')

  expect(entriesOf(host)).toEqual(['bone', 'disc', 'muscle', 'nerve'])
  expect([...legend.querySelectorAll('li')].map((li) => li.textContent)).toEqual([en.entries.bone, en.entries.disc, en.entries.muscle, en.entries.nerve])
  // swatch: hidden from assistive technology, coloured by the theme variable
  const boneSwatch = q(legend, '[data-entry="bone"] .psoas-legend__swatch')
  expect(boneSwatch.getAttribute('aria-hidden')).toBe('true')
  expect(getComputedStyle(boneSwatch).backgroundColor).toBe(rgb(LIGHT_THEME.bone))

  api.current!.setState({ tightness: 1, side: 'right' })
  await waitFor(() => entriesOf(host).includes('compressionRing'), 3000, 'severe marks')
  expect(entriesOf(host)).toEqual(['bone', 'disc', 'discLoaded', 'muscle', 'muscleTight', 'nerve', 'nerveCompressed', 'compressionRing', 'symptomPatch', 'forceArrow'])
  expect(getComputedStyle(q(legend, '[data-entry="compressionRing"] .psoas-legend__swatch')).borderTopColor).toBe(rgb(LIGHT_THEME.nerveCompressed))

  // nerves off: their codes go; arrows off too
  const layers = api.current!.getState().layers
  api.current!.setState({ layers: { ...layers, nerves: false, forces: false } })
  await waitFor(() => !entriesOf(host).includes('nerve'), 3000, 'nerves off')
  expect(entriesOf(host)).toEqual(['bone', 'disc', 'discLoaded', 'muscle', 'muscleTight'])

  // selecting a structure adds the outline entry; a bone stays listed while nerves are hidden
  api.current!.setState({ layers: { ...layers, nerves: true, forces: true }, focus: 'femoralRight' })
  await waitFor(() => entriesOf(host).includes('selection'), 3000, 'selection entry')
  expect(q(legend, '[data-entry="selection"]').textContent).toBe(en.entries.selection)
  api.current!.setState({ focus: null, tightness: 0 })
  await waitFor(() => entriesOf(host).length === 4, 3000, 'back to the structure colours')

  api.current!.setState({ tightness: 1, focus: 'vertebraL4' })
  await waitFor(() => entriesOf(host).includes('selection'), 3000, 'selection entry')
  const result = await axe.run(host)
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}, 60_000)

test.each(LOCALES.map((l) => [l]))('locale %s: the legend is in that locale, in minimal controls too; axe-clean', async (locale) => {
  const catalog = getCatalog(locale)
  const { host } = mount(
    <PsoasExplainer locale={locale} modelUrl={LOWPOLY} reducedMotion controls="minimal" height={160} defaultState={{ tightness: 1, side: 'right', focus: 'femoralRight' }} />,
  )
  const legend = await waitFor(() => host.querySelector<HTMLDetailsElement>('details.psoas-legend'), 5000, 'legend')
  legend.open = true
  expect(q(legend, 'summary').textContent).toBe(catalog.legend.title)
  const items = [...legend.querySelectorAll('li')]
  expect(items.map((li) => li.getAttribute('data-entry'))).toContain('selection')
  for (const li of items) expect(li.textContent).toBe(catalog.legend.entries[li.getAttribute('data-entry') as keyof typeof catalog.legend.entries])
  // another locale's sentences are its own, not the English ones
  const english = items.filter((li) => li.textContent === getCatalog('en').legend.entries[li.getAttribute('data-entry') as 'bone'])
  expect(english.length).toBe(locale === 'en' ? items.length : 0)
  const result = await axe.run(host)
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}, 60_000)

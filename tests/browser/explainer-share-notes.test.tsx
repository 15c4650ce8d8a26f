/**
 * Notes stay private: a share link carries the pins' places but not what was written, unless the
 * user ticks "Include my notes" (with a one-line warning). A link that carries text still opens with it.
 */
import { afterEach, expect, test, vi } from 'vitest'
import { createRef } from 'react'
import { PsoasExplainer, type PsoasExplainerApi } from '../../src/components/PsoasExplainer.tsx'
import { fromQuery } from '../../src/scene-state/index.ts'
import { getCatalog } from '../../src/content/index.ts'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

const en = getCatalog('en')
const NOTE = { id: 'p1', structure: 'vertebraL4' as const, offset: [0, 0.01, 0] as [number, number, number], text: 'Pain since March' }

afterEach(() => {
  unmountAll()
  delete (navigator as unknown as Record<string, unknown>).clipboard
})

test('the share link leaves the note text out by default and keeps the pin; "Include my notes" puts it in, with a warning', async () => {
  const writes: string[] = []
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: vi.fn<(t: string) => Promise<void>>(async (t) => void writes.push(t)) } })
  const api = createRef<PsoasExplainerApi>()
  const { host } = mount(<PsoasExplainer ref={api} modelUrl={LOWPOLY} reducedMotion height={160} defaultState={{ tightness: 0.5, annotations: [NOTE] }} />)
  const button = await waitFor(() => host.querySelector<HTMLButtonElement>('[data-action="share"]'), 5000, 'share button')
  const box = q<HTMLInputElement>(host, '[data-control="include-notes"]')
  expect(box.checked).toBe(false)
  expect(q(host, `label[for="${box.id}"]`).textContent).toBe(en.ui.share.includeNotes)
  expect(host.querySelector('[data-testid="include-notes-warning"]')).toBeNull()

  button.click()
  await waitFor(() => writes.length === 1, 2000, 'first link')
  expect(writes[0]).not.toContain('Pain')
  const shared = fromQuery(new URL(writes[0]).search.slice(1)).state
  expect(shared.annotations).toEqual([{ ...NOTE, text: '' }])
  expect(shared.tightness).toBe(0.5)
  // the explainer itself keeps the note
  expect(api.current!.getState().annotations[0].text).toBe('Pain since March')

  box.click()
  expect(q(host, '[data-testid="include-notes-warning"]').textContent).toBe(en.ui.share.includeNotesWarning)
  button.click()
  await waitFor(() => writes.length === 2, 2000, 'second link')
  expect(fromQuery(new URL(writes[1]).search.slice(1)).state.annotations).toEqual([NOTE])
})

test('without notes there is no checkbox; an old link with note text still opens with it', async () => {
  const { host } = mount(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion height={160} />)
  await waitFor(() => host.querySelector('[data-action="share"]'), 5000, 'share button')
  expect(host.querySelector('[data-control="include-notes"]')).toBeNull()
  unmountAll()
  const old = fromQuery('v=1&t=0.5&a=p1,vertebraL4,0,0.01,0,Pain%20since%20March').state
  expect(old.annotations[0].text).toBe('Pain since March')
})

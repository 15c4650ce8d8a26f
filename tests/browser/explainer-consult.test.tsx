/**
 * Issue 13, items 5 and 6: the consult layout (`mode="consult"`) and the keyboard shortcuts.
 * At a tablet viewport every toolbar target is at least 44 × 44 CSS px (measured); a scenario tap
 * sets side, tightness and posture in one undo step and is marked pressed; compare draws in the
 * same canvas (one canvas, one WebGL context). `?` opens the shortcut overlay as a modal dialog,
 * Escape closes it and focus returns; the shortcut keys change the state while focus is inside the
 * explainer, and do nothing from a text field or from the host page. axe-clean in both.
 */
import { afterEach, expect, test } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { createRef } from 'react'
import { PsoasExplainer, type PsoasExplainerApi } from '../../src/components/PsoasExplainer.tsx'
import { LOWPOLY, mount, q, unmountAll, waitFor, wholeInRow } from './explainer-helpers.tsx'

afterEach(unmountAll)

const MISSING = '/models/does-not-exist.glb'
const axeViolations = async (el: Element) =>
  (await axe.run(el)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
const fields = (api: { current: PsoasExplainerApi | null }) => {
  const s = api.current!.getState()
  return { side: s.side, tightness: s.tightness, posture: s.posture }
}

test('tablet: consult toolbar targets ≥ 44 × 44 px; a scenario tap is one undo step and marked pressed; compare in one canvas and one WebGL context; axe-clean', async () => {
  await page.viewport(820, 1180)
  // every WebGL context this test creates
  const contexts = new Set<unknown>()
  const getContext = HTMLCanvasElement.prototype.getContext
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const c = (getContext as (t: string, ...r: unknown[]) => unknown).call(this, type, ...rest)
    if (c && type.startsWith('webgl')) contexts.add(c)
    return c
  } as typeof getContext
  try {
    const api = createRef<PsoasExplainerApi>()
    const { host } = mount(<PsoasExplainer ref={api} mode="consult" modelUrl={LOWPOLY} modelQuality="full" reducedMotion height={240} />, 800)
    const toolbar = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="consult-toolbar"]'), 5000, 'consult toolbar')
    expect(q(host, '.psoas-explainer').getAttribute('data-mode')).toBe('consult')
    expect(toolbar.getAttribute('aria-label')).toBe('Consultation')

    const buttons = [...toolbar.querySelectorAll('button')]
    expect(buttons.length).toBe(14)
    const sizes = buttons.map((b) => {
      const r = b.getBoundingClientRect()
      return { name: b.textContent, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 }
    })
    const small = sizes.filter((s) => s.width < 44 || s.height < 44)
    expect(small).toEqual([])
    console.info(`consult targets: min width ${Math.min(...sizes.map((s) => s.width))} px, min height ${Math.min(...sizes.map((s) => s.height))} px`)

    // the relaxed default is the active scenario
    const scenario = (id: string) => q<HTMLButtonElement>(toolbar, `[data-scenario="${id}"]`)
    expect(scenario('relaxed').getAttribute('aria-pressed')).toBe('true')
    expect(scenario('relaxed').textContent).toBe('Relaxed (normal)')
    expect(scenario('rightSevereSitting').textContent).toBe('Right side, severe, sitting')
    expect(scenario('rightSevereSitting').getAttribute('aria-keyshortcuts')).toBe('4')

    await userEvent.click(scenario('rightSevereSitting'))
    await waitFor(() => api.current!.getState().posture === 'sitting', 2000, 'scenario applied')
    expect(fields(api)).toEqual({ side: 'right', tightness: 1, posture: 'sitting' })
    await waitFor(() => scenario('rightSevereSitting').getAttribute('aria-pressed') === 'true', 2000, 'pressed')
    expect(toolbar.querySelectorAll('[data-scenario][aria-pressed="true"]')).toHaveLength(1)
    // one undo step back to where it was
    await userEvent.click(q(toolbar, '[data-action="undo"]'))
    await waitFor(() => api.current!.getState().posture === 'standing', 2000, 'undone')
    expect(fields(api)).toEqual({ side: 'both', tightness: 0, posture: 'standing' })
    // it was the only step: nothing more to undo
    await waitFor(() => q<HTMLButtonElement>(toolbar, '[data-action="undo"]').disabled, 2000, 'undo disabled')
    await userEvent.click(q(toolbar, '[data-action="redo"]'))
    await waitFor(() => api.current!.getState().posture === 'sitting', 2000, 'redone')
    expect(fields(api)).toEqual({ side: 'right', tightness: 1, posture: 'sitting' })

    // tightness steps go stop by stop
    await userEvent.click(q(toolbar, '[data-action="looser"]'))
    await waitFor(() => api.current!.getState().tightness === 0.66, 2000, 'one stop looser')
    expect(toolbar.querySelectorAll('[data-scenario][aria-pressed="true"]')).toHaveLength(0)

    // compare: drawn in the same canvas, one WebGL context
    await waitFor(() => host.querySelector('[data-3d="drawn"]'), 30_000, '3D view drawn')
    const compare = q<HTMLButtonElement>(toolbar, '[data-action="compare"]')
    await userEvent.click(compare)
    await waitFor(() => host.querySelector('[data-view="compare"]'), 20_000, 'compare pane')
    expect(compare.getAttribute('aria-pressed')).toBe('true')
    expect(api.current!.getState().compare).toEqual({ tightness: 0 })
    expect(host.querySelectorAll('canvas')).toHaveLength(1)
    // (the WebGL probe's 1 × 1 context is released at once: count the live ones)
    const live = [...contexts].filter((c) => !(c as WebGLRenderingContext).isContextLost()) as WebGLRenderingContext[]
    expect(live).toHaveLength(1)
    expect(live[0].canvas).toBe(host.querySelector('canvas'))

    expect(await axeViolations(host)).toEqual([])
  } finally {
    HTMLCanvasElement.prototype.getContext = getContext
  }
})

test('phone: each toolbar row is one line that scrolls sideways, so the view is on the first screen; the pressed scenario is scrolled into its row without scrolling the page; targets ≥ 44 × 44 px; axe-clean', async () => {
  await page.viewport(390, 844)
  // the explainer starts below the fold of a host page, on the last scenario
  const spacer = document.createElement('div')
  spacer.style.height = '1200px'
  document.body.prepend(spacer)
  try {
    const api = createRef<PsoasExplainerApi>()
    const { host } = mount(
      <PsoasExplainer ref={api} mode="consult" modelUrl={MISSING} defaultState={{ side: 'left', tightness: 0.66, posture: 'thomasTest' }} reducedMotion />,
      390,
    )
    const toolbar = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="consult-toolbar"]'), 5000, 'consult toolbar')
    const row = q(toolbar, '[data-control="scenarios"]')
    const last = q<HTMLButtonElement>(row, '[data-scenario="leftTightThomas"]')
    expect(last.getAttribute('aria-pressed')).toBe('true')
    // the page did not move; the row did
    expect(scrollY).toBe(0)
    expect(row.scrollLeft).toBeGreaterThan(0)
    expect(wholeInRow(last, row)).toBe(true)

    scrollTo(0, host.getBoundingClientRect().top + scrollY)
    const rows = [...toolbar.querySelectorAll<HTMLElement>(':scope > .psoas-consult__row')]
    expect(rows).toHaveLength(2)
    for (const r of rows) {
      // one line, wider than the screen: it scrolls
      const middles = new Set([...r.querySelectorAll('button')].map((b) => Math.round((b.getBoundingClientRect().top + b.getBoundingClientRect().bottom) / 2)))
      expect(middles.size).toBe(1)
      expect(r.scrollWidth).toBeGreaterThan(r.clientWidth)
    }
    const tb = toolbar.getBoundingClientRect()
    const stage = q(host, '.psoas-explainer__stage').getBoundingClientRect()
    console.info(`phone consult toolbar: ${Math.round(tb.height)} px tall; view ${Math.round(stage.top - tb.top)}–${Math.round(stage.bottom - tb.top)} px under its top`)
    // two rows of 44 px targets with their gaps (six scenarios stacked took 600 px); the whole view on the screen with it
    expect(tb.height).toBeLessThanOrEqual(140)
    expect(stage.top).toBeGreaterThanOrEqual(tb.bottom - 1)
    expect(stage.bottom - tb.top).toBeLessThanOrEqual(844)

    const buttons = [...toolbar.querySelectorAll('button')]
    expect(buttons.length).toBe(14)
    const small = buttons.filter((b) => b.getBoundingClientRect().width < 44 || b.getBoundingClientRect().height < 44).map((b) => b.textContent)
    expect(small).toEqual([])

    // a key chooses the first scenario: it comes back into the row
    const first = q<HTMLButtonElement>(row, '[data-scenario="relaxed"]')
    expect(wholeInRow(first, row)).toBe(false)
    q<HTMLButtonElement>(toolbar, '[data-action="nerves"]').focus()
    await userEvent.keyboard('1')
    await waitFor(() => first.getAttribute('aria-pressed') === 'true', 2000, 'relaxed pressed')
    expect(fields(api)).toEqual({ side: 'both', tightness: 0, posture: 'standing' })
    await waitFor(() => wholeInRow(first, row), 2000, 'relaxed scrolled into its row')

    expect(await axeViolations(host)).toEqual([])
  } finally {
    spacer.remove()
    scrollTo(0, 0)
    await page.viewport(820, 1180)
  }
})

test('shortcuts: ? opens the overlay (modal, focus inside, viewer keys from the catalog), Escape closes it and focus returns; keys change the state; nothing from a text field or the host page; axe-clean', async () => {
  const api = createRef<PsoasExplainerApi>()
  const outside = document.createElement('button')
  outside.textContent = 'Host page button'
  document.body.append(outside)
  try {
    const { host } = mount(<PsoasExplainer ref={api} mode="consult" modelUrl={MISSING} reducedMotion height={160} />)
    const toolbar = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="consult-toolbar"]'), 5000, 'consult toolbar')
    const start = q<HTMLButtonElement>(toolbar, '[data-scenario="relaxed"]')
    start.focus()

    await userEvent.keyboard('?')
    const dialog = q<HTMLDialogElement>(host, '[data-testid="shortcuts-dialog"]')
    await waitFor(() => dialog.open, 2000, 'overlay open')
    expect(dialog.matches(':modal')).toBe(true)
    expect(dialog.contains(document.activeElement)).toBe(true)
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Keyboard shortcuts')
    const row = (id: string) => [...q(dialog, `[data-shortcut="${id}"]`).querySelectorAll('td')].map((td) => td.textContent)
    expect(row('scenario:rightSevereSitting')).toEqual(['4', 'Show: Right side, severe, sitting'])
    expect(row('looser')).toEqual(['Shift + T', 'Less tight by one step'])
    expect(row('redo')).toEqual(['Ctrl + Shift + Z or Ctrl + Y', 'Redo'])
    expect(row('viewer:orbit')).toEqual(['← → ↑ ↓', 'Turn the model'])
    expect(row('viewer:resetCamera')).toEqual(['Home', 'Back to the starting view'])
    expect(await axeViolations(host)).toEqual([])
    // keys do nothing while the overlay is open
    await userEvent.keyboard('4')
    expect(api.current!.getState().posture).toBe('standing')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => !dialog.open, 2000, 'overlay closed')
    await waitFor(() => document.activeElement === start, 2000, 'focus back on the button')

    // the shortcut keys
    await userEvent.keyboard('4')
    await waitFor(() => api.current!.getState().posture === 'sitting', 2000, '4: right, severe, sitting')
    expect(fields(api)).toEqual({ side: 'right', tightness: 1, posture: 'sitting' })
    await userEvent.keyboard('{Shift>}T{/Shift}')
    await waitFor(() => api.current!.getState().tightness === 0.66, 2000, 'Shift+T: looser')
    await userEvent.keyboard('t')
    await waitFor(() => api.current!.getState().tightness === 1, 2000, 'T: tighter')
    await userEvent.keyboard('c')
    await waitFor(() => api.current!.getState().compare !== null, 2000, 'C: compare on')
    const nerves = api.current!.getState().layers.nerves
    await userEvent.keyboard('n')
    await waitFor(() => api.current!.getState().layers.nerves === !nerves, 2000, 'N: nerves toggled')
    await userEvent.keyboard('{Control>}z{/Control}')
    await waitFor(() => api.current!.getState().layers.nerves === nerves, 2000, 'Ctrl+Z: undo')
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    await waitFor(() => api.current!.getState().layers.nerves === !nerves, 2000, 'Ctrl+Shift+Z: redo')
    await userEvent.keyboard('1')
    await waitFor(() => api.current!.getState().tightness === 0, 2000, '1: relaxed')

    // typed into a text field: text, not shortcuts
    api.current!.setState({ focus: 'psoasMajorRight' })
    const input = await waitFor(() => host.querySelector<HTMLInputElement>('.psoas-annotations__add input'), 2000, 'note field')
    const before = JSON.stringify(api.current!.getState())
    input.focus()
    await userEvent.keyboard('4tcn?')
    expect(input.value).toBe('4tcn?')
    expect(dialog.open).toBe(false)
    expect(JSON.stringify(api.current!.getState())).toBe(before)

    // from the host page: nothing
    outside.focus()
    await userEvent.keyboard('4?')
    expect(dialog.open).toBe(false)
    expect(JSON.stringify(api.current!.getState())).toBe(before)
  } finally {
    outside.remove()
  }
})

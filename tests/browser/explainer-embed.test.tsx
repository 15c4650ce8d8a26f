/**
 * Embedding without React: the <psoas-explainer> custom element (attributes, events, methods) and
 * the iframe page with its postMessage API.
 */
import { afterEach, expect, test } from 'vitest'
import { definePsoasExplainerElement } from '../../src/embed/element.tsx'
import { MESSAGE_SOURCE, parseEmbedMessage, type EmbedMessage } from '../../src/embed/messages.ts'
import { mountIframeExplainer } from '../../src/embed/iframe.tsx'
import type { SceneState } from '../../src/scene-state/types.ts'
import { getCatalog } from '../../src/content/index.ts'
import { LOWPOLY, q, waitFor } from './explainer-helpers.tsx'

const cleanups: Array<() => void> = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

interface ElementApi extends HTMLElement {
  getState(): SceneState
  setState(s: Partial<SceneState>): void
}

test('<psoas-explainer> renders from attributes, reports changes as events and takes setState', async () => {
  definePsoasExplainerElement()
  // defining twice is harmless
  expect(definePsoasExplainerElement()).toBe('psoas-explainer')
  const el = document.createElement('psoas-explainer') as ElementApi
  el.setAttribute('model-url', LOWPOLY)
  el.setAttribute('state', 't=0.66&s=r&p=sit')
  el.setAttribute('controls', 'minimal')
  el.setAttribute('locale', 'es')
  el.setAttribute('height', '160')
  el.setAttribute('reduced-motion', '')
  const changes: SceneState[] = []
  el.addEventListener('psoas-statechange', (e) => changes.push((e as CustomEvent<SceneState>).detail))
  let ready = false
  el.addEventListener('psoas-ready', () => (ready = true))
  document.body.append(el)
  cleanups.push(() => el.remove())

  const slider = await waitFor(() => el.querySelector<HTMLInputElement>('input[type="range"]'), 5000, 'slider')
  expect(slider.value).toBe('0.66')
  expect(el.getState().side).toBe('right')
  expect(el.getState().posture).toBe('sitting')
  expect(q(el, '.psoas-explainer').getAttribute('lang')).toBe('es')
  expect(q(el, '.psoas-explainer').dataset.controls).toBe('minimal')
  expect(q(el, '.psoas-explainer').textContent).toContain(getCatalog('es').ui.controls.tightness)

  el.setState({ tightness: 1 })
  await waitFor(() => changes.length > 0, 2000, 'psoas-statechange')
  expect(changes.at(-1)!.tightness).toBe(1)
  await waitFor(() => slider.value === '1', 2000, 'slider follows')
  await waitFor(() => ready, 30_000, 'psoas-ready')

  // an attribute change re-renders (theme)
  el.setAttribute('theme', 'dark')
  await waitFor(() => el.querySelector<HTMLElement>('.psoas-explainer')?.dataset.theme === 'dark', 2000, 'dark theme')
})

test('the iframe embed answers getState/setState/snapshot over postMessage and reports changes', async () => {
  // The embed code with a stand-in for its window: its parent records what is posted, and host
  // messages arrive as MessageEvents whose source is that parent (as in a real iframe).
  // (The served page /demo/embed.html only calls mountIframeExplainer(document.getElementById('app')).)
  const messages: EmbedMessage[] = []
  const origins: string[] = []
  // a MessagePort is a valid MessageEvent source; its postMessage is replaced by a recorder
  const parent = new MessageChannel().port1 as MessagePort & { postMessage: (data: unknown, origin: string) => void }
  Object.defineProperty(parent, 'postMessage', {
    value(data: unknown, origin: string) {
      origins.push(origin)
      const m = parseEmbedMessage(data)
      if (m) messages.push(m)
    },
  })
  const target = new EventTarget()
  const fakeWin = {
    parent,
    document: { referrer: 'https://clinic.example/page' },
    location: { search: '' },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  } as unknown as Window
  const container = document.createElement('div')
  container.style.width = '700px'
  document.body.append(container)
  const unmount = mountIframeExplainer(container, fakeWin, `?t=0.33&s=l&model=${encodeURIComponent(LOWPOLY)}&controls=minimal&height=200&motion=reduce`)
  cleanups.push(() => {
    unmount()
    container.remove()
  })
  const send = (data: Record<string, unknown>, source: unknown = parent) =>
    target.dispatchEvent(new MessageEvent('message', { data: { source: MESSAGE_SOURCE, ...data }, source: source as MessageEventSource }))

  await waitFor(() => messages.find((m) => m.type === 'ready'), 40_000, 'ready message')
  expect(container.querySelector('.psoas-explainer')?.getAttribute('data-controls')).toBe('minimal')
  // replies go only to the embedding page's origin
  expect(new Set(origins)).toEqual(new Set(['https://clinic.example']))

  send({ type: 'getState', id: 'q1' })
  const answer = await waitFor(() => messages.find((m): m is Extract<EmbedMessage, { type: 'state' }> => m.type === 'state' && m.id === 'q1'), 5000, 'state answer')
  expect(answer.state.tightness).toBe(0.33)
  expect(answer.state.side).toBe('left')
  // with the live description of that state (the page's language: English by default)
  expect(answer.description.startsWith('Standing: left psoas a little tight (33%). ')).toBe(true)

  send({ type: 'setState', state: { tightness: 1, posture: 'thomasTest' } })
  const change = await waitFor(
    () => messages.find((m): m is Extract<EmbedMessage, { type: 'stateChange' }> => m.type === 'stateChange' && m.state.tightness === 1),
    5000,
    'stateChange',
  )
  expect(change.state.posture).toBe('thomasTest')
  expect(change.description.startsWith('Thomas test: left psoas very tight (100%). ')).toBe(true)
  // ignored: a message from another window, and one without the protocol marker
  send({ type: 'setState', state: { tightness: 0 } }, window)
  target.dispatchEvent(new MessageEvent('message', { data: { type: 'setState', state: { tightness: 0 } }, source: parent }))
  send({ type: 'snapshot', id: 's1' })
  const snap = await waitFor(() => messages.find((m): m is Extract<EmbedMessage, { type: 'snapshot' }> => m.type === 'snapshot' && m.id === 's1'), 10_000, 'snapshot')
  expect(snap.dataUrl?.startsWith('data:image/png;base64,')).toBe(true)
  send({ type: 'getState', id: 'q2' })
  const after = await waitFor(() => messages.find((m): m is Extract<EmbedMessage, { type: 'state' }> => m.type === 'state' && m.id === 'q2'), 5000, 'state answer 2')
  expect(after.state.tightness).toBe(1)
})

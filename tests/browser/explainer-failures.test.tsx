/**
 * Failure paths of <PsoasExplainer> in real Chromium: a lost WebGL context (kept canvas, kind
 * contextLost, redrawn on restore, "Try again" only when the browser does not restore), 20 viewers
 * on one page, a model of another shape, corrupt, missing or too slow (injectable timeout), an
 * unmount while loading — with window 'error' and 'unhandledrejection' listened to throughout —
 * and the patient wording of each (details folded away, no "below" without anything below).
 */
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { createRef } from 'react'
import { PsoasExplainer, type PsoasExplainerApi, type PsoasExplainerError } from '../../src/components/PsoasExplainer.tsx'
import { LOWPOLY, mount, q, sleep, unmountAll, waitFor } from './explainer-helpers.tsx'

const uncaught: string[] = []
const onWindowError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`)
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(e.reason)}`)
beforeAll(() => {
  window.addEventListener('error', onWindowError)
  window.addEventListener('unhandledrejection', onRejection)
})
afterAll(() => {
  window.removeEventListener('error', onWindowError)
  window.removeEventListener('unhandledrejection', onRejection)
})
afterEach(async () => {
  unmountAll()
  vi.restoreAllMocks()
  // a rejection is reported a task after it happens
  await sleep(50)
  const seen = uncaught.splice(0)
  if (seen.length) throw new Error(`uncaught on the page:\n${seen.join('\n')}`)
})

/** Share of pixels in the canvas's central third that are far from its white background (the anatomy). */
function anatomyShare(canvas: HTMLCanvasElement): number {
  const c2d = new OffscreenCanvas(canvas.width, canvas.height).getContext('2d')!
  c2d.drawImage(canvas, 0, 0)
  const { width, height } = canvas
  const px = c2d.getImageData(0, 0, width, height).data
  let dark = 0
  let total = 0
  for (let y = Math.floor(height / 3); y < (2 * height) / 3; y += 2)
    for (let x = Math.floor(width / 3); x < (2 * width) / 3; x += 2) {
      const i = (y * width + x) * 4
      total++
      if (255 * 3 - (px[i] + px[i + 1] + px[i + 2]) > 90) dark++
    }
  return dark / total
}

/** The text of an alert outside its details disclosure (what a patient reads). */
const visible = (el: HTMLElement) => [...el.children].filter((c) => c.tagName !== 'DETAILS').map((c) => c.textContent).join(' ')
const view = (host: Element) => q(host, '.psoas-explainer__view')
const drawn = (host: Element) => view(host).dataset['3d'] === 'drawn'

/** A valid glb (glTF 2.0 binary, JSON chunk only) of another model: one node "root", none of the joints. */
function otherModelGlb(): string {
  let json = JSON.stringify({ asset: { version: '2.0' }, scene: 0, scenes: [{ nodes: [0] }], nodes: [{ name: 'root' }] })
  while (json.length % 4) json += ' '
  const bytes = new Uint8Array(12 + 8 + json.length)
  const dv = new DataView(bytes.buffer)
  dv.setUint32(0, 0x46546c67, true) // "glTF"
  dv.setUint32(4, 2, true)
  dv.setUint32(8, bytes.length, true)
  dv.setUint32(12, json.length, true)
  dv.setUint32(16, 0x4e4f534a, true) // "JSON"
  bytes.set(new TextEncoder().encode(json), 20)
  return URL.createObjectURL(new Blob([bytes], { type: 'model/gltf-binary' }))
}

test('a lost WebGL context keeps the canvas, reports contextLost, and the view is drawn again when the browser restores it', async () => {
  const errors: PsoasExplainerError[] = []
  const { host } = mount(
    <PsoasExplainer modelUrl={LOWPOLY} reducedMotion controls="minimal" height={160} theme={{ canvasBackground: '#ffffff' }} onError={(e) => errors.push(e)} />,
    320,
  )
  await waitFor(() => drawn(host), 30_000, 'first frame')
  const canvas = q<HTMLCanvasElement>(host, 'canvas')
  expect(anatomyShare(canvas)).toBeGreaterThan(0.1)
  const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!
  ext.loseContext()
  const notice = await waitFor(() => host.querySelector<HTMLElement>('[data-error="contextLost"]'), 5000, 'context-lost notice')
  expect(notice.textContent).toContain('The 3D view stopped for a moment and is starting again.')
  expect(view(host).dataset['3d']).toBe('restoring')
  expect(errors.map((e) => e.kind)).toEqual(['contextLost'])
  // the browser is expected to restore it: no button yet, and the canvas stays
  expect(notice.querySelector('button')).toBeNull()
  await sleep(1500)
  expect(host.querySelector('canvas')).toBe(canvas)
  ext.restoreContext()
  await waitFor(() => host.querySelector('[data-error]') === null, 5000, 'notice gone')
  expect(view(host).dataset['3d']).toBe('drawn')
  expect(host.querySelector('canvas')).toBe(canvas)
  expect(canvas.getContext('webgl2')!.isContextLost()).toBe(false)
  // drawn again by itself: a restored context starts empty, so anatomy in the centre means a new frame
  await waitFor(() => anatomyShare(canvas) > 0.1, 10_000, 'anatomy drawn again')
  expect(errors.map((e) => e.kind)).toEqual(['contextLost'])
})

test('when the browser does not restore the context, "Try again" appears after the timeout and gives a new canvas', async () => {
  const errors: PsoasExplainerError[] = []
  const { host } = mount(
    <PsoasExplainer modelUrl={LOWPOLY} reducedMotion controls="none" height={120} timeouts={{ contextRestore: 400 }} onError={(e) => errors.push(e)} />,
    320,
  )
  await waitFor(() => drawn(host), 30_000, 'first frame')
  const canvas = q<HTMLCanvasElement>(host, 'canvas')
  canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext()
  const button = await waitFor(() => host.querySelector<HTMLButtonElement>('[data-error="contextLost"] button'), 5000, 'Try again')
  expect(button.textContent).toBe('Try again')
  expect(q(host, '[data-error="contextLost"]').textContent).toContain('The 3D view stopped and did not start again by itself.')
  expect(view(host).dataset['3d']).toBe('lost')
  await userEvent.click(button)
  await waitFor(() => drawn(host), 30_000, 'drawn again')
  const fresh = q<HTMLCanvasElement>(host, 'canvas')
  expect(fresh).not.toBe(canvas)
  expect(fresh.getContext('webgl2')!.isContextLost()).toBe(false)
  expect(errors.map((e) => e.kind)).toEqual(['contextLost'])
})

test('20 viewers on one page: each one scrolled to is drawn, none loses its context', async () => {
  let lost = 0
  const onLost = () => lost++
  document.addEventListener('webglcontextlost', onLost, true)
  try {
    const hosts = Array.from({ length: 20 }, () => mount(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion controls="none" height={140} />, 240).host)
    for (const [i, host] of hosts.entries()) {
      host.scrollIntoView({ block: 'center' })
      await waitFor(() => drawn(host), 30_000, `viewer ${i + 1} drawn`)
    }
    // far away viewers hold no canvas (and so no WebGL context)
    const canvases = document.querySelectorAll('canvas').length
    expect(canvases).toBeLessThanOrEqual(8)
    hosts[0].scrollIntoView({ block: 'center' })
    await waitFor(() => drawn(hosts[0]), 30_000, 'the first viewer drawn again')
    expect(hosts.filter((h) => h.querySelector('[data-error]') !== null)).toHaveLength(0)
    expect(lost).toBe(0)
  } finally {
    document.removeEventListener('webglcontextlost', onLost, true)
  }
}, 240_000)

test('snapshot() of a viewer far off screen (no canvas yet) rejects with a clear error; scrolled to, it gives a PNG', async () => {
  const api = createRef<PsoasExplainerApi>()
  const spacer = mount(<div style={{ height: 4000 }} />, 240)
  const m = mount(<PsoasExplainer ref={api} modelUrl={LOWPOLY} reducedMotion controls="none" height={140} />, 240)
  await waitFor(() => api.current, 5000, 'the API')
  expect(m.host.querySelector('canvas')).toBeNull()
  const error = await api.current!.snapshot().then(
    () => null,
    (e: PsoasExplainerError) => e,
  )
  expect(error?.name).toBe('PsoasExplainerError')
  expect(error?.kind).toBe('render')
  expect(error?.message).toMatch(/3D view is not available \(not scrolled into view yet/)
  m.host.scrollIntoView({ block: 'center' })
  await waitFor(() => drawn(m.host), 30_000, 'drawn once on screen')
  const png = await api.current!.snapshot()
  expect(png.type).toBe('image/png')
  spacer.unmount()
}, 60_000)

test('a valid glb of another model (nodes missing): plain message, detail folded away and in onError, no uncaught error', async () => {
  const url = otherModelGlb()
  const errors: PsoasExplainerError[] = []
  const { host } = mount(<PsoasExplainer modelUrl={url} reducedMotion height={120} onError={(e) => errors.push(e)} />)
  const alert = await waitFor(() => host.querySelector<HTMLElement>('[role="alert"][data-error="modelLoad"]'), 30_000, 'error panel')
  expect(q(alert, 'strong').textContent).toBe('Sorry, the 3D model could not be shown.')
  const details = q<HTMLDetailsElement>(alert, 'details')
  expect(details.open).toBe(false)
  expect(q(details, 'summary').textContent).toBe('Technical details')
  expect(details.textContent).toMatch(/node "\w+" is missing/)
  expect(errors).toHaveLength(1)
  expect(errors[0].kind).toBe('modelLoad')
  expect(errors[0].message).toMatch(/node "\w+" is missing/)
  URL.revokeObjectURL(url)
})

test('a missing and a corrupt model: plain message; with controls="none" no hint points "below"', async () => {
  const corrupt = URL.createObjectURL(new Blob([new Uint8Array([0x67, 0x6c, 0x54, 0x46, 2, 0, 0, 0, 9, 9, 9])]))
  const a = mount(<PsoasExplainer modelUrl="/models/does-not-exist.glb" reducedMotion height={120} controls="none" />).host
  const b = mount(<PsoasExplainer modelUrl={corrupt} reducedMotion height={120} controls="minimal" />).host
  const alertA = await waitFor(() => a.querySelector<HTMLElement>('[role="alert"][data-error="modelLoad"]'), 30_000, 'missing')
  const alertB = await waitFor(() => b.querySelector<HTMLElement>('[role="alert"][data-error="modelLoad"]'), 30_000, 'corrupt')
  // the message a patient reads holds no status code, file name or parser words
  expect(visible(alertA)).toBe('Sorry, the 3D model could not be shown. Try again')
  expect(visible(alertB)).toBe('Sorry, the 3D model could not be shown. The controls below still work and describe each change in words. Try again')
  // (the dev server answers a missing file with its HTML page: the parser's words stay in the details)
  expect(q(alertA, 'details').textContent).toContain('is not valid JSON')
  expect(alertA.textContent).not.toMatch(/below/)
  URL.revokeObjectURL(corrupt)
})

test('a model that does not arrive: an indeterminate bar that says so, then after the (injected) timeout a retry that loads it', async () => {
  const original = window.fetch.bind(window)
  const slow = `${LOWPOLY}?slow=${Date.now()}`
  const stalled = vi.spyOn(window, 'fetch').mockImplementation((input, init) =>
    String(input instanceof Request ? input.url : input).includes('slow=') ? new Promise<Response>(() => undefined) : original(input, init),
  )
  const errors: PsoasExplainerError[] = []
  const { host } = mount(<PsoasExplainer modelUrl={slow} reducedMotion height={120} timeouts={{ load: 500 }} onError={(e) => errors.push(e)} />)
  const loading = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="loading"]'), 5000, 'loading')
  expect(loading.textContent).toBe('Loading the 3D model… (we cannot tell how long it will take)')
  expect(q<HTMLProgressElement>(loading, 'progress').position).toBe(-1) // indeterminate
  const alert = await waitFor(() => host.querySelector<HTMLElement>('[role="alert"][data-error="timeout"]'), 5000, 'timeout')
  expect(q(alert, 'strong').textContent).toBe('The 3D model is taking too long to load. Your connection may be slow.')
  expect(errors.map((e) => e.kind)).toEqual(['timeout'])
  stalled.mockRestore()
  await userEvent.click(q(alert, 'button'))
  await waitFor(() => drawn(host), 30_000, 'drawn after retry')
})

test('unmounting while the model loads aborts its download, and unmounting right after a context loss throws nothing', async () => {
  const url = `${LOWPOLY}?abort=${Date.now()}`
  const original = window.fetch.bind(window)
  const signals: AbortSignal[] = []
  // a download that takes long, and ends as a real fetch does when its signal aborts
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    if (!String(input instanceof Request ? input.url : input).includes('abort=')) return original(input, init)
    const signal = init!.signal!
    signals.push(signal)
    return new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('The user aborted a request.', 'AbortError'))))
  })
  const first = mount(<PsoasExplainer modelUrl={url} reducedMotion height={120} />)
  await waitFor(() => signals.length === 1, 5000, 'download started')
  first.unmount()
  await waitFor(() => signals[0].aborted, 2000, 'download aborted')
  vi.restoreAllMocks()
  const second = mount(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion height={120} controls="none" />)
  await waitFor(() => drawn(second.host), 30_000, 'drawn')
  q<HTMLCanvasElement>(second.host, 'canvas').getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext()
  second.unmount()
  // R3F releases the lost canvas meanwhile
  await sleep(1500)
})

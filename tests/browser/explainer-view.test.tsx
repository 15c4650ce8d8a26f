/**
 * <PsoasExplainer> around its 3D view in real Chromium: failures leave a working text explainer
 * (missing or corrupt model, no WebGL), axe-core finds no violations, snapshot() gives a PNG.
 */
import { afterEach, expect, test, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { createRef } from 'react'
import { PsoasExplainer, type PsoasExplainerApi, type PsoasExplainerError } from '../../src/components/PsoasExplainer.tsx'
import { resetWebGLProbe } from '../../src/platform/webgl.ts'
import { getCatalog } from '../../src/content/index.ts'
import { LOWPOLY, mount, q, unmountAll, waitFor, withoutWebGL } from './explainer-helpers.tsx'

afterEach(() => {
  unmountAll()
  vi.restoreAllMocks()
  resetWebGLProbe()
})

const en = getCatalog('en')
const liveText = (host: Element) => q(host, '[data-testid="live-text"]').textContent ?? ''

async function expectTextStillWorks(host: HTMLElement, api: PsoasExplainerApi) {
  // the panel is a lazy chunk: a model that fails fast (a 404) can fail before it has arrived
  const slider = await waitFor(() => host.querySelector<HTMLInputElement>('input[type="range"]'), 10_000, 'the slider')
  slider.focus()
  await userEvent.keyboard('{End}')
  await waitFor(() => api.getState().tightness === 1, 2000, 'slider after error')
  // literal: the teaching model at full tightness on both sides, standing (anatomy-reference §5)
  const severe =
    'Standing: both psoas muscles very tight (100%). Once the hip has no room left, the shorter muscle pulls on the spine: in this teaching model the lower-back curve deepens from 51° to 63° and the pelvis tips forward 12°. The muscle’s tension presses the spine together, so pressure in the L4–L5 disc rises from about 0.50 MPa (a measured example from one person) to 0.70 MPa (a teaching estimate). With this tension, the femoral and obturator nerves could be irritated where they run through or beside the psoas; this may be felt in the front of the thigh, the inner front of the thigh and the inner thigh. This is a common explanation, not a proven cause.'
  await waitFor(() => liveText(host) === severe, 3000, 'live text after error')
  expect(q(host, '[data-row="disc"] [data-col="now"]').textContent).toBe('0.70 MPa')
  // the body map lists where symptoms may be felt, in words
  expect(q(host, '.psoas-bodymap__list').textContent).toContain(en.bodyMap.regions.anteriorThigh)
}

test('a missing model shows a clear message, calls onError once, and the text explainer still works', async () => {
  const errors: PsoasExplainerError[] = []
  const api = createRef<PsoasExplainerApi>()
  const { host } = mount(
    <PsoasExplainer ref={api} modelUrl="/models/does-not-exist.glb" reducedMotion height={160} onError={(e) => errors.push(e)} />,
  )
  const alert = await waitFor(() => host.querySelector<HTMLElement>('[role="alert"][data-error]'), 20_000, 'error panel')
  expect(alert.dataset.error).toBe('modelLoad')
  expect(alert.textContent).toContain(en.ui.errors.modelLoad)
  expect(alert.textContent).toContain(en.ui.errors.textOnlyHint)
  expect(errors).toHaveLength(1)
  expect(errors[0].kind).toBe('modelLoad')
  expect(host.querySelector('canvas')).toBeNull()
  await expectTextStillWorks(host, api.current!)
  // snapshot() rejects with a clear error instead of throwing synchronously
  await expect(api.current!.snapshot()).rejects.toThrow(/not available/)
  // a retry button is offered
  expect([...alert.querySelectorAll('button')].map((b) => b.textContent)).toContain(en.ui.errors.retry)
})

test('a corrupt model file gives the same error state (no crash of the host page)', async () => {
  const bad = URL.createObjectURL(new Blob([new Uint8Array([0x67, 0x6c, 0x54, 0x46, 2, 0, 0, 0, 9, 9, 9])], { type: 'model/gltf-binary' }))
  const errors: PsoasExplainerError[] = []
  const pageErrors: unknown[] = []
  const onWinError = (e: ErrorEvent) => pageErrors.push(e.error)
  window.addEventListener('error', onWinError)
  const sibling = document.createElement('p')
  sibling.textContent = 'host page content'
  document.body.append(sibling)
  try {
    const { host } = mount(<PsoasExplainer modelUrl={bad} reducedMotion height={160} onError={(e) => errors.push(e)} />)
    const alert = await waitFor(() => host.querySelector<HTMLElement>('[role="alert"][data-error]'), 20_000, 'error panel')
    expect(alert.dataset.error).toBe('modelLoad')
    expect(errors.map((e) => e.kind)).toEqual(['modelLoad'])
    expect(document.body.contains(sibling)).toBe(true)
    expect(host.querySelector('input[type="range"]')).not.toBeNull()
  } finally {
    window.removeEventListener('error', onWinError)
    sibling.remove()
    URL.revokeObjectURL(bad)
  }
})

test('without WebGL the explainer says so and works as text only', async () => {
  withoutWebGL()
  const errors: PsoasExplainerError[] = []
  const api = createRef<PsoasExplainerApi>()
  const { host } = mount(<PsoasExplainer ref={api} modelUrl={LOWPOLY} reducedMotion height={160} onError={(e) => errors.push(e)} />)
  const alert = await waitFor(() => host.querySelector<HTMLElement>('[role="alert"][data-error]'), 5000, 'error panel')
  expect(alert.dataset.error).toBe('noWebgl')
  expect(alert.textContent).toContain(en.ui.errors.noWebgl)
  await waitFor(() => errors.length === 1, 2000, 'onError')
  expect(errors[0].kind).toBe('noWebgl')
  expect(host.querySelector('canvas')).toBeNull()
  await expectTextStillWorks(host, api.current!)
})

test('axe-core finds no accessibility violations (full controls, a chapter open, compare on, error state)', async () => {
  const { host } = mount(
    <PsoasExplainer
      modelUrl="/models/does-not-exist.glb"
      reducedMotion
      height={160}
      defaultState={{ tightness: 0.66, side: 'right', chapter: 'nerves', focus: 'femoralRight', compare: { tightness: 0 } }}
    />,
  )
  await waitFor(() => host.querySelector('[role="alert"][data-error]'), 20_000, 'error panel')
  await waitFor(() => host.querySelector('[data-chapter="nerves"]'), 2000, 'chapter')
  const result = await axe.run(host)
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('axe-core: the loaded explainer in the dark theme with minimal controls', async () => {
  let ready = false
  const { host } = mount(
    <PsoasExplainer modelUrl={LOWPOLY} theme="dark" controls="minimal" reducedMotion height={160} defaultState={{ tightness: 1 }} onReady={() => (ready = true)} />,
  )
  await waitFor(() => ready, 30_000, 'onReady')
  expect(host.querySelector('canvas')).not.toBeNull()
  expect(host.querySelector('[data-testid="loading"]')).toBeNull()
  const result = await axe.run(host)
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('onReady fires once the model is shown; snapshot() returns a PNG of the anatomy on the background', async () => {
  const api = createRef<PsoasExplainerApi>()
  let readyCalls = 0
  const { host } = mount(
    <PsoasExplainer
      ref={api}
      modelUrl={LOWPOLY}
      reducedMotion
      controls="none"
      height={240}
      theme={{ canvasBackground: '#ffffff' }}
      defaultState={{ tightness: 1, layers: { bones: true, discs: true, muscles: true, nerves: false, forces: false, labels: false, outline: false } }}
      onReady={() => readyCalls++}
    />,
    320,
  )
  await waitFor(() => readyCalls > 0, 30_000, 'onReady')
  expect(host.querySelector('[data-testid="loading"]')).toBeNull()
  const blob = await api.current!.snapshot()
  expect(blob.type).toBe('image/png')
  const bytes = new Uint8Array(await blob.arrayBuffer())
  expect(Array.from(bytes.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const bmp = await createImageBitmap(blob)
  const canvas = host.querySelector('canvas')!
  expect(bmp.width).toBe(canvas.width)
  // the canvas image on top, the caption band (what is shown + the disclaimer) under it
  expect(bmp.height).toBeGreaterThan(canvas.height)
  const c2d = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!
  c2d.drawImage(bmp, 0, 0)
  const px = c2d.getImageData(0, 0, bmp.width, bmp.height).data
  const at = (x: number, y: number) => Array.from(px.subarray((y * bmp.width + x) * 4, (y * bmp.width + x) * 4 + 3))
  // a corner is the white background
  for (const v of at(2, 2)) expect(v).toBeGreaterThan(245)
  // the central third holds the anatomy: many pixels far from white
  let dark = 0
  let total = 0
  for (let y = Math.floor(canvas.height / 3); y < (2 * canvas.height) / 3; y += 2)
    for (let x = Math.floor(bmp.width / 3); x < (2 * bmp.width) / 3; x += 2) {
      total++
      const [r, g, b] = at(x, y)
      if (255 * 3 - (r + g + b) > 90) dark++
    }
  expect(dark / total).toBeGreaterThan(0.1)
  // it is called once, however many renders happen afterwards
  await new Promise((r) => setTimeout(r, 200))
  expect(readyCalls).toBe(1)
})

test('the model loads with a progress bar that reaches 100 %, downloaded once for the view', async () => {
  // a URL of its own, so that no earlier test has the model in the cache
  const url = `${LOWPOLY}?progress=${Date.now()}`
  const seen: string[] = []
  const texts: string[] = []
  let ready = false
  const { host } = mount(<PsoasExplainer modelUrl={url} reducedMotion controls="none" height={160} onReady={() => (ready = true)} />)
  const loading = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="loading"]'), 5000, 'loading bar')
  const record = () => {
    const el = host.querySelector<HTMLElement>('[data-testid="loading"]')
    if (!el) return
    seen.push(el.dataset.progress ?? '')
    texts.push(el.querySelector('span')?.textContent ?? '')
  }
  record()
  const obs = new MutationObserver(record)
  obs.observe(loading, { attributes: true, subtree: true, childList: true, characterData: true })
  await waitFor(() => ready, 30_000, 'onReady')
  obs.disconnect()
  expect(host.querySelector('[data-testid="loading"]')).toBeNull()
  // the dev server sends Content-Length: the bar is determinate and ends full
  const numbers = seen.filter((v) => v !== 'unknown').map(Number)
  expect(numbers.length).toBeGreaterThan(0)
  expect(numbers.at(-1)).toBe(1)
  for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBeGreaterThanOrEqual(numbers[i - 1])
  expect(texts.at(-1)).toBe(en.ui.loadingProgress.replace('{percent}', '100'))
  // one download of the glb, although both the loading bar and the 3D view needed it
  const fetched = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url))
  expect(fetched).toHaveLength(1)
  expect(host.querySelector('canvas')).not.toBeNull()
})

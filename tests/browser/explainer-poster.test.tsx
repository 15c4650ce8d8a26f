/**
 * The poster of <PsoasExplainer> in real Chromium: shown at once and kept while the model loads
 * (the download is held back), gone once the first frame is drawn; its pixels, placed where the
 * view shows it, match the 3D view's first frame (and differ clearly from a severe pose or another
 * camera preset, so the comparison can fail); shown with the message without WebGL and with a missing
 * model; none with poster={false} or while the state is not what a poster shows; the dark theme's
 * own poster; a host's poster URL.
 */
import { afterEach, expect, test, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { PosterPreload } from '../../src/components/ViewPoster.tsx'
import { POSTER_MIN_ASPECT, POSTER_STATE } from '../../src/components/poster.ts'
import { CAMERA_PRESETS } from '../../src/scene-state/types.ts'
import { resetWebGLProbe } from '../../src/platform/webgl.ts'
import { getCatalog } from '../../src/content/index.ts'
import type { SceneState } from '../../src/scene-state/types.ts'
import { LOWPOLY, mount, q, sleep, unmountAll, waitFor, withoutWebGL } from './explainer-helpers.tsx'

const REAL = '/models/lumbar-psoas.glb'
const en = getCatalog('en')

afterEach(() => {
  unmountAll()
  vi.restoreAllMocks()
  resetWebGLProbe()
})

const view = (host: Element) => q(host, '.psoas-explainer__view')
const posterImg = (host: Element) => host.querySelector<HTMLImageElement>('[data-testid="poster"] img')
const drawn = (host: Element) => view(host).dataset['3d'] === 'drawn'
const shownImage = (img: HTMLImageElement | null) => img !== null && img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().height > 0

/** Holds back every response to a .glb request by `ms` (the model download), passing the rest through. */
function delayModels(ms: number) {
  const original = window.fetch.bind(window)
  vi.spyOn(window, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (/\.glb(\?|$)/.test(url)) await sleep(ms)
    return original(input, init)
  })
}

/** A shown poster and where it was in the view (CSS px, relative to the view). */
interface ShownPoster {
  img: HTMLImageElement
  x: number
  y: number
  width: number
  height: number
  viewWidth: number
  viewHeight: number
}

function shownPoster(host: Element): ShownPoster | null {
  const img = posterImg(host)
  if (!shownImage(img)) return null
  const v = view(host).getBoundingClientRect()
  const r = img!.getBoundingClientRect()
  return { img: img!, x: r.left - v.left, y: r.top - v.top, width: r.width, height: r.height, viewWidth: v.width, viewHeight: v.height }
}

/** Pixels of the view as it looked with only the poster: the view's background, the poster where it was. */
function posterPixels(p: ShownPoster, background: string, width: number, height: number): ImageData {
  const c2d = new OffscreenCanvas(width, height).getContext('2d')!
  c2d.fillStyle = background
  c2d.fillRect(0, 0, width, height)
  const sx = width / p.viewWidth
  const sy = height / p.viewHeight
  c2d.drawImage(p.img, p.x * sx, p.y * sy, p.width * sx, p.height * sy)
  return c2d.getImageData(0, 0, width, height)
}

function canvasPixels(canvas: HTMLCanvasElement): ImageData {
  const c2d = new OffscreenCanvas(canvas.width, canvas.height).getContext('2d')!
  c2d.drawImage(canvas, 0, 0)
  return c2d.getImageData(0, 0, canvas.width, canvas.height)
}

/** RGB of an image through a 3×3 box filter: what is compared is the picture, not each edge pixel's antialiasing or resampling. */
function smoothed(d: ImageData): Float32Array {
  const { width: w, height: h, data } = d
  const out = new Float32Array(w * h * 3)
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      for (let c = 0; c < 3; c++) {
        let sum = 0
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const xx = Math.min(w - 1, Math.max(0, x + dx))
            const yy = Math.min(h - 1, Math.max(0, y + dy))
            sum += data[(yy * w + xx) * 4 + c]
          }
        out[(y * w + x) * 3 + c] = sum / 9
      }
  return out
}

/**
 * Mean absolute difference per channel (0..255) of the smoothed images over the pixels where either
 * shows anatomy (differs from the background by more than 24 in some channel), and that region's
 * share of the image.
 */
function difference(a: ImageData, b: ImageData, background: [number, number, number]) {
  expect([a.width, a.height]).toEqual([b.width, b.height])
  const sa = smoothed(a)
  const sb = smoothed(b)
  let sum = 0
  let n = 0
  const off = (d: Uint8ClampedArray, i: number) =>
    Math.abs(d[i] - background[0]) > 24 || Math.abs(d[i + 1] - background[1]) > 24 || Math.abs(d[i + 2] - background[2]) > 24
  for (let p = 0; p < a.width * a.height; p++) {
    if (!off(a.data, p * 4) && !off(b.data, p * 4)) continue
    n++
    for (let c = 0; c < 3; c++) sum += Math.abs(sa[p * 3 + c] - sb[p * 3 + c])
  }
  return { mad: n ? sum / (3 * n) : 0, anatomyShare: n / (a.width * a.height) }
}

const f = (x: number) => x.toFixed(2)

const rgb = (css: string): [number, number, number] => {
  const m = /rgba?\((\d+), (\d+), (\d+)/.exec(css)
  if (!m) throw new Error(`not an rgb colour: ${css}`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

/** Mounts the explainer (the real model) with no controls at 820×500 CSS px (not the poster's 4:3); the poster as shown, and the first drawn frame. */
async function firstFrame(state: Partial<SceneState>, quality: 'full' | 'low' | 'auto' = 'auto') {
  const m = mount(<PsoasExplainer modelUrl={REAL} modelQuality={quality} controls="none" reducedMotion height={500} defaultState={state} />, 820)
  // the poster as shown (if any) before the first frame
  let poster: ShownPoster | null = null
  await waitFor(() => (poster ??= shownPoster(m.host)) !== null || drawn(m.host), 60_000, 'poster or first frame')
  await waitFor(() => drawn(m.host), 60_000, 'first frame')
  const canvas = q<HTMLCanvasElement>(m.host, 'canvas')
  return { ...m, poster, frame: canvasPixels(canvas), canvas }
}

test('the poster shows at once, stays while the model loads, and is gone once the first frame is drawn', async () => {
  delayModels(1500)
  const t0 = performance.now()
  const { host } = mount(<PsoasExplainer modelUrl={`${REAL}?poster-load`} controls="none" reducedMotion height={400} />, 640)
  const img = await waitFor(() => (shownImage(posterImg(host)) ? posterImg(host) : null), 1200, 'poster shown before the model arrives')
  const shownAfterMs = performance.now() - t0
  // a bare explainer opens on the side view (OPENING_STATE), and its poster with it
  expect(img.getAttribute('src')).toBe('/models/poster/lumbar-psoas-side-light.webp')
  expect([img.naturalWidth, img.naturalHeight]).toEqual([800, 600])
  expect(img.alt).toBe('Still picture of the lower back, pelvis, relaxed psoas muscles and nerves, standing. View: Side.')
  // scaled to the view's height, centred
  const v = view(host).getBoundingClientRect()
  const r = img.getBoundingClientRect()
  expect(Math.abs(r.height - v.height)).toBeLessThan(1)
  expect(Math.abs(r.left + r.width / 2 - (v.left + v.width / 2))).toBeLessThan(1)
  expect(view(host).dataset['3d']).toBe('loading')
  expect(host.querySelector('canvas')).toBeNull()
  expect(host.querySelector('[data-testid="loading"]')).not.toBeNull()
  // every sample until the first frame still has the poster; the first drawn one has none
  const samples: { state: string; poster: boolean }[] = []
  await waitFor(() => {
    samples.push({ state: view(host).dataset['3d'] ?? '', poster: posterImg(host) !== null })
    return drawn(host)
  }, 60_000, 'first frame')
  const beforeFrame = samples.filter((s) => s.state !== 'drawn')
  expect(beforeFrame.length).toBeGreaterThan(5)
  expect(beforeFrame.filter((s) => !s.poster)).toEqual([])
  await sleep(100)
  expect(posterImg(host)).toBeNull()
  expect(host.querySelector('[data-testid="poster"]')).toBeNull()
  console.info(`poster shown after ${Math.round(shownAfterMs)} ms; first frame after ${Math.round(performance.now() - t0)} ms (model held back 1.5 s)`)
}, 90_000)

test("the poster's pixels match the 3D view's first frame; a severe pose or another preset differs clearly", async () => {
  // the full model (the poster's source), as hardware WebGL draws it by default
  const same = await firstFrame(POSTER_STATE, 'full')
  expect(same.poster, 'the poster was shown before the first frame').not.toBeNull()
  // the poster where it was shown in this view (820×500 CSS px: scaled from 800×600 to the view's height)
  const backgroundCss = getComputedStyle(q(same.host, '.psoas-explainer__stage')).backgroundColor
  const background = rgb(backgroundCss)
  const { width, height } = same.canvas
  const expected = posterPixels(same.poster!, backgroundCss, width, height)
  const match = difference(expected, same.frame, background)
  same.unmount()
  // the low-poly model, which modelQuality 'auto' picks on software WebGL (this machine)
  const low = await firstFrame(POSTER_STATE, 'auto')
  const lowDiff = difference(expected, low.frame, background)
  low.unmount()
  // the default state with its labels (the poster leaves them to the 3D view)
  const labelled = await firstFrame({}, 'full')
  const withLabels = difference(expected, labelled.frame, background)
  labelled.unmount()
  const severe = await firstFrame({ ...POSTER_STATE, tightness: 1 }, 'full')
  expect(severe.poster, 'no poster for a state it does not show').toBeNull()
  const severeDiff = difference(expected, severe.frame, background)
  severe.unmount()
  const side = await firstFrame({ ...POSTER_STATE, camera: 'side' }, 'full')
  const sideDiff = difference(expected, side.frame, background)
  side.unmount()

  console.info(
    `poster vs first frame (${width}×${height} px, mean abs. difference per channel over the anatomy, 3×3 smoothed): same state ${f(match.mad)} ` +
      `(anatomy ${(match.anatomyShare * 100).toFixed(1)} % of the view); low-poly model ${f(lowDiff.mad)}; default state with labels ${f(withLabels.mad)}; ` +
      `severe ${f(severeDiff.mad)}; side preset ${f(sideDiff.mad)}`,
  )
  expect(match.anatomyShare).toBeGreaterThan(0.05)
  expect(match.mad).toBeLessThan(5)
  expect(lowDiff.mad).toBeLessThan(9)
  expect(severeDiff.mad).toBeGreaterThan(Math.max(4 * match.mad, 10))
  expect(sideDiff.mad).toBeGreaterThan(Math.max(4 * match.mad, 10))
}, 240_000)

test('every built-in poster matches the first frame of its camera preset (light and dark)', async () => {
  // a poster left behind by a change to the model, the presets, the lights or the colours fails here: `npm run poster`
  const results: string[] = []
  for (const [camera, theme] of [['side', 'light'], ['back', 'light'], ['oblique', 'light'], ['top', 'light'], ['front', 'dark']] as const) {
    const m = mount(<PsoasExplainer modelUrl={REAL} modelQuality="full" theme={theme} controls="none" reducedMotion height={500} defaultState={{ ...POSTER_STATE, camera }} />, 820)
    let poster: ShownPoster | null = null
    await waitFor(() => (poster ??= shownPoster(m.host)) !== null || drawn(m.host), 60_000, 'poster or first frame')
    await waitFor(() => drawn(m.host), 60_000, 'first frame')
    expect(poster, `${camera} ${theme}: the poster was shown before the first frame`).not.toBeNull()
    const shown = poster as unknown as ShownPoster
    expect(shown.img.getAttribute('src')).toBe(`/models/poster/lumbar-psoas-${camera}-${theme}.webp`)
    const canvas = q<HTMLCanvasElement>(m.host, 'canvas')
    const backgroundCss = getComputedStyle(q(m.host, '.psoas-explainer__stage')).backgroundColor
    const d = difference(posterPixels(shown, backgroundCss, canvas.width, canvas.height), canvasPixels(canvas), rgb(backgroundCss))
    results.push(`${camera}/${theme} ${f(d.mad)}`)
    expect(d.anatomyShare, `${camera} ${theme}`).toBeGreaterThan(0.03)
    expect(d.mad, `${camera} ${theme}: poster vs first frame`).toBeLessThan(5)
    m.unmount()
  }
  console.info(`posters vs first frames: ${results.join(', ')}`)
}, 240_000)

test("narrow views: down to each preset's POSTER_MIN_ASPECT the poster matches the first frame; narrower, its image is hidden (the camera moves back there)", async () => {
  const results: string[] = []
  for (const camera of CAMERA_PRESETS) {
    // just wider than the limit: shown, and still the first frame's picture
    const width = Math.ceil((POSTER_MIN_ASPECT[camera] + 0.02) * 500)
    const m = mount(<PsoasExplainer modelUrl={REAL} modelQuality="full" controls="none" reducedMotion height={500} defaultState={{ ...POSTER_STATE, camera }} />, width)
    let poster: ShownPoster | null = null
    await waitFor(() => (poster ??= shownPoster(m.host)) !== null || drawn(m.host), 60_000, 'poster or first frame')
    await waitFor(() => drawn(m.host), 60_000, 'first frame')
    expect(poster, `${camera} at ${width}×500: the poster was shown`).not.toBeNull()
    const canvas = q<HTMLCanvasElement>(m.host, 'canvas')
    const backgroundCss = getComputedStyle(q(m.host, '.psoas-explainer__stage')).backgroundColor
    const d = difference(posterPixels(poster as unknown as ShownPoster, backgroundCss, canvas.width, canvas.height), canvasPixels(canvas), rgb(backgroundCss))
    results.push(`${camera} ${width}×500 ${f(d.mad)}`)
    expect(d.mad, `${camera} at ${width}×500: poster vs first frame`).toBeLessThan(5)
    m.unmount()
    // narrower: the poster element is there (the state matches) but its image is not shown
    delayModels(60_000)
    const narrow = mount(<PsoasExplainer modelUrl={`${REAL}?narrow-${camera}`} controls="none" reducedMotion height={500} defaultState={{ ...POSTER_STATE, camera }} />, Math.floor((POSTER_MIN_ASPECT[camera] - 0.1) * 500))
    const img = await waitFor(() => posterImg(narrow.host), 5000, 'poster element')
    await waitFor(() => img.complete, 5000, 'poster loaded')
    expect(getComputedStyle(img).display, `${camera}: hidden when narrow`).toBe('none')
    expect(shownImage(img)).toBe(false)
    narrow.unmount()
    vi.restoreAllMocks()
  }
  console.info(`posters vs first frames in narrow views: ${results.join(', ')}`)
}, 240_000)

/** The image preload link the placeholder adds for `href`. */
const link = (href: string) => document.head.querySelector<HTMLLinkElement>(`link[rel="preload"][as="image"][href="${href}"]`)

test("PosterPreload (the explainer's placeholder while its text catalog loads) starts the poster's download for the state it will show", async () => {
  expect(link('/models/poster/lumbar-psoas-oblique-dark.webp')).toBeNull()
  mount(
    <>
      <PosterPreload poster={undefined} state={{ camera: 'oblique' }} modelUrl={REAL} theme="dark" />
      <PosterPreload poster={undefined} state={{ tightness: 1 }} modelUrl={REAL} theme="light" />
      <PosterPreload poster={false} state={{}} modelUrl={REAL} theme="light" />
    </>,
  )
  const preloaded = await waitFor(() => link('/models/poster/lumbar-psoas-oblique-dark.webp'), 2000, 'preload link')
  expect(preloaded.getAttribute('fetchpriority')).toBe('high')
  // nothing for a state no poster shows, nor with poster={false}
  expect([...document.head.querySelectorAll('link[rel="preload"][as="image"]')].map((l) => l.getAttribute('href'))).toEqual(['/models/poster/lumbar-psoas-oblique-dark.webp'])
})

test('without WebGL the view shows the poster with the message', async () => {
  withoutWebGL()
  const { host } = mount(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion height={360} />)
  const alert = await waitFor(() => host.querySelector<HTMLElement>('[role="alert"][data-error="noWebgl"]'), 5000, 'error panel')
  expect(alert.textContent).toContain(en.ui.errors.noWebgl)
  const img = await waitFor(() => (shownImage(posterImg(host)) ? posterImg(host) : null), 5000, 'poster')
  expect(view(host).dataset['3d']).toBe('error')
  // the message is a band under the picture, not over all of it
  const band = alert.getBoundingClientRect()
  const pic = img.getBoundingClientRect()
  expect(band.height).toBeLessThan(pic.height / 2)
  expect(host.querySelector('canvas')).toBeNull()
})

test('a missing model: the poster with the message and "Try again"', async () => {
  const { host } = mount(<PsoasExplainer modelUrl="/models/missing/lumbar-psoas.glb" reducedMotion height={360} poster="/models/poster/lumbar-psoas-front-light.webp" />)
  const alert = await waitFor(() => host.querySelector<HTMLElement>('[role="alert"][data-error="modelLoad"]'), 20_000, 'error panel')
  expect(alert.querySelector('button')?.textContent).toBe(en.ui.errors.retry)
  await waitFor(() => shownImage(posterImg(host)), 5000, 'poster')
})

test('poster={false} shows none; nor does a state no poster shows; a host URL is used for the opening (side) view only', async () => {
  delayModels(3000)
  const none = mount(<PsoasExplainer modelUrl={`${LOWPOLY}?no-poster`} controls="none" reducedMotion height={240} poster={false} />, 400)
  const tight = mount(<PsoasExplainer modelUrl={`${LOWPOLY}?tight`} controls="none" reducedMotion height={240} defaultState={{ tightness: 0.5 }} />, 400)
  const custom = mount(<PsoasExplainer modelUrl={`${LOWPOLY}?custom`} controls="none" reducedMotion height={240} poster="/models/poster/lumbar-psoas-top-dark.webp" />, 400)
  const customFront = mount(
    <PsoasExplainer modelUrl={`${LOWPOLY}?custom-front`} controls="none" reducedMotion height={240} poster="/models/poster/lumbar-psoas-top-dark.webp" defaultState={{ camera: 'front' }} />,
    400,
  )
  const builtInSide = mount(<PsoasExplainer modelUrl={`${LOWPOLY}?side`} controls="none" reducedMotion height={240} defaultState={{ camera: 'side' }} />, 400)
  const otherModel = mount(<PsoasExplainer modelUrl="/models/other-model.glb" controls="none" reducedMotion height={240} />, 400)
  const all = [none, tight, custom, customFront, builtInSide, otherModel]
  await waitFor(() => all.every((m) => m.host.querySelector('.psoas-explainer__view')), 5000, 'the views')
  await waitFor(() => shownImage(posterImg(custom.host)) && shownImage(posterImg(builtInSide.host)), 5000, 'posters')
  expect(posterImg(custom.host)!.getAttribute('src')).toBe('/models/poster/lumbar-psoas-top-dark.webp')
  expect(posterImg(builtInSide.host)!.getAttribute('src')).toBe('/models/poster/lumbar-psoas-side-light.webp')
  expect(posterImg(builtInSide.host)!.alt).toContain('View: Side.')
  // sampled while the models are held back
  for (const m of [none, tight, customFront, otherModel]) {
    expect(view(m.host).dataset['3d']).toBe('loading')
    expect(m.host.querySelector('[data-testid="poster"]')).toBeNull()
    expect(m.host.querySelector('img')).toBeNull()
  }
})

test('the dark theme has its own poster; a state change while loading takes the poster away', async () => {
  delayModels(1500)
  const { host } = mount(<PsoasExplainer modelUrl={`${LOWPOLY}?dark`} theme="dark" reducedMotion height={300} />)
  const img = await waitFor(() => (shownImage(posterImg(host)) ? posterImg(host) : null), 1200, 'poster')
  expect(img.getAttribute('src')).toBe('/models/poster/lumbar-psoas-side-dark.webp')
  // a custom anatomy colour has no built-in poster
  const custom = mount(<PsoasExplainer modelUrl={`${LOWPOLY}?custom-theme`} theme={{ bone: '#ff00ff' }} reducedMotion height={300} />)
  await sleep(300)
  expect(posterImg(custom.host)).toBeNull()
  // the slider moves the state away from what the poster shows
  const slider = await waitFor(() => host.querySelector<HTMLInputElement>('input[type="range"]'), 1000, 'the slider (the panel is a lazy chunk)')
  slider.focus()
  await userEvent.keyboard('{End}')
  await waitFor(() => posterImg(host) === null, 1000, 'poster gone')
  expect(view(host).dataset['3d']).toBe('loading')
})

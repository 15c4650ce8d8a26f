/**
 * Strict CSP (README, "Embedding safely"): the demo build served with
 * `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'` (no inline style or
 * script allowed) draws the model with 0 CSP violations, on the demo page and on the iframe page framed
 * by a page on another origin; without 'wasm-unsafe-eval' the model fails with a clear message and no
 * uncaught error. Also: the demo's address bar keeps a link with more than a view holds until the user
 * changes something. Runs in Node: builds the demo into a temporary folder, serves it on 127.0.0.1 and
 * drives Chromium with playwright-core.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { chromium, type Browser, type Frame, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts'
import { serve, type Served } from './serve.ts'
import { en } from '../../src/content/en/index.ts'
import { es } from '../../src/content/es/index.ts'
import { DEMO_TEXT } from '../../demo/text.ts'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"
const NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'"

/** In every frame before any script: CSP violations, uncaught errors and rejections, WebGL draw calls. */
const PROBE = `(() => {
  const s = { violations: [], errors: [], draws: 0 };
  window.cspProbe = s;
  document.addEventListener('securitypolicyviolation', (e) => s.violations.push(e.effectiveDirective + ' ' + e.blockedURI));
  addEventListener('error', (e) => s.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => s.errors.push('unhandled rejection: ' + String(e.reason && e.reason.message || e.reason)));
  for (const C of [WebGL2RenderingContext, WebGLRenderingContext]) {
    for (const m of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced']) {
      const f = C.prototype[m];
      if (f) C.prototype[m] = function (...a) { s.draws++; return f.apply(this, a) };
    }
  }
})()`

interface Probe {
  violations: string[]
  errors: string[]
  draws: number
}

let dir = ''
let strict: Served
let noWasm: Served
let browser: Browser
const consoleCsp: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'psoas-csp-'))
  await promisify(execFile)(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'csp', '--outDir', dir, '--emptyOutDir', '--sourcemap', 'false', '--logLevel', 'error'],
    { cwd: root },
  )
  strict = await serve(dir, join(root, 'models'), STRICT)
  noWasm = await serve(dir, join(root, 'models'), NO_WASM)
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await strict?.close()
  await noWasm?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function open(url: string): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.message))
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && consoleCsp.push(m.text()))
  await page.addInitScript(PROBE)
  await page.goto(url)
  return { page, pageErrors }
}

const probe = (f: Page | Frame) => f.evaluate(() => (window as unknown as { cspProbe: Probe }).cspProbe)

/** The page (or frame) reported no CSP violation and no error to its probe. */
async function expectClean(f: Page | Frame): Promise<void> {
  const p = await probe(f)
  expect(p.violations).toEqual([])
  expect(p.errors).toEqual([])
}

async function frameOf(page: Page, prefix: string): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const f = page.frames().find((x) => x.url().startsWith(prefix))
    if (f) return f
    await page.waitForTimeout(100)
  }
  throw new Error(`no frame at ${prefix}`)
}

/** Drawn: the model loaded (no loading bar, no error panel) and WebGL draw calls made. */
async function waitDrawn(f: Page | Frame): Promise<void> {
  await f.waitForFunction(
    () =>
      (window as unknown as { cspProbe: Probe }).cspProbe.draws > 0 &&
      document.querySelector('.psoas-explainer') !== null &&
      document.querySelector('[data-testid="loading"]') === null &&
      document.querySelector('.psoas-error') === null,
    null,
    { timeout: 90_000 },
  )
}

const pinParams = (n: number) => Array.from({ length: n }, (_, i) => `a=p${i + 1},psoasMajorRight,0,0,0,n${i + 1}`).join('&')

test('the demo page under a strict CSP: 0 violations, the CSS applied, a drawn model; a long link stays in the address bar until a change', async () => {
  const search = `?t=0.66&s=r&${pinParams(52)}&quality=low`
  const { page, pageErrors } = await open(`${strict.origin}/${search}`)
  await waitDrawn(page)
  // the component CSS applied (a constructed stylesheet): the stage is laid out as designed
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.psoas-explainer__stage')!).position)).toBe('relative')
  // demo.css: --psoas-height: min(68vh, 560px), 560 px in a 900 px tall window
  expect(await page.evaluate(() => document.querySelector('.psoas-explainer__stage')!.getBoundingClientRect().height)).toBe(560)
  // what the link carried beyond the limits is shown, and the address bar is as it came
  expect(await page.textContent('[data-testid="left-out"] li')).toBe('Notes left out, because a view holds at most 50: 2')
  await page.waitForTimeout(600)
  expect(await page.evaluate(() => location.search)).toBe(search)
  // a change by the user rewrites it from the state
  await page.click('.psoas-controls__stops button >> nth=0')
  await page.waitForFunction(() => !location.search.includes('a=p52'), null, { timeout: 5000 })
  expect(await page.evaluate(() => new URLSearchParams(location.search).getAll('a').length)).toBe(50)
  await expectClean(page)
  expect(pageErrors).toEqual([])
  expect(consoleCsp).toEqual([])
  await page.close()
})

test('the demo page under a strict CSP: the poster (img-src self) is loaded before the first WebGL draw and gone once the model is drawn', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.message))
  await page.addInitScript(PROBE)
  // the poster's load event (capture: load does not bubble), with the WebGL draws made until then
  await page.addInitScript(`document.addEventListener('load', (e) => {
    const img = e.target;
    if (img instanceof HTMLImageElement && img.closest('.psoas-explainer__poster'))
      window.posterLoad = { src: new URL(img.src).pathname, width: img.naturalWidth, drawsBefore: window.cspProbe.draws };
  }, true)`)
  await page.goto(`${strict.origin}/?quality=low`)
  await waitDrawn(page)
  const load = await page.evaluate(() => (window as unknown as { posterLoad?: { src: string; width: number; drawsBefore: number } }).posterLoad)
  // the bare demo page opens on the side view (278dbac), whose poster it is
  expect(load).toEqual({ src: '/models/poster/lumbar-psoas-side-light.webp', width: 800, drawsBefore: 0 })
  await page.waitForFunction(() => document.querySelector('.psoas-explainer__poster') === null, null, { timeout: 5000 })
  await expectClean(page)
  expect(pageErrors).toEqual([])
  await page.close()
})

test('the iframe page under a strict CSP, framed by a page on another origin: 0 violations, a drawn model, messages only to the allowed origin', async () => {
  const embed = `${strict.origin}/demo/embed.html?t=0.5&quality=low&origins=${encodeURIComponent(noWasm.origin)}`
  const { page, pageErrors } = await open(`${noWasm.origin}/host.html?src=${encodeURIComponent(embed)}`)
  const frame = await frameOf(page, `${strict.origin}/demo/embed.html`)
  await waitDrawn(frame)
  await page.waitForFunction(() => (window as unknown as { hostMessages: Array<{ data: { type: string } }> }).hostMessages.some((m) => m.data.type === 'state'), null, { timeout: 10_000 })
  const messages = await page.evaluate(() => (window as unknown as { hostMessages: Array<{ origin: string; data: { type: string; state?: { tightness: number } } }> }).hostMessages)
  expect(messages.map((m) => m.origin)).toEqual(messages.map(() => strict.origin))
  expect(messages.find((m) => m.data.type === 'state')?.data.state?.tightness).toBe(0.5)
  for (const f of [page, frame]) {
    await expectClean(f)
  }
  expect(pageErrors).toEqual([])
  expect(consoleCsp).toEqual([])
  await page.close()

  // the same page framed by an origin it does not allow: drawn, but it tells the host nothing
  const closed = `${strict.origin}/demo/embed.html?t=0.5&quality=low&origins=${encodeURIComponent('https://clinic.example')}`
  const other = await open(`${noWasm.origin}/host.html?src=${encodeURIComponent(closed)}`)
  await waitDrawn(await frameOf(other.page, `${strict.origin}/demo/embed.html`))
  await other.page.waitForTimeout(500)
  expect(await other.page.evaluate(() => (window as unknown as { hostMessages: unknown[] }).hostMessages)).toEqual([])
  await other.page.close()
})

test('the demo page in Spanish under a strict CSP: only the Spanish catalog is fetched, from the page\'s own origin, and no English text ever shows', async () => {
  // the built chunk that holds each catalog
  const assets = join(dir, 'assets')
  const chunkWith = (text: string) => readdirSync(assets).filter((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes(text))
  const [enChunk] = chunkWith(en.structures.vertebraL3.description)
  const [esChunk] = chunkWith(es.structures.vertebraL3.description)
  expect(enChunk && esChunk && enChunk !== esChunk, 'each catalog in a chunk of its own').toBe(true)
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.message))
  const scripts: string[] = []
  page.on('request', (r) => void (r.url().endsWith('.js') && scripts.push(r.url())))
  await page.addInitScript(PROBE)
  // every text the page shows, as it changes: English strings of the explainer and the page would be caught
  await page.addInitScript((english: string[]) => {
    const seen: string[] = []
    ;(window as unknown as { englishSeen: string[] }).englishSeen = seen
    new MutationObserver(() => {
      const text = document.body?.innerText ?? ''
      for (const e of english) if (text.includes(e) && !seen.includes(e)) seen.push(e)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  }, [en.ui.title, en.ui.disclaimer, en.ui.controls.tightness, en.ui.loading])
  await page.goto(`${strict.origin}/?lang=es&quality=low`)
  await waitDrawn(page)
  expect(await page.textContent('h1')).toBe(es.ui.title)
  expect(await page.getAttribute('.psoas-explainer', 'lang')).toBe('es')
  expect(await page.evaluate(() => (window as unknown as { englishSeen: string[] }).englishSeen)).toEqual([])
  expect(scripts.every((u) => u.startsWith(`${strict.origin}/`)), scripts.join(' ')).toBe(true)
  expect(scripts.some((u) => u.endsWith(`/assets/${esChunk}`)), 'the Spanish catalog fetched').toBe(true)
  expect(scripts.some((u) => u.endsWith(`/assets/${enChunk}`)), 'the English catalog fetched').toBe(false)
  await expectClean(page)
  expect(pageErrors).toEqual([])
  await page.close()
})

test('the demo page\'s title and language follow the locale: English by default, Spanish with ?lang=es and after choosing Español', async () => {
  // issue 10: the page title was English on the Spanish page
  const { page, pageErrors } = await open(`${strict.origin}/?quality=low`)
  await page.waitForSelector('h1')
  expect(await page.textContent('h1')).toBe(en.ui.title)
  expect(await page.title()).toBe(DEMO_TEXT.en.pageTitle)
  expect(await page.getAttribute('html', 'lang')).toBe('en')
  await page.selectOption('.demo-lang select', 'es')
  await page.waitForFunction((t) => document.title === t, DEMO_TEXT.es.pageTitle, { timeout: 10_000 })
  expect(await page.getAttribute('html', 'lang')).toBe('es')
  expect(await page.textContent('h1')).toBe(es.ui.title)
  // and back (index.html's own title is the English one: this checks the page sets it)
  await page.selectOption('.demo-lang select', 'en')
  await page.waitForFunction((t) => document.title === t, DEMO_TEXT.en.pageTitle, { timeout: 10_000 })
  expect(await page.getAttribute('html', 'lang')).toBe('en')
  const spanish = await open(`${strict.origin}/?lang=es&quality=low`)
  await spanish.page.waitForSelector('h1')
  await spanish.page.waitForFunction((t) => document.title === t, DEMO_TEXT.es.pageTitle, { timeout: 10_000 })
  expect(await spanish.page.getAttribute('html', 'lang')).toBe('es')
  expect(DEMO_TEXT.es.pageTitle).toBe('El psoas y su zona lumbar – explicación interactiva')
  expect([...pageErrors, ...spanish.pageErrors]).toEqual([])
  await page.close()
  await spanish.page.close()
})

test("without 'wasm-unsafe-eval' the model fails with a clear message and no uncaught error", async () => {
  const embed = `${noWasm.origin}/demo/embed.html?quality=low&controls=minimal&origins=${encodeURIComponent(strict.origin)}`
  const { page, pageErrors } = await open(`${strict.origin}/host.html?src=${encodeURIComponent(embed)}`)
  const frame = await frameOf(page, `${noWasm.origin}/demo/embed.html`)
  await frame.waitForSelector('.psoas-error', { timeout: 60_000 })
  await page.waitForFunction(() => (window as unknown as { hostMessages: Array<{ data: { type: string } }> }).hostMessages.some((m) => m.data.type === 'error'), null, { timeout: 10_000 })
  const errors = await page.evaluate(() =>
    (window as unknown as { hostMessages: Array<{ data: { type: string; kind: string; message: string } }> }).hostMessages.filter((m) => m.data.type === 'error').map((m) => m.data),
  )
  expect(errors[0].kind).toBe('modelLoad')
  expect(errors[0].message).toContain(
    "the 3D model needs WebAssembly (its meshopt decoder), which this page's Content-Security-Policy blocks: add 'wasm-unsafe-eval' to script-src",
  )
  const p = await probe(frame)
  // the only violation is the refused WebAssembly compile; nothing uncaught
  expect(new Set(p.violations)).toEqual(new Set(['script-src wasm-eval']))
  expect(p.errors).toEqual([])
  expect(pageErrors).toEqual([])
  await page.close()
})

test('"Print a handout" on the demo page under a strict CSP: 0 violations, only the handout prints, on 1–2 A4 pages, with the picture and the QR code', async () => {
  const { page, pageErrors } = await open(`${strict.origin}/?t=1&s=r&quality=low`)
  await waitDrawn(page)
  // the print dialog would block the test: count the calls instead
  await page.evaluate(() => {
    const w = window as unknown as { printed: number }
    w.printed = 0
    window.print = () => void w.printed++
  })
  await page.click('[data-action="print-handout"]')
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, null, { timeout: 20_000 })
  await page.emulateMedia({ media: 'print' })
  const shown = await page.evaluate(() => ({
    visible: [...document.body.children].filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.className),
    // the picture was copied into the handout's canvas: not blank
    picture: (() => {
      const c = document.querySelector<HTMLCanvasElement>('.psoas-print-root .psoas-handout canvas')!
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
      let lit = 0
      for (let i = 3; i < px.length; i += 4) if (px[i] > 0) lit++
      return lit / (px.length / 4)
    })(),
    qr: document.querySelectorAll('.psoas-print-root .psoas-handout svg.psoas-qr path').length,
  }))
  expect(shown.visible).toEqual(['psoas-print-root'])
  expect(shown.picture).toBeGreaterThan(0.9)
  expect(shown.qr).toBe(1)
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
  const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0
  expect(pages).toBeGreaterThanOrEqual(1)
  expect(pages).toBeLessThanOrEqual(2)
  await expectClean(page)
  expect(pageErrors).toEqual([])
  expect(consoleCsp).toEqual([])
  await page.close()
})

test('the demo page printed by the browser itself (no button): the explainer prints as its handout, the page around it as usual', async () => {
  const { page, pageErrors } = await open(`${strict.origin}/?t=0.66&s=r&p=thomas&quality=low`)
  await waitDrawn(page)
  // the handout code is preloaded when the page is idle (beforeprint cannot wait for it)
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/(handoutPrint|Handout)-[^/]*\.js$/.test(e.name)), null, { timeout: 20_000 })
  await page.waitForTimeout(300)
  // pdf.js 6 uses Promise.withResolvers (Node 22); Node 20 needs it filled in
  const P = Promise as unknown as { withResolvers?: () => unknown }
  P.withResolvers ??= () => {
    let resolve: unknown, reject: unknown
    const promise = new Promise((a, b) => ((resolve = a), (reject = b)))
    return { promise, resolve, reject }
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // page.pdf() fires beforeprint and afterprint like a print from the browser's menu
  const task = getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) })
  const pdf = await task.promise
  let text = ''
  for (let i = 1; i <= pdf.numPages; i++)
    text += (await (await pdf.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? `${it.str}${it.hasEOL ? ' ' : ''}` : '')).join('') + ' '
  await task.destroy()
  expect(text).toContain('Your psoas and lower back')
  expect(text).toContain('How it is checked')
  // the explainer's web layout (its buttons) is not printed
  expect(text).not.toContain('Copy a link to this view')
  // after the print the page is as before
  expect(await page.evaluate(() => document.querySelector('.psoas-explainer')!.hasAttribute('data-print'))).toBe(false)
  await expectClean(page)
  expect(pageErrors).toEqual([])
  await page.close()
})

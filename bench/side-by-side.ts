/**
 * The bench beside `<model-viewer>`: the same glb (models/lumbar-psoas.glb) in both, each in a
 * 646×490 view in a 1280×720 viewport, from one local server, in alternating fresh Chromium
 * launches (ours, theirs, ours, ...). Each figure is the median of the runs; the ratio is ours / theirs.
 *
 * Definitions (also written beside the table):
 * - JS before 3D: gzip bytes of the scripts the page loads before the one that holds three.js; when
 *   three.js is inside the page's first script (model-viewer's single bundle) that whole script.
 *   JS total: every script loaded by the end of the run (after the orbit). Gzip level 9 of each body.
 * - model bytes: bytes of the glb responses.
 * - poster: the first animation frame in which a poster is on screen (ours: an `<img>` or an element
 *   whose class or data attribute names a poster inside the explainer; model-viewer: its poster slot,
 *   when it is given one and the image has arrived).
 * - model visible: the first animation frame with at least MODEL_DRAWS WebGL draw calls (the model has
 *   33 primitives; neither page draws anything before it).
 * - longest freeze: the longest long task (PerformanceObserver 'longtask') from navigation until the
 *   scene has settled (no draw call for 1.5 s).
 * - orbit: a 3 s mouse drag across the view (real input through the DevTools protocol); fps = frames
 *   that drew / 3 s; resolution = the drawing buffer of the last frames against the view's CSS size.
 * - idle: frames that drew in IDLE_MS after the orbit has settled.
 * - heap: V8's used heap (CDP Runtime.getHeapUsage) after two forced collections
 *   (HeapProfiler.collectGarbage), once loaded. ArrayBuffer contents (the glb, vertex data) live
 *   outside the V8 heap and are not in it. Per extra viewer: (heap with 1 + EXTRA views − heap with
 *   1) / EXTRA on a page of n views.
 */
import { gzipSync } from 'node:zlib'
import { cpus } from 'node:os'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts'

export const VIEW = { width: 646, height: 490 } as const
export const VIEWPORT = { width: 1280, height: 720 } as const
const MODEL_DRAWS = 10
const SETTLE_MS = 1500
const ORBIT_MS = 3000
const IDLE_MS = 3000
export const EXTRA = 2

export type Side = 'ours' | 'modelViewer'

/** The page of each side, on the bench server's origin. */
export interface SideUrls {
  /** one view as a user meets it (ours: the demo page with the full model) */
  single: string
  /** a page of `n` views: append `n=` */
  multi: string
}

/** Installed before any page script: WebGL draw calls per animation frame, long tasks, the poster. */
const PROBE = `(() => {
  const s = { frames: [], frameDraws: 0, buffer: [0, 0], lastDrawAt: 0, longTasks: [], posterAt: 0, posterSrc: '', visibleAt: 0 };
  window.psoasBench = s;
  for (const C of [WebGL2RenderingContext, WebGLRenderingContext]) {
    for (const m of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
      const f = C.prototype[m];
      if (!f) continue;
      C.prototype[m] = function (...a) {
        s.frameDraws++; s.lastDrawAt = performance.now(); s.buffer = [this.drawingBufferWidth, this.drawingBufferHeight];
        return f.apply(this, a);
      };
    }
  }
  const visible = (el) => { const r = el.getBoundingClientRect(); const cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0 };
  const posterShown = () => {
    for (const el of document.querySelectorAll('.psoas-explainer [class*="poster" i] img, .psoas-explainer img[class*="poster" i], [data-testid="poster"] img'))
      if (visible(el) && el.complete && el.naturalWidth > 0) { s.posterSrc = el.currentSrc || el.src; return true; }
    for (const mv of document.querySelectorAll('model-viewer[poster]')) {
      const url = new URL(mv.getAttribute('poster'), location.href).href;
      const slot = mv.shadowRoot && mv.shadowRoot.querySelector('.slot.poster');
      if (slot && visible(slot) && performance.getEntriesByName(url).some((e) => e.responseEnd > 0)) return true;
    }
    return false;
  };
  const tick = () => {
    const now = performance.now();
    if (s.frameDraws) {
      s.frames.push([now, s.frameDraws, s.buffer[0], s.buffer[1]]);
      if (!s.visibleAt && s.frameDraws >= ${MODEL_DRAWS}) s.visibleAt = now;
      s.frameDraws = 0;
    }
    if (!s.posterAt && document.body && posterShown()) s.posterAt = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) s.longTasks.push([e.startTime, e.duration]) })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})()`

interface Probe {
  /** [time, draw calls, drawing buffer width, height] of each animation frame that drew */
  frames: [number, number, number, number][]
  lastDrawAt: number
  longTasks: [number, number][]
  posterAt: number
  posterSrc: string
  visibleAt: number
}

export interface RunFigures {
  jsBeforeGzipBytes: number
  jsTotalGzipBytes: number
  scripts: { url: string; gzipBytes: number; three: boolean }[]
  modelBytes: number
  posterMs: number | null
  /** the poster image ours showed (given to model-viewer too) */
  posterSrc: string
  visibleMs: number
  settledMs: number
  longestFreezeMs: number
  orbitFps: number
  /** drawing buffer while orbiting, and its share of the view's CSS size */
  orbitBuffer: { width: number; height: number; scale: number }
  viewSize: { width: number; height: number }
  idleFrames: number
  heapBytes: number
  /** the used heap before the forced collections (what performance.memory shows at that moment) */
  heapBeforeGcBytes: number
  offOrigin: string[]
}

const readProbe = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { psoasBench: Probe }).psoasBench
    return { ...s, now: performance.now() }
  })

async function settle(page: Page, limitMs: number) {
  const start = Date.now()
  for (;;) {
    const p = await readProbe(page)
    if (p.lastDrawAt && p.now - p.lastDrawAt > SETTLE_MS) return p
    if (Date.now() - start > limitMs) return p
    await page.waitForTimeout(250)
  }
}

async function usedHeap(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage')
  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = await session.send('Runtime.getHeapUsage')
  return usedSize
}

/** The CSS rectangle of the 3D view: the model-viewer element, or our canvas. */
const viewRect = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('model-viewer') ?? document.querySelector('.psoas-explainer canvas') ?? document.querySelector('canvas')
    if (!el) throw new Error('no 3D view on the page')
    const r = el.getBoundingClientRect()
    return { x: r.x, y: r.y, width: Math.round(r.width), height: Math.round(r.height) }
  })

async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

/** One fresh browser, one page load: every figure but the extra-viewer heap. */
export async function measureRun(url: string): Promise<RunFigures> {
  const origin = new URL(url).origin
  const browser = await launch()
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 })
    await page.addInitScript(PROBE)
    const session = await page.context().newCDPSession(page)
    const offOrigin: string[] = []
    const scriptOrder: string[] = []
    const bodies = new Map<string, Promise<Buffer | null>>()
    let modelBytes = 0
    const modelBodies: Promise<void>[] = []
    page.on('request', (req) => {
      if (!req.url().startsWith(origin) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) offOrigin.push(req.url())
      if (req.resourceType() === 'script') scriptOrder.push(req.url())
    })
    page.on('response', (res) => {
      const u = res.url()
      if (res.request().resourceType() === 'script') bodies.set(u, res.body().catch(() => null))
      if (new URL(u).pathname.endsWith('.glb'))
        modelBodies.push(
          res
            .body()
            .then((b) => void (modelBytes += b.byteLength))
            .catch(() => undefined),
        )
    })

    await page.goto(url)
    await page.waitForFunction(() => (window as unknown as { psoasBench: Probe }).psoasBench.visibleAt > 0, null, { timeout: 120_000 })
    const loaded = await settle(page, 60_000)
    const settledMs = loaded.lastDrawAt
    const longestFreezeMs = Math.max(0, ...loaded.longTasks.filter(([t]) => t <= settledMs).map(([, d]) => d))
    const heapBeforeGcBytes = (await session.send('Runtime.getHeapUsage')).usedSize
    const heapBytes = await usedHeap(session)

    // orbit: a horizontal drag across the middle of the view, back and forth
    const rect = await viewRect(page)
    const cx = rect.x + rect.width / 2
    const cy = rect.y + rect.height / 2
    await page.mouse.move(cx, cy)
    await page.mouse.down()
    const t0 = (await readProbe(page)).now
    const wall0 = Date.now()
    for (let i = 0; Date.now() - wall0 < ORBIT_MS; i++) {
      await page.mouse.move(cx + 120 * Math.sin(i / 8), cy + 20 * Math.sin(i / 13))
      await page.waitForTimeout(16)
    }
    const t1 = (await readProbe(page)).now
    await page.mouse.up()
    const afterOrbit = await settle(page, 30_000)
    const orbitFrames = afterOrbit.frames.filter(([t]) => t >= t0 && t <= t1)
    const lastFrames = orbitFrames.slice(-5)
    const bufferWidth = median(lastFrames.map((f) => f[2]))
    const bufferHeight = median(lastFrames.map((f) => f[3]))

    const idle0 = await readProbe(page)
    await page.waitForTimeout(IDLE_MS)
    const idle1 = await readProbe(page)

    await Promise.all(modelBodies)
    const scripts: RunFigures['scripts'] = []
    for (const u of new Set(scriptOrder)) {
      const body = await (bodies.get(u) ?? Promise.resolve(null))
      if (!body) continue
      scripts.push({ url: new URL(u).pathname, gzipBytes: gzipSync(body, { level: 9 }).byteLength, three: body.includes('THREE.WebGLRenderer') })
    }
    const firstThree = scripts.findIndex((s) => s.three)
    const before = firstThree < 0 ? scripts : firstThree === 0 ? scripts.slice(0, 1) : scripts.slice(0, firstThree)
    const sum = (list: typeof scripts) => list.reduce((a, s) => a + s.gzipBytes, 0)

    return {
      jsBeforeGzipBytes: sum(before),
      jsTotalGzipBytes: sum(scripts),
      scripts,
      modelBytes,
      posterMs: loaded.posterAt ? Math.round(loaded.posterAt) : null,
      posterSrc: loaded.posterSrc,
      visibleMs: Math.round(loaded.visibleAt),
      settledMs: Math.round(settledMs),
      longestFreezeMs: Math.round(longestFreezeMs),
      orbitFps: +(orbitFrames.length / ((t1 - t0) / 1000)).toFixed(1),
      orbitBuffer: { width: bufferWidth, height: bufferHeight, scale: +(bufferWidth / rect.width).toFixed(2) },
      viewSize: { width: rect.width, height: rect.height },
      idleFrames: idle1.frames.length - idle0.frames.length,
      heapBytes,
      heapBeforeGcBytes,
      offOrigin,
    }
  } finally {
    await browser.close()
  }
}

/** The used heap of a page with `n` views, once every view has drawn and the page has settled. */
export async function measureHeap(multiUrl: string, n: number): Promise<number> {
  const browser = await launch()
  try {
    // tall enough for every view to be on screen (ours mounts a canvas only near the screen)
    const page = await browser.newPage({ viewport: { width: VIEWPORT.width, height: 40 + n * 540 }, deviceScaleFactor: 1 })
    await page.addInitScript(PROBE)
    const session = await page.context().newCDPSession(page)
    await page.goto(`${multiUrl}${multiUrl.includes('?') ? '&' : '?'}n=${n}`)
    await page.waitForFunction(
      (count) => {
        const viewers = [...document.querySelectorAll('model-viewer')] as (Element & { loaded?: boolean })[]
        if (viewers.length) return viewers.length === count && viewers.every((v) => v.loaded)
        return document.querySelectorAll('.psoas-explainer canvas').length >= count && (window as unknown as { psoasBench: Probe }).psoasBench.visibleAt > 0
      },
      n,
      { timeout: 180_000 },
    )
    await settle(page, 90_000)
    return await usedHeap(session)
  } finally {
    await browser.close()
  }
}

export function median(values: number[]): number {
  if (!values.length) return NaN
  const s = [...values].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** The medians of one side: the run figures the table shows, and the heap of each extra viewer. */
export type SideSummary = Pick<
  RunFigures,
  'jsBeforeGzipBytes' | 'jsTotalGzipBytes' | 'modelBytes' | 'posterMs' | 'visibleMs' | 'longestFreezeMs' | 'orbitFps' | 'orbitBuffer' | 'viewSize' | 'idleFrames' | 'heapBytes'
> & { heapPerExtraViewerBytes: number }

export interface SideBySide {
  date: string
  command: string
  runs: number
  machine: { cpu: string; cores: number; chromium: string; gl: string; node: string }
  view: typeof VIEW
  viewport: typeof VIEWPORT
  modelViewer: { version: string; poster: string }
  ours: SideSummary
  theirs: SideSummary
  raw: { ours: RunFigures[]; theirs: RunFigures[]; heap: Record<Side, { one: number[]; many: number[]; extra: number }> }
}

function summarise(runs: RunFigures[], heapOne: number[], heapMany: number[]): SideSummary {
  const m = (f: (r: RunFigures) => number) => median(runs.map(f))
  const posters = runs.map((r) => r.posterMs)
  return {
    jsBeforeGzipBytes: m((r) => r.jsBeforeGzipBytes),
    jsTotalGzipBytes: m((r) => r.jsTotalGzipBytes),
    modelBytes: m((r) => r.modelBytes),
    posterMs: posters.every((p) => p !== null) ? median(posters as number[]) : null,
    visibleMs: m((r) => r.visibleMs),
    longestFreezeMs: m((r) => r.longestFreezeMs),
    orbitFps: m((r) => r.orbitFps),
    orbitBuffer: { width: m((r) => r.orbitBuffer.width), height: m((r) => r.orbitBuffer.height), scale: m((r) => r.orbitBuffer.scale) },
    viewSize: { width: m((r) => r.viewSize.width), height: m((r) => r.viewSize.height) },
    idleFrames: m((r) => r.idleFrames),
    heapBytes: m((r) => r.heapBytes),
    heapPerExtraViewerBytes: (median(heapMany) - median(heapOne)) / EXTRA,
  }
}

/** The machine's description for the table: CPU, cores, Chromium, the WebGL renderer string. */
async function describeMachine(glProbeUrl: string) {
  const browser = await launch()
  try {
    const page = await browser.newPage()
    await page.goto(glProbeUrl)
    const gl = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('webgl2')
      if (!c) return 'no WebGL2'
      const ext = c.getExtension('WEBGL_debug_renderer_info')
      return String(ext ? c.getParameter(ext.UNMASKED_RENDERER_WEBGL) : c.getParameter(c.RENDERER))
    })
    return { cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length, chromium: browser.version(), gl, node: process.version }
  } finally {
    await browser.close()
  }
}

export interface SideBySideOptions {
  urls: Record<Side, SideUrls>
  runs: number
  heapRuns: number
  modelViewerVersion: string
  log?: (line: string) => void
}

/** Alternating runs of both sides; the extra-viewer heap in alternating runs of its own. */
export async function sideBySide(o: SideBySideOptions): Promise<SideBySide> {
  const log = o.log ?? (() => undefined)
  const machine = await describeMachine(o.urls.ours.single)
  const raw: SideBySide['raw'] = {
    ours: [],
    theirs: [],
    heap: { ours: { one: [], many: [], extra: EXTRA }, modelViewer: { one: [], many: [], extra: EXTRA } },
  }
  // model-viewer gets the poster ours showed (the same image), or none when ours showed none
  let poster = ''
  for (let i = 0; i < o.runs; i++) {
    for (const side of ['ours', 'modelViewer'] as const) {
      const url = new URL(o.urls[side].single)
      if (side === 'modelViewer' && poster) url.searchParams.set('poster', poster)
      const r = await measureRun(url.href)
      if (side === 'ours' && r.posterSrc && !poster) poster = new URL(r.posterSrc).pathname
      ;(side === 'ours' ? raw.ours : raw.theirs).push(r)
      log(`run ${i + 1}/${o.runs} ${side}: visible ${r.visibleMs} ms, freeze ${r.longestFreezeMs} ms, orbit ${r.orbitFps} fps at ${r.orbitBuffer.width}×${r.orbitBuffer.height}, idle ${r.idleFrames}, heap ${mb(r.heapBytes)}`)
      if (r.offOrigin.length) throw new Error(`${side} requested off-origin URLs: ${r.offOrigin.join(', ')}`)
    }
  }
  for (let i = 0; i < o.heapRuns; i++) {
    for (const side of ['ours', 'modelViewer'] as const) {
      const one = await measureHeap(o.urls[side].multi, 1)
      const many = await measureHeap(o.urls[side].multi, 1 + EXTRA)
      raw.heap[side].one.push(one)
      raw.heap[side].many.push(many)
      log(`heap run ${i + 1}/${o.heapRuns} ${side}: 1 view ${mb(one)}, ${1 + EXTRA} views ${mb(many)}`)
    }
  }
  return {
    date: new Date().toISOString(),
    command: `npm run bench (runs=${o.runs}, heap runs=${o.heapRuns})`,
    runs: o.runs,
    machine,
    view: VIEW,
    viewport: VIEWPORT,
    modelViewer: { version: o.modelViewerVersion, poster: poster ? `the same image as ours (${poster})` : 'none given: ours showed none' },
    ours: summarise(raw.ours, raw.heap.ours.one, raw.heap.ours.many),
    theirs: summarise(raw.theirs, raw.heap.modelViewer.one, raw.heap.modelViewer.many),
    raw,
  }
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`
const ms = (v: number) => `${(v / 1000).toFixed(2)} s`
const ratio = (a: number | null, b: number | null) => (a === null || b === null || !b ? '–' : `${(a / b).toFixed(2)}×`)

const res = (s: SideSummary) => `${s.orbitBuffer.width}×${s.orbitBuffer.height} (${s.orbitBuffer.scale}× of ${s.viewSize.width}×${s.viewSize.height})`

/** The side-by-side table (Markdown), as README.md shows it. */
export function sideBySideTable(r: SideBySide): string {
  const { ours: a, theirs: b } = r
  const rows: [string, string, string, string][] = [
    ['JS before 3D (gzip)', kb(a.jsBeforeGzipBytes), kb(b.jsBeforeGzipBytes), ratio(a.jsBeforeGzipBytes, b.jsBeforeGzipBytes)],
    ['JS total (gzip)', kb(a.jsTotalGzipBytes), kb(b.jsTotalGzipBytes), ratio(a.jsTotalGzipBytes, b.jsTotalGzipBytes)],
    ['model bytes', kb(a.modelBytes), kb(b.modelBytes), ratio(a.modelBytes, b.modelBytes)],
    ['time to poster', a.posterMs === null ? 'n/a (no poster yet)' : ms(a.posterMs), b.posterMs === null ? `n/a (${r.modelViewer.poster})` : ms(b.posterMs), ratio(a.posterMs, b.posterMs)],
    ['time to model visible', ms(a.visibleMs), ms(b.visibleMs), ratio(a.visibleMs, b.visibleMs)],
    ['longest freeze while loading', ms(a.longestFreezeMs), ms(b.longestFreezeMs), ratio(a.longestFreezeMs, b.longestFreezeMs)],
    ['orbit (3 s drag)', `${a.orbitFps} fps`, `${b.orbitFps} fps`, ratio(a.orbitFps, b.orbitFps)],
    ['render resolution while orbiting', res(a), res(b), ratio(a.orbitBuffer.width * a.orbitBuffer.height, b.orbitBuffer.width * b.orbitBuffer.height)],
    [`frames while idle (${IDLE_MS / 1000} s)`, String(a.idleFrames), String(b.idleFrames), a.idleFrames === b.idleFrames ? '=' : ratio(a.idleFrames, b.idleFrames)],
    ['JS heap after load', mb(a.heapBytes), mb(b.heapBytes), ratio(a.heapBytes, b.heapBytes)],
    ['JS heap per extra viewer', mb(a.heapPerExtraViewerBytes), mb(b.heapPerExtraViewerBytes), ratio(a.heapPerExtraViewerBytes, b.heapPerExtraViewerBytes)],
  ]
  return [
    `| figure (median of ${r.runs} alternating runs) | psoas-explainer | model-viewer ${r.modelViewer.version} | ours / model-viewer |`,
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')
}

/** The machine line under the table. */
export function machineLine(r: SideBySide): string {
  const m = r.machine
  return `${m.cpu}, ${m.cores} cores, Chromium ${m.chromium}, WebGL: ${m.gl} (software), Node ${m.node}; ${r.date.slice(0, 10)}.`
}


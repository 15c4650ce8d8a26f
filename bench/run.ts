/**
 * `npm run bench`: speed and size figures, written to bench/results/latest.{json,md}.
 * Nothing here asserts: figures are recorded, so slow software WebGL cannot make tests flaky.
 *
 * - model: bytes, triangles and draw calls of each committed glb;
 * - bundle: the demo build's JavaScript and CSS, raw and gzip;
 * - runtime, once with each model (`?quality=full` and `?quality=low`: on this software renderer the
 *   component's 'auto' would always pick the low one) (Debian Chromium, SwiftShader WebGL2, 800x600 canvas area): time to the first drawn frame,
 *   time until the scene settles, frames and draw calls while animating from relaxed to severe, and
 *   frames drawn while idle (render on demand: should be 0). Frames are counted by wrapping the
 *   WebGL draw calls in the page, so the product needs no benchmark hooks.
 * - side by side with `<model-viewer>` (bench/side-by-side.ts): the same glb in both at the same size,
 *   alternating runs, medians and ratios, written to bench/results/side-by-side.{json,md}.
 *
 * Options: `--no-build` (use dist/demo as it is), `--side-by-side-only`, `--runs=5` (side-by-side runs
 * per side), `--heap-runs=3` (runs of the extra-viewer heap figure per side).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { buildViewersPage } from './viewers-page.ts'
import { modelStats } from './model-stats.ts'
import { benchMounts, serve } from './serve.ts'
import { machineLine, sideBySide, sideBySideTable, VIEW, VIEWPORT, type SideBySide } from './side-by-side.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
const out = join(root, 'bench', 'results')
const skipBuild = process.argv.includes('--no-build')
const sideBySideOnly = process.argv.includes('--side-by-side-only')
const numberArg = (name: string, fallback: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`))
  const v = a ? Number(a.slice(name.length + 3)) : fallback
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a whole number of at least 1, not "${a}"`)
  return v
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
}

/** Installed in the page before any script: counts draw calls and the animation frames that drew. */
const COUNTER = `(() => {
  const s = { draws: 0, frames: 0, lastDrawAt: 0, firstDrawAt: 0, frameHadDraw: false };
  window.psoasBench = s;
  for (const C of [WebGL2RenderingContext, WebGLRenderingContext]) {
    for (const m of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
      const f = C.prototype[m];
      if (!f) continue;
      C.prototype[m] = function (...a) {
        s.draws++; s.frameHadDraw = true;
        const now = performance.now(); s.lastDrawAt = now; if (!s.firstDrawAt) s.firstDrawAt = now;
        return f.apply(this, a);
      };
    }
  }
  const tick = () => { if (s.frameHadDraw) { s.frames++; s.frameHadDraw = false } requestAnimationFrame(tick) };
  requestAnimationFrame(tick);
})()`

interface Counters {
  draws: number
  frames: number
  lastDrawAt: number
  firstDrawAt: number
}

async function runtime(url: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.addInitScript(COUNTER)
    const t0 = Date.now()
    await page.goto(url)
    const read = () => page.evaluate(() => ({ ...(window as unknown as { psoasBench: Counters }).psoasBench, now: performance.now() }))
    // settled = no draw call for 1.5 s
    const waitSettled = async (limitMs: number) => {
      const start = Date.now()
      for (;;) {
        const c = await read()
        if (c.firstDrawAt && c.now - c.lastDrawAt > 1500) return c
        if (Date.now() - start > limitMs) return c
        await page.waitForTimeout(250)
      }
    }
    await page.waitForFunction(() => (window as unknown as { psoasBench: Counters }).psoasBench.firstDrawAt > 0, null, { timeout: 60_000 })
    const first = await read()
    const loaded = await waitSettled(60_000)
    const timeToFirstFrameMs = Math.round(first.firstDrawAt)
    const timeToSettledMs = Math.round(loaded.lastDrawAt)

    // animate relaxed -> severe
    const before = await read()
    await page.getByRole('button', { name: /^severe$/i }).first().click()
    const after = await waitSettled(30_000)
    const frames = after.frames - before.frames
    const animMs = after.lastDrawAt - before.now
    const drawsPerFrame = frames ? (after.draws - before.draws) / frames : 0

    // idle
    const idle0 = await read()
    await page.waitForTimeout(2000)
    const idle1 = await read()
    return {
      wallClockLoadMs: Date.now() - t0,
      timeToFirstFrameMs,
      timeToSettledMs,
      animation: { frames, durationMs: Math.round(animMs), fps: +(frames / (animMs / 1000)).toFixed(1), drawCallsPerFrame: +drawsPerFrame.toFixed(1) },
      idleFramesIn2s: idle1.frames - idle0.frames,
    }
  } finally {
    await browser.close()
  }
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`

async function main() {
  mkdirSync(out, { recursive: true })
  const models = []
  for (const f of readdirSync(join(root, 'models')).filter((f) => f.endsWith('.glb')).sort())
    models.push({ ...(await modelStats(join(root, 'models', f))), file: `models/${f}` })

  if (!skipBuild) execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  const assets = files(join(root, 'dist', 'demo')).filter((f) => /\.(js|css)$/.test(f))
  const bundle = { files: assets.length, jsBytes: 0, jsGzipBytes: 0, cssBytes: 0, cssGzipBytes: 0, largestChunkGzipBytes: 0 }
  for (const f of assets) {
    const buf = readFileSync(f)
    const gz = gzipSync(buf, { level: 9 }).byteLength
    if (f.endsWith('.js')) {
      bundle.jsBytes += buf.byteLength
      bundle.jsGzipBytes += gz
      bundle.largestChunkGzipBytes = Math.max(bundle.largestChunkGzipBytes, gz)
    } else {
      bundle.cssBytes += buf.byteLength
      bundle.cssGzipBytes += gz
    }
  }

  if (sideBySideOnly) {
    await runSideBySide()
    return
  }
  const server = await preview({ root, mode: 'demo', preview: { port: 4179, strictPort: true }, build: { outDir: 'dist/demo' }, logLevel: 'warn' })
  let run
  let runLow
  try {
    run = await runtime('http://localhost:4179/?quality=full')
    runLow = await runtime('http://localhost:4179/?quality=low')
  } finally {
    await new Promise<void>((r) => server.httpServer.close(() => r()))
  }

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version, renderer: 'SwiftShader (software WebGL2)' },
    models,
    bundle,
    runtime: run,
    runtimeLowModel: runLow,
  }
  writeFileSync(join(out, 'latest.json'), JSON.stringify(result, null, 2) + '\n')
  const md = [
    `# Benchmark (${result.date})`,
    '',
    `Machine: ${result.machine.cpus} cores, Node ${result.machine.node}, ${result.machine.renderer}.`,
    '',
    '| model | bytes | triangles | draw calls |',
    '|---|---|---|---|',
    ...models.map((m) => `| ${m.file.split('/').pop()} | ${kb(m.bytes)} | ${m.triangles} | ${m.drawCalls} |`),
    '',
    `Demo bundle: JS ${kb(bundle.jsBytes)} (${kb(bundle.jsGzipBytes)} gzip, largest chunk ${kb(bundle.largestChunkGzipBytes)} gzip), CSS ${kb(bundle.cssGzipBytes)} gzip.`,
    '',
    ...(
      [
        ['full model', run],
        ['low-poly model', runLow],
      ] as const
    ).map(
      ([name, r]) =>
        `Runtime, ${name}: first frame ${r.timeToFirstFrameMs} ms, settled ${r.timeToSettledMs} ms after navigation; relaxed→severe: ${r.animation.frames} frames in ${r.animation.durationMs} ms (${r.animation.fps} fps, ${r.animation.drawCallsPerFrame} draw calls/frame); idle frames in 2 s: ${r.idleFramesIn2s}.\n`,
    ),
    '',
  ].join('\n')
  writeFileSync(join(out, 'latest.md'), md)
  console.info(md)
  await runSideBySide()
}

/** Builds the bench's page of n explainers, serves everything from one origin and runs both sides. */
async function runSideBySide() {
  const port = 4180
  if (!skipBuild) await buildViewersPage(root, join(root, 'dist', 'bench'))
  const mv = join(root, 'node_modules', '@google', 'model-viewer')
  const server = await serve(benchMounts(root), port)
  const origin = `http://127.0.0.1:${port}`
  let result: SideBySide
  try {
    result = await sideBySide({
      urls: {
        ours: { single: `${origin}/?quality=full`, multi: `${origin}/bench-build/bench/pages/viewers.html` },
        modelViewer: { single: `${origin}/bench/pages/model-viewer.html`, multi: `${origin}/bench/pages/model-viewer.html` },
      },
      runs: numberArg('runs', 5),
      heapRuns: numberArg('heap-runs', 3),
      modelViewerVersion: (JSON.parse(readFileSync(join(mv, 'package.json'), 'utf8')) as { version: string }).version,
      log: (line) => console.info(line),
    })
  } finally {
    await new Promise<void>((r) => server.close(() => r()))
  }
  writeFileSync(join(out, 'side-by-side.json'), JSON.stringify(result, null, 2) + '\n')
  const md = [
    `# Side by side with model-viewer (${result.date})`,
    '',
    `models/lumbar-psoas.glb in both, each in a ${VIEW.width}×${VIEW.height} view in a ${VIEWPORT.width}×${VIEWPORT.height} viewport, served from one local server; ${result.runs} alternating runs per side in fresh Chromium launches (the extra-viewer heap: ${result.raw.heap.ours.one.length} runs per side). Our side is the demo page with \`?quality=full\`; model-viewer's is bench/pages/model-viewer.html (its self-contained build, camera-controls, no interaction prompt; poster: ${result.modelViewer.poster}).`,
    '',
    sideBySideTable(result),
    '',
    `Machine: ${machineLine(result)}`,
    '',
    'Definitions: see the comment at the top of bench/side-by-side.ts.',
    '',
  ].join('\n')
  writeFileSync(join(out, 'side-by-side.md'), md)
  console.info(md)
}

await main()

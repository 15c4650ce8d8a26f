/**
 * The bench's extra-viewer heap figure alone, without the rest of the side-by-side run:
 * `npx tsx bench/heap-per-viewer.ts [--runs=3] [--extra=2] [--out=dir] [--no-build]`, under the browser lock.
 *
 * Builds the bench's page of n explainers (bench/pages/viewers.html, minified as `npm run bench` builds
 * it) into `--out` (default a folder of its own under the system's temporary folder, so a run never
 * replaces dist/bench under someone else's bench), serves it beside dist/demo (the models), and
 * measures, in alternating fresh Chromium launches, V8's used heap with 1 view and with 1 + extra views
 * exactly as bench/side-by-side.ts does (`measureHeap`). Prints each run and
 * (median(many) − median(one)) / extra, the "JS heap per extra viewer" of the side-by-side table.
 * Needs dist/demo (`npx vite build --mode demo`) for the models.
 */
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from './serve.ts'
import { EXTRA, measureHeap, median } from './side-by-side.ts'
import { buildViewersPage } from './viewers-page.ts'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const runs = Number(arg('runs') ?? 3)
const extra = Number(arg('extra') ?? EXTRA)
const out = resolve(arg('out') ?? join(tmpdir(), 'psoas-heap-per-viewer'))
const port = Number(arg('port') ?? 4182)
const mb = (b: number) => `${(b / 1048576).toFixed(2)} MB`

async function main() {
  if (!existsSync(join(root, 'dist', 'demo', 'models'))) throw new Error('dist/demo/models is missing: run `npx vite build --mode demo` first')
  if (!process.argv.includes('--no-build')) await buildViewersPage(root, out)
  const server = await serve(
    [
      { prefix: '/bench-build/', target: out },
      { prefix: '/', target: join(root, 'dist', 'demo') },
    ],
    port,
  )
  const url = `http://127.0.0.1:${port}/bench-build/bench/pages/viewers.html`
  const one: number[] = []
  const many: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      one.push(await measureHeap(url, 1))
      many.push(await measureHeap(url, 1 + extra))
      console.info(`run ${i + 1}/${runs}: 1 view ${mb(one[i])}, ${1 + extra} views ${mb(many[i])}`)
    }
  } finally {
    await new Promise<void>((r) => server.close(() => r()))
  }
  const perExtra = (median(many) - median(one)) / extra
  console.info(`median: 1 view ${mb(median(one))}, ${1 + extra} views ${mb(median(many))}; per extra viewer ${mb(perExtra)} (${Math.round(perExtra / 1024)} KB)`)
}

await main()

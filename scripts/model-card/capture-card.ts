/**
 * The model card's screenshots that scripts/models/capture.ts does not take (issue 9, item 7): the side view
 * with the cut-away (the product's own scene), the back (the model preview page, as front, side and oblique),
 * and vertebra L4 alone from above and from the side. Starts a vite dev server (the repo's config, its own
 * cache folder) on a free port, opens the pages in headless Chromium (SwiftShader WebGL) and saves
 * docs/images/model-{side-cutaway,back,l4-top,l4-side,l5-top}.png.
 * Usage (Chromium: run under the browser lock where others share the machine):
 *   npx tsx scripts/model-card/capture-card.ts [--only side-cutaway,back,l4-top,l4-side,l5-top] [--out dir]
 * Lives outside scripts/models/, whose .ts files are build inputs hashed into the glb (scripts/models/hash.ts).
 */
import { createServer } from 'vite'
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

interface Shot {
  name: string
  path: string
  width: number
  height: number
  ready: 'modelReady' | 'cardReady'
}

const SHOTS: Shot[] = [
  { name: 'side-cutaway', path: 'scripts/model-card/views/index.html?shot=side-cutaway', width: 800, height: 978, ready: 'cardReady' },
  { name: 'back', path: 'scripts/models/preview/index.html?ui=0&view=back&model=full&layers=bones,discs,muscles,nerves', width: 800, height: 978, ready: 'modelReady' },
  { name: 'l4-top', path: 'scripts/model-card/views/index.html?shot=l4-top', width: 760, height: 800, ready: 'cardReady' },
  { name: 'l4-side', path: 'scripts/model-card/views/index.html?shot=l4-side', width: 760, height: 560, ready: 'cardReady' },
  { name: 'l5-top', path: 'scripts/model-card/views/index.html?shot=l5-top', width: 760, height: 800, ready: 'cardReady' },
]

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : def
}
const only = arg('only', '')
const out = arg('out', join(REPO_ROOT, 'docs/images'))
const shots = only ? SHOTS.filter((s) => only.split(',').includes(s.name)) : SHOTS

const server = await createServer({
  root: REPO_ROOT,
  configFile: join(REPO_ROOT, 'vite.config.ts'),
  // its own dependency cache: other dev servers and test runs in this tree keep theirs
  cacheDir: join(tmpdir(), 'psoas-model-card-vite'),
  logLevel: 'error',
  server: { port: 5196, strictPort: false, hmr: false },
})
await server.listen()
const base = server.resolvedUrls?.local[0] ?? 'http://localhost:5196/'
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  mkdirSync(out, { recursive: true })
  for (const s of shots) {
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height }, deviceScaleFactor: 1 })
    page.on('pageerror', (e) => console.error(`${s.name}: ${e.message}`))
    page.on('console', (m) => m.type() === 'error' && console.error(`${s.name}: ${m.text()}`))
    page.on('response', (r) => r.status() >= 400 && console.error(`${s.name}: ${r.status()} ${r.url()}`))
    // the preview page names no icon: answer the browser's favicon request instead of a 404
    await page.route('**/favicon.ico', (r) => r.fulfill({ status: 204 }))
    await page.goto(base + s.path)
    // the dev server may reload the page once while it optimises dependencies: wait for the flag itself
    await page.waitForFunction((flag) => (window as unknown as Record<string, boolean>)[flag] === true, s.ready, { timeout: 180_000 })
    const file = join(out, `model-${s.name}.png`)
    await page.screenshot({ path: file })
    console.info(file)
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}

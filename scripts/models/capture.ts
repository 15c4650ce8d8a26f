/**
 * Screenshots of the model: starts a vite dev server on port 5199 (root = repo), opens the preview page in Debian
 * Chromium (SwiftShader WebGL) and saves docs/images/model-{front,side,oblique}.png.
 * Usage: npx tsx scripts/models/capture.ts [--model low] [--layers bones,discs] [--suffix -bones] [--size 900x1100]
 *   [--out dir] [--extra '&patches=0.6']
 */
import { createServer } from 'vite'
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from './hash.ts'

const ARGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : def
}

const model = arg('model', 'full')
const layers = arg('layers', 'bones,discs,muscles,nerves')
const suffix = arg('suffix', '')
const views = arg('views', 'front,side,oblique').split(',')
const extra = arg('extra', '')
const [w, h] = arg('size', '900x1100').split('x').map(Number)

const server = await createServer({ root: REPO_ROOT, configFile: false, logLevel: 'error', server: { port: 5199, strictPort: true, fs: { allow: [REPO_ROOT] } } })
await server.listen()
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS })
try {
  const page = await browser.newPage({ viewport: { width: w, height: h } })
  const out = arg('out', join(REPO_ROOT, 'docs/images'))
  mkdirSync(out, { recursive: true })
  for (const view of views) {
    await page.goto(`http://localhost:5199/scripts/models/preview/index.html?ui=0&view=${view}&model=${model}&layers=${layers}${extra}`)
    await page.waitForFunction(() => (window as unknown as { modelReady?: boolean }).modelReady === true, null, { timeout: 120_000 })
    const file = join(out, `model-${view}${suffix}.png`)
    await page.screenshot({ path: file })
    console.info(file)
  }
} finally {
  await browser.close()
  await server.close()
}

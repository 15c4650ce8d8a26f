// Screenshots of the demo page in headless Chromium (playwright-core + Debian's chromium).
// Usage: start `npx vite --port 5174`, then `node demo/screenshot.mjs [baseUrl] [query]`.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'

const ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-dev-shm-usage', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
]
const log = (s) => process.stdout.write(`${s}\n`)
const base = process.argv[2] ?? 'http://localhost:5174/'
const query = process.argv[3] ?? ''
const suffix = process.argv[4] ?? ''
const action = process.argv[5] ?? ''
mkdirSync('docs/images', { recursive: true })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS })
for (const [name, w, h] of [['desktop', 1280, 800], ['mobile', 390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, deviceScaleFactor: 1 })
  page.on('console', (m) => m.type() === 'error' && log(`[${name}] console: ${m.text()}`))
  page.on('pageerror', (e) => log(`[${name}] pageerror: ${e.message}`))
  page.on('response', (r) => r.status() >= 400 && log(`[${name}] ${r.status()} ${r.url()}`))
  await page.goto(base + query, { waitUntil: 'load' })
  // the dev server may reload once while it optimises dependencies: wait for the component itself
  await page.waitForSelector('.psoas-explainer', { timeout: 60_000 })
  // wait for the model (loading bar gone) or an error panel
  await page.waitForFunction(() => !document.querySelector('[data-testid="loading"]') || document.querySelector('[role="alert"]'), null, { timeout: 60_000 }).catch(() => log('still loading'))
  if (action === 'fullscreen') {
    await page.getByRole('button', { name: 'Full screen' }).click()
    await page.waitForSelector('.demo-frame.is-fullscreen')
  }
  await page.waitForTimeout(1500)
  await page.screenshot({ path: `docs/images/demo-${name}${suffix}.png` })
  await page.close()
}
await browser.close()

// Screenshots of the demo page in headless Chromium (playwright-core + Debian's chromium).
// Usage: start `npx vite --port 5174`, then `node demo/screenshot.mjs [baseUrl] [query] [suffix] [action]`.
// action 'fullscreen': the full-screen button first; 'consult': a tablet (820 × 1180) turns the
// consultation layout on with the demo's toggle; the toolbar and the view are taken (demo-tablet<suffix>.png).
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
const VIEWPORTS = action === 'consult' ? [['tablet', 820, 1180]] : [['desktop', 1280, 800], ['mobile', 390, 844]]
for (const [name, w, h] of VIEWPORTS) {
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
  if (action === 'consult') {
    await page.locator('[data-action="consult-layout"]').click()
    await page.waitForSelector('[data-testid="consult-toolbar"]')
    // the view changes size with the layout: let it settle again
    await page.waitForTimeout(3000)
  }
  await page.waitForTimeout(1500)
  if (action === 'consult') {
    // the toolbar and the view (the panel under them is the same as in the other pictures)
    // (within the viewport: a fullPage capture resizes the viewport and with it the canvas)
    await page.evaluate(() => document.querySelector('.psoas-explainer').scrollIntoView({ block: 'start' }))
    await page.waitForTimeout(1000)
    const root = await page.locator('.psoas-explainer').boundingBox()
    const stage = await page.locator('.psoas-explainer__stage').boundingBox()
    const clip = { x: root.x, y: root.y, width: root.width, height: stage.y + stage.height - root.y }
    await page.screenshot({ path: `docs/images/demo-${name}${suffix}.png`, clip })
  }
  else await page.screenshot({ path: `docs/images/demo-${name}${suffix}.png` })
  await page.close()
}
await browser.close()

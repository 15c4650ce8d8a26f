/**
 * The demo as developers and designers meet it: `npm start` (the vite dev server, React's development build, which
 * reports misuse that the production build keeps quiet about). Loaded in English and in Spanish, each with its text
 * catalog fetched on demand, the page draws the model with no console error and no uncaught error. Until the
 * catalog hook called `use` on every render (src/components/useCatalog.ts), every load logged React's "called use()
 * to suspend in a previous render but did not call use() when it finished". Runs in Node: a vite dev server on a
 * free port, driven with playwright-core in Chromium.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts'
import { en } from '../../src/content/en/index.ts'
import { es } from '../../src/content/es/index.ts'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
let server: ViteDevServer
let browser: Browser
let origin = ''

beforeAll(async () => {
  server = await createServer({ root, logLevel: 'error', server: { port: 0, strictPort: false, open: false } })
  await server.listen()
  origin = server.resolvedUrls!.local[0].replace(/\/$/, '')
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

test.each([
  ['en', '', en.ui.disclaimer],
  ['es', '&lang=es', es.ui.disclaimer],
])('the demo on the dev server (%s): the model drawn, the text in its language, no console or page error', async (lang, query, disclaimer) => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } })
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`))
  await page.goto(`${origin}/?quality=low${query}`)
  // loaded: the explainer, no loading bar or error panel, the canvas laid out (a cold dev server first optimises
  // the dependencies, which can reload the page once)
  await page.waitForFunction(
    () =>
      document.querySelector('.psoas-explainer canvas') !== null &&
      document.querySelector('[data-testid="loading"]') === null &&
      document.querySelector('.psoas-error') === null &&
      (document.querySelector('[data-testid="live-text"]')?.textContent ?? '') !== '',
    null,
    { timeout: 100_000 },
  )
  await page.waitForTimeout(1000)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
  expect(await page.textContent('body')).toContain(disclaimer)
  expect(errors).toEqual([])
  await page.close()
}, 120_000)

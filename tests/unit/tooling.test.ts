/**
 * Tooling a newcomer meets first: the browser lookup for the browser tests (found / not found with a
 * message) and the precompressed model files the demo build writes.
 */
import { mkdtempSync, readFileSync, copyFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { chromiumMissingMessage, findChromium, type LookupEnvironment } from '../../scripts/chromium.ts'
import { precompressModels } from '../../scripts/precompress.ts'

const repoRoot = join(import.meta.dirname, '../..')

function environment(over: Partial<LookupEnvironment> & { files?: string[] }): LookupEnvironment {
  const files = new Set(over.files ?? [])
  return {
    env: over.env ?? {},
    platform: over.platform ?? 'linux',
    exists: (p) => files.has(p),
    playwrightPath: over.playwrightPath ?? (() => '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome'),
  }
}

describe('finding a Chromium for the browser tests', () => {
  test('CHROMIUM_PATH wins when it exists, and is not silently replaced when it does not', () => {
    const files = ['/opt/chrome/chrome', '/usr/bin/chromium']
    expect(findChromium(environment({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, files }))).toEqual({ path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' })
    expect(findChromium(environment({ env: { CHROMIUM_PATH: '/nope' }, files }))).toBeNull()
  })
  test("then Playwright's own Chromium, then the usual places per platform", () => {
    const pw = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome'
    expect(findChromium(environment({ files: [pw, '/usr/bin/chromium'] }))).toEqual({ path: pw, source: 'playwright' })
    expect(findChromium(environment({ files: ['/usr/bin/google-chrome'] }))).toEqual({ path: '/usr/bin/google-chrome', source: 'system' })
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findChromium(environment({ platform: 'darwin', files: [mac] }))).toEqual({ path: mac, source: 'system' })
    const win = join('C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe')
    expect(findChromium(environment({ platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' }, files: [win] }))).toEqual({ path: win, source: 'system' })
  })
  test('none found: null, and one line that says how to get one', () => {
    expect(findChromium(environment({ files: [] }))).toBeNull()
    const line = chromiumMissingMessage({})
    expect(line).not.toContain('\n')
    expect(line).toMatch(/No Chrome or Chromium was found/)
    expect(line).toMatch(/apt-get install chromium/)
    expect(line).toMatch(/npx playwright install chromium/)
    expect(line).toMatch(/CHROMIUM_PATH/)
    expect(chromiumMissingMessage({ CHROMIUM_PATH: '/nope' })).toMatch(/CHROMIUM_PATH is set to "\/nope", which does not exist/)
  })
})

describe('precompressed models', () => {
  test('a .br and a .gz beside each glb decompress to the glb, smaller than it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'psoas-models-'))
    for (const f of readdirSync(join(repoRoot, 'models')).filter((n) => n.endsWith('.glb'))) copyFileSync(join(repoRoot, 'models', f), join(dir, f))
    const sizes = precompressModels(dir)
    expect(sizes.map((s) => s.file)).toEqual(['lumbar-psoas-lowpoly.glb', 'lumbar-psoas.glb'])
    for (const s of sizes) {
      const glb = readFileSync(join(dir, s.file))
      expect(brotliDecompressSync(readFileSync(join(dir, `${s.file}.br`))).equals(glb)).toBe(true)
      expect(gunzipSync(readFileSync(join(dir, `${s.file}.gz`))).equals(glb)).toBe(true)
      expect(s.brotliBytes).toBeLessThan(s.bytes * 0.9)
      expect(s.gzipBytes).toBeLessThan(s.bytes * 0.95)
    }
    // deterministic: the same bytes on a second run
    const again = precompressModels(dir)
    expect(again).toEqual(sizes)
  })
})

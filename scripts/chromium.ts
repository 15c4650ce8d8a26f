/**
 * The Chromium that browser tests, Storybook tests, the benchmark and screenshots run in, with WebGL2
 * through SwiftShader (stack-notes.md): one lookup and one list of flags for all of them.
 *
 * Lookup order: the CHROMIUM_PATH environment variable; Playwright's own Chromium when it has been
 * downloaded (`npx playwright install chromium`); then the usual Chrome/Chromium locations on Linux,
 * macOS and Windows. When none exists, `chromiumMissingMessage()` says what to install.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
]

export type ChromiumSource = 'CHROMIUM_PATH' | 'playwright' | 'system'
export interface FoundChromium {
  path: string
  source: ChromiumSource
}

/** What the lookup reads from its surroundings (injectable for tests). */
export interface LookupEnvironment {
  env: Record<string, string | undefined>
  platform: NodeJS.Platform
  exists: (path: string) => boolean
  /** Playwright's expected Chromium path ('' when Playwright cannot say) */
  playwrightPath: () => string
}

/** Usual install locations per platform, most likely first. */
export function systemChromiumPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      join(env.HOME ?? '', 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ]
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r)
    return roots.flatMap((r) => [join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Chromium', 'Application', 'chrome.exe')])
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium']
}

const DEFAULT_ENVIRONMENT: LookupEnvironment = {
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  playwrightPath: () => {
    try {
      return chromium.executablePath()
    } catch {
      return ''
    }
  },
}

/** The Chromium to use, or null when there is none. An explicit CHROMIUM_PATH wins (and must exist). */
export function findChromium(environment: LookupEnvironment = DEFAULT_ENVIRONMENT): FoundChromium | null {
  const { env, exists } = environment
  const explicit = env.CHROMIUM_PATH?.trim()
  if (explicit) return exists(explicit) ? { path: explicit, source: 'CHROMIUM_PATH' } : null
  const own = environment.playwrightPath()
  if (own && exists(own)) return { path: own, source: 'playwright' }
  for (const p of systemChromiumPaths(environment.platform, env)) if (exists(p)) return { path: p, source: 'system' }
  return null
}

/** One line that says why no browser was found and how to get one. */
export function chromiumMissingMessage(env: Record<string, string | undefined> = process.env): string {
  const explicit = env.CHROMIUM_PATH?.trim()
  const why = explicit ? `CHROMIUM_PATH is set to "${explicit}", which does not exist.` : 'No Chrome or Chromium was found.'
  return (
    `[psoas-explainer] ${why} Browser and Storybook tests need one: install Chromium (Debian/Ubuntu: ` +
    '`sudo apt-get install chromium`; macOS: `brew install --cask chromium` or Google Chrome; Windows: Google Chrome), ' +
    'or run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chrome/Chromium executable.'
  )
}

const found = findChromium()
/** The Chromium executable (the Debian path when none was found: launching it then fails with the message above). */
export const CHROMIUM_PATH: string = found?.path ?? '/usr/bin/chromium'
/** Whether a Chromium was found. */
export const CHROMIUM_FOUND: boolean = found !== null

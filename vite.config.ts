/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import { cpSync, existsSync } from 'node:fs'
import type { Plugin } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

export { CHROMIUM_ARGS }

/** Browser-mode settings shared by the `browser` and `storybook` projects: one headless Chromium, 800x600. */
const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
  instances: [{ browser: 'chromium' as const }],
  viewport: { width: 800, height: 600 },
})

/** The demo build serves the committed models at /models/, as the dev server does. */
function copyModels(outDir: string): Plugin {
  return {
    name: 'psoas-copy-models',
    apply: 'build',
    closeBundle() {
      const from = resolve(root, 'models')
      if (existsSync(from)) cpSync(from, resolve(root, outDir, 'models'), { recursive: true })
    },
  }
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'demo' ? [copyModels('dist/demo')] : [])],
  // The demo page is index.html at the root; models/ is served as static files.
  publicDir: false,
  server: { fs: { allow: [root] } },
  build:
    mode === 'lib'
      ? {
          outDir: 'dist/lib',
          sourcemap: true,
          lib: {
            entry: { index: resolve(root, 'src/index.ts'), 'scene-state': resolve(root, 'src/scene-state/index.ts') },
            formats: ['es'],
          },
          rolldownOptions: {
            external: (id: string) =>
              /^(react|react-dom|three|@react-three\/fiber|@react-three\/drei|zustand)(\/|$)/.test(id),
          },
        }
      : {
          outDir: 'dist/demo',
          sourcemap: true,
          // two pages: the article demo and the iframe embed page (dist/demo/demo/embed.html)
          rolldownOptions: { input: { main: resolve(root, 'index.html'), embed: resolve(root, 'demo/embed.html') } },
        },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/render/**/*.test.{ts,tsx}'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          testTimeout: 60_000,
          fileParallelism: false,
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: resolve(root, '.storybook') })],
        test: {
          name: 'storybook',
          testTimeout: 60_000,
          fileParallelism: false,
          browser: chromiumBrowser(),
          setupFiles: ['.storybook/vitest.setup.ts'],
        },
      },
    ],
  },
}))

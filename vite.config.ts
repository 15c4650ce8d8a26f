/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { detachedCanvasRetainers } from './tests/setup/heap-retainers.ts'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import { cpSync, existsSync } from 'node:fs'
import type { Plugin } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts'
import { precompressModels } from './scripts/precompress.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

export { CHROMIUM_ARGS }

/** Browser-mode settings shared by the `browser` and `storybook` projects: one headless Chromium, 800x600. */
const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
  instances: [{ browser: 'chromium' as const }],
  viewport: { width: 800, height: 600 },
  // the leak tests explain a survivor with its retainer chain
  commands: { detachedCanvasRetainers },
})

/**
 * The demo build serves the committed models at /models/, as the dev server does, with brotli and
 * gzip copies beside each glb for servers that send precompressed files (README, "Hosting").
 */
function copyModels(outDir: string): Plugin {
  return {
    name: 'psoas-copy-models',
    apply: 'build',
    closeBundle() {
      const from = resolve(root, 'models')
      const to = resolve(root, outDir, 'models')
      if (!existsSync(from)) return
      cpSync(from, to, { recursive: true })
      precompressModels(to)
    },
  }
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'demo' ? [copyModels('dist/demo')] : [])],
  // The demo page is index.html at the root; models/ is served as static files.
  publicDir: false,
  server: { fs: { allow: [root] } },
  // Deep imports are pre-bundled up front: one discovered in the middle of a browser or Storybook test
  // run makes Vite re-optimize and reload the page, which loads React twice ("reading 'useContext'").
  optimizeDeps: {
    include: [
      '@react-three/drei/core/OrbitControls.js',
      '@react-three/drei/core/PerspectiveCamera.js',
      '@react-three/drei/web/View.js',
      'three/examples/jsm/utils/BufferGeometryUtils.js',
      'three/examples/jsm/utils/SkeletonUtils.js',
      'three-stdlib',
      // the QR encoder (a lazy import of the app) and the handout test's QR decoder and PDF reader
      'uqr',
      'jsqr',
      'pdfjs-dist',
      'zustand/middleware',
      'zustand/vanilla',
    ],
  },
  build:
    mode === 'lib'
      ? {
          outDir: 'dist/lib',
          sourcemap: true,
          lib: {
            entry: {
              index: resolve(root, 'src/index.ts'),
              scene: resolve(root, 'src/scene.ts'),
              'scene-state': resolve(root, 'src/scene-state/index.ts'),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: (id: string) =>
              /^(react|react-dom|three|@react-three\/fiber|@react-three\/drei|its-fine|react-use-measure|zustand|uqr)(\/|$)/.test(id),
            // One file per source module, so that an app's bundler splits the package by module: the
            // parts <PsoasExplainer> loads on demand (the 3D view, the catalogs, the side panel, the
            // tour) leave the app's first chunk even though the entry also exports some of them.
            // Bundled dependencies go to vendor/ (npm leaves nested node_modules folders out of packages).
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: (chunk: { name: string }) => `${chunk.name.replace(/(^|\/)node_modules\//g, '$1vendor/')}.js`,
            },
          },
        }
      : {
          outDir: 'dist/demo',
          sourcemap: true,
          // two pages: the article demo and the iframe embed page (dist/demo/demo/embed.html)
          rolldownOptions: { input: { main: resolve(root, 'index.html'), embed: resolve(root, 'demo/embed.html') } },
        },
  test: {
    // @react-three/fiber 9.8 creates a THREE.Clock per canvas, which three 0.187 reports as
    // deprecated ("THREE.Clock: This module has been deprecated. Please use THREE.Timer instead.").
    // It comes from the dependency, not from this project: keep it out of the test output.
    // three's WebGLRenderer logs "Context Lost." / "Context Restored." and, when a test restores a context twice,
    // "WEBGL_lose_context extension not supported.": the context-loss tests provoke both on purpose.
    onConsoleLog: (log: string) => !/THREE\.Clock: This module has been deprecated|THREE\.WebGLRenderer: (Context Lost\.|Context Restored\.|WEBGL_lose_context extension not supported)/.test(log),
    projects: [
      {
        extends: true,
        // @react-three/fiber and test-renderer have no "exports" map, so Node would load their CommonJS
        // builds, which require() a second, CommonJS copy of three (three 0.187 warns
        // THREE_CJS_DEPRECATED). Their ESM builds, inlined, use the scene's three.
        resolve: {
          alias: [
            { find: /^@react-three\/fiber$/, replacement: resolve(root, 'node_modules/@react-three/fiber/dist/react-three-fiber.esm.js') },
            { find: /^@react-three\/test-renderer$/, replacement: resolve(root, 'node_modules/@react-three/test-renderer/dist/react-three-test-renderer.esm.js') },
          ],
        },
        test: {
          name: 'unit',
          server: { deps: { inline: [/@react-three\//] } },
          // drei's own dependencies (maath, three-stdlib, …) have no "exports" map either and load as
          // CommonJS in Node, require()-ing three's CommonJS build, which warns THREE_CJS_DEPRECATED
          // once per worker. The warning is the dependencies', not this project's: kept out of the output.
          execArgv: ['--disable-warning=THREE_CJS_DEPRECATED'],
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/render/**/*.test.{ts,tsx}'],
          // every locale's text catalog loaded up front (they load on demand in the product)
          setupFiles: ['tests/setup/catalogs.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // Node side: builds the demo, serves it with a strict Content-Security-Policy and drives Chromium (playwright-core)
        extends: true,
        test: {
          name: 'csp',
          environment: 'node',
          include: ['tests/csp/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          globalSetup: ['tests/setup/require-chromium.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/catalogs.ts'],
          testTimeout: 60_000,
          fileParallelism: false,
          globalSetup: ['tests/setup/require-chromium.ts'],
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
          globalSetup: ['tests/setup/require-chromium.ts'],
          // no setup file: since Storybook 10.3 addon-vitest applies the preview and addon
          // annotations (a11y included) itself, and a setProjectAnnotations call only adds a notice
          browser: chromiumBrowser(),
        },
      },
    ],
  },
}))

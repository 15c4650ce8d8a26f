/**
 * Builds the bench's page of n explainers (bench/pages/viewers.html) for serving at `/bench-build/`:
 * minified as `npm run bench` measures it, or unminified so heap snapshots keep constructor names.
 */
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

export async function buildViewersPage(root: string, outDir: string, options: { minify?: boolean } = {}): Promise<void> {
  await build({
    configFile: false,
    root,
    base: '/bench-build/',
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: options.minify ?? true, rolldownOptions: { input: { viewers: join(root, 'bench/pages/viewers.html') } } },
  })
}

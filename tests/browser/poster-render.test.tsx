/**
 * Builds the posters (models/poster/*.webp): the default scene drawn by the product's own
 * ExplainerCanvas from the real model, one image per camera preset and theme, 800×600, transparent
 * background (the view's background shows through), without labels (their text depends on the locale).
 * Only runs when asked: `npm run poster` (VITE_POSTER=1 vitest run --project browser tests/browser/poster-render.test.tsx).
 * The files are committed; tests/unit/poster.test.ts checks their sizes, tests/browser/explainer-poster.test.tsx
 * compares them with the 3D view's first frame.
 */
import { afterEach, expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import { createSceneStore } from '../../src/scene-state/index.ts'
import { CAMERA_PRESETS } from '../../src/scene-state/types.ts'
import { DARK_SCENE_THEME, LIGHT_SCENE_THEME } from '../../src/theme/palette.ts'
import { POSTER_HEIGHT_PX, POSTER_QUALITY, POSTER_STATE, POSTER_THEMES, POSTER_WIDTH_PX, posterFileName } from '../../src/components/poster.ts'
import { mountCanvas, settle, toBase64, type Mounted } from '../render/browser-harness.tsx'

const REAL = '/models/lumbar-psoas.glb'
const enabled = Boolean(import.meta.env.VITE_POSTER)

let m: Mounted | null = null
afterEach(() => {
  m?.unmount()
  m = null
})

test.skipIf(!enabled)('writes models/poster/*.webp', async () => {
  const scenes = { light: LIGHT_SCENE_THEME, dark: DARK_SCENE_THEME }
  for (const theme of POSTER_THEMES)
    for (const camera of CAMERA_PRESETS) {
      const store = createSceneStore({ ...POSTER_STATE, camera })
      m = await mountCanvas(
        // antialiased (the build can take its time) and transparent: the view's background shows through
        { store, modelUrl: REAL, settleImmediately: true, theme: { ...scenes[theme], canvasBackground: null }, dpr: 1, antialias: true },
        { width: POSTER_WIDTH_PX, height: POSTER_HEIGHT_PX },
        { canvasDefaults: true },
      )
      await settle(m)
      m.state.gl.render(m.state.scene, m.state.camera)
      const canvas = m.state.gl.domElement
      const blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob returned nothing'))), 'image/webp', POSTER_QUALITY),
      )
      expect(blob.type).toBe('image/webp')
      const name = posterFileName(camera, theme)
      console.info(`models/poster/${name}: ${blob.size} B`)
      await commands.writeFile(`models/poster/${name}`, await toBase64(blob), 'base64')
      m.unmount()
      m = null
    }
}, 300_000)

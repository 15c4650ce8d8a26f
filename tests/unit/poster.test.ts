/**
 * The built-in posters (models/poster/, `npm run poster`): one WebP per camera preset and theme,
 * 800×600 with alpha, within the byte budget; which poster a state gets (poster.ts); and that the
 * server-rendered explainer already holds the poster <img>.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { fromQuery } from '../../src/scene-state/codec.ts'
import { DEFAULT_STATE, OPENING_STATE, cloneState } from '../../src/scene-state/state.ts'
import { CAMERA_PRESETS, CHAPTER_IDS, type CameraPreset, type SceneState } from '../../src/scene-state/types.ts'
import { DARK_THEME, LIGHT_THEME } from '../../src/theme/palette.ts'
import { POSTER_HEIGHT_PX, POSTER_THEMES, POSTER_WIDTH_PX, posterFileName, posterPreset, posterTheme, posterUrl } from '../../src/components/poster.ts'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../models/poster')
/** Bytes of the opening view's poster (side, light) and of all of them together. */
const DEFAULT_POSTER_BUDGET = 30_000
const ALL_POSTERS_BUDGET = 200_000

/** Canvas size and alpha flag of a WebP file (RIFF container, VP8X header). */
function webpInfo(bytes: Buffer): { width: number; height: number; alpha: boolean } {
  expect(bytes.toString('ascii', 0, 4)).toBe('RIFF')
  expect(bytes.toString('ascii', 8, 12)).toBe('WEBP')
  // an image with alpha starts with the extended header
  expect(bytes.toString('ascii', 12, 16)).toBe('VP8X')
  const flags = bytes[20]
  return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3), alpha: (flags & 0x10) !== 0 }
}

const state = (patch: Partial<SceneState>): SceneState => ({ ...cloneState(DEFAULT_STATE), ...patch })

describe('the poster files', () => {
  test('one per camera preset and theme, 800×600 WebP with alpha, nothing else in the folder', () => {
    const expected = POSTER_THEMES.flatMap((t) => CAMERA_PRESETS.map((c) => posterFileName(c, t))).sort()
    expect(readdirSync(dir).sort()).toEqual(expected)
    for (const name of expected) expect(webpInfo(readFileSync(join(dir, name))), name).toEqual({ width: POSTER_WIDTH_PX, height: POSTER_HEIGHT_PX, alpha: true })
  })

  test(`within the byte budget: the opening view's ≤ ${DEFAULT_POSTER_BUDGET} B, all ≤ ${ALL_POSTERS_BUDGET} B`, () => {
    const sizes = readdirSync(dir).map((n) => statSync(join(dir, n)).size)
    const main = statSync(join(dir, posterFileName(OPENING_STATE.camera as CameraPreset, 'light'))).size
    expect(main).toBeGreaterThan(5_000) // a picture, not an empty image
    expect(main).toBeLessThanOrEqual(DEFAULT_POSTER_BUDGET)
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(ALL_POSTERS_BUDGET)
  })
})

describe('posterUrl: the poster a state gets', () => {
  const model = '/models/lumbar-psoas.glb'
  test('the default state: the built-in poster of its preset and theme, beside the model', () => {
    expect(posterUrl(undefined, state({}), model, LIGHT_THEME)).toBe('/models/poster/lumbar-psoas-front-light.webp')
    expect(posterUrl(undefined, state({ camera: 'oblique' }), model, DARK_THEME)).toBe('/models/poster/lumbar-psoas-oblique-dark.webp')
    expect(posterUrl(undefined, state({}), 'https://cdn.example/psoas/v2/lumbar-psoas-lowpoly.glb?x=1', LIGHT_THEME)).toBe(
      'https://cdn.example/psoas/v2/poster/lumbar-psoas-front-light.webp',
    )
    expect(posterUrl(undefined, state({}), 'lumbar-psoas.glb', LIGHT_THEME)).toBe('poster/lumbar-psoas-front-light.webp')
  })
  test('ignores what no poster pixel depends on: labels, chapter, notes', () => {
    const s = state({ layers: { ...DEFAULT_STATE.layers, labels: false }, chapter: CHAPTER_IDS[0], annotations: [{ id: 'a', structure: 'vertebraL4', offset: [0, 0, 0], text: 'x' }] })
    expect(posterPreset(s)).toBe('front')
  })
  test('none for any state a poster does not show', () => {
    const others: Partial<SceneState>[] = [
      { tightness: 0.001 },
      { side: 'left' },
      { posture: 'sitting' },
      { focus: 'vertebraL4' },
      { compare: { tightness: 0 } },
      { bodyRegion: { region: 'groin', side: 'left' } },
      { layers: { ...DEFAULT_STATE.layers, nerves: false } },
      { layers: { ...DEFAULT_STATE.layers, outline: true } },
      { camera: { position: [0, 0, 1], target: [0, 0, 0] } },
    ]
    for (const o of others) {
      expect(posterPreset(state(o)), JSON.stringify(o)).toBeNull()
      expect(posterUrl(undefined, state(o), model, LIGHT_THEME)).toBeNull()
    }
  })
  test('false: none; a URL: for the opening (side) view only; another model or palette: no built-in poster', () => {
    expect(posterUrl(false, state({}), model, LIGHT_THEME)).toBeNull()
    expect(posterUrl('/mine.png', state({ camera: 'side' }), '/x/other.glb', { ...LIGHT_THEME, bone: '#ff00ff' })).toBe('/mine.png')
    expect(posterUrl('/mine.png', state({}), model, LIGHT_THEME)).toBeNull()
    expect(posterUrl('/mine.png', state({ camera: 'oblique' }), model, LIGHT_THEME)).toBeNull()
    expect(posterUrl('', state({}), model, LIGHT_THEME)).toBeNull()
    expect(posterUrl(undefined, state({}), '/models/other.glb', LIGHT_THEME)).toBeNull()
    expect(posterTheme({ ...LIGHT_THEME, bone: '#FF00FF' })).toBeNull()
    // the UI colours and the background do not change a poster (transparent background, no labels)
    expect(posterTheme({ ...DARK_THEME, accent: '#00ff00', canvasBackground: '#000000', text: '#ffffff' })).toBe('dark')
    expect(posterTheme({ ...LIGHT_THEME, bone: LIGHT_THEME.bone.toUpperCase() })).toBe('light')
  })
})

test('server rendering: the explainer holds the poster <img> with its alt text (no WebGL needed)', async () => {
  // a server renders once its catalog is loaded, where catalogs load on demand (loadCatalog)
  const content: Record<string, unknown> = await import('../../src/content/index.ts')
  if (typeof content.loadCatalog === 'function') await (content.loadCatalog as (l: string) => Promise<unknown>)('en')
  // a bare explainer opens on the side view (issue 11), and so does its poster
  const html = renderToString(createElement(PsoasExplainer, { controls: 'none' }))
  expect(html).toMatch(/<img[^>]+src="\/models\/poster\/lumbar-psoas-side-light\.webp"/)
  expect(html).toContain('alt="Still picture of the lower back, pelvis, relaxed psoas muscles and nerves, standing. View: Side."')
  // a share link without c= (made when the front view was the default) keeps its front poster
  const link = renderToString(createElement(PsoasExplainer, { controls: 'none', defaultState: fromQuery('t=0').state }))
  expect(link).toMatch(/<img[^>]+src="\/models\/poster\/lumbar-psoas-front-light\.webp"/)
  expect(renderToString(createElement(PsoasExplainer, { controls: 'none', poster: false }))).not.toContain('<img')
})

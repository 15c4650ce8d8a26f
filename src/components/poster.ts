/**
 * The poster: a still image of the 3D view, shown at once while the 3D code and the model load, and
 * with the message when the 3D view cannot be shown (no WebGL, model missing). The built-in posters
 * (models/poster/, built by `npm run poster` from the real model through the product's own canvas)
 * show the default scene — relaxed standing, nothing selected, labels off (their text depends on the
 * locale) — from each camera preset, in the light and the dark theme's anatomy colours, on a
 * transparent background. A poster is shown only while the state draws exactly what it shows;
 * otherwise the view keeps its loading bar (a wrong picture would be worse than none).
 * Plain TypeScript: no React, no three.js.
 */
import { DEFAULT_LAYERS, DEFAULT_STATE, OPENING_STATE } from '../scene-state/state.ts'
import { CAMERA_PRESETS, LAYER_KEYS, type CameraPreset, type SceneState } from '../scene-state/types.ts'
import { DARK_THEME, LIGHT_THEME, type PsoasTheme } from '../theme/palette.ts'

/** Size of the built-in posters (CSS px of the view they were drawn in; the view shows them at its height). */
export const POSTER_WIDTH_PX = 800
export const POSTER_HEIGHT_PX = 600
/** WebP quality of the built-in posters (0..1). */
export const POSTER_QUALITY = 0.8
/** The themes with built-in posters (their anatomy colours). */
export const POSTER_THEMES = ['light', 'dark'] as const
export type PosterTheme = (typeof POSTER_THEMES)[number]

/**
 * `poster` prop: a URL of an image of the opening view (OPENING_STATE, from the side; shown while the
 * state is that view),
 * `false` for none; undefined for the built-in posters.
 */
export type PosterProp = string | false | undefined

/** What every poster shows (the camera is per file): the default state without labels. */
export const POSTER_STATE: Readonly<Omit<SceneState, 'camera'>> = Object.freeze({
  ...DEFAULT_STATE,
  layers: Object.freeze({ ...DEFAULT_LAYERS, labels: false }),
})

/**
 * The narrowest view (width / height) in which each preset's camera stays at its usual distance, so
 * the poster, scaled to the view's height, is what the 3D view draws. In narrower views the camera
 * moves back to keep the spine and pelvis whole (cameraFraming.ts), so the poster's image is hidden
 * there (a CSS container query, posterCss). Measured at 18c6cc9 (the camera first moves back below
 * 0.58 front and back, 0.42 side, 0.68 oblique and top) and rounded up; the poster browser test
 * compares each poster with the first frame at these aspects.
 */
export const POSTER_MIN_ASPECT: Readonly<Record<CameraPreset, number>> = Object.freeze({ front: 0.6, back: 0.6, side: 0.44, oblique: 0.7, top: 0.7 })

/** The poster's CSS rules that hide its image in views narrower than its preset's POSTER_MIN_ASPECT. */
export function posterCss(): string {
  return CAMERA_PRESETS.map(
    (p) => `@container psoas-poster (max-aspect-ratio: ${Math.round(POSTER_MIN_ASPECT[p] * 100)}/100) { .psoas-explainer__poster[data-preset="${p}"] img { display: none; } }`,
  ).join('\n')
}

/** File name of a built-in poster, in the `poster/` folder beside the model. */
export function posterFileName(camera: CameraPreset, theme: PosterTheme): string {
  return `lumbar-psoas-${camera}-${theme}.webp`
}

/**
 * The camera preset whose poster shows what `state` draws, or null. Ignored because no poster pixel
 * depends on them: the labels layer (the 3D view adds the labels when it takes over), the chapter
 * (its scene is in the other fields), the notes (pins drawn by the 3D view).
 */
export function posterPreset(state: Readonly<SceneState>): CameraPreset | null {
  const d = POSTER_STATE
  if (typeof state.camera !== 'string' || !CAMERA_PRESETS.includes(state.camera)) return null
  if (state.tightness !== d.tightness || state.side !== d.side || state.posture !== d.posture) return null
  if (state.focus !== null || state.compare !== null || state.bodyRegion !== null) return null
  for (const k of LAYER_KEYS) if (k !== 'labels' && state.layers[k] !== d.layers[k]) return null
  return state.camera
}

/** The anatomy colours a poster is drawn in (the background is transparent, the labels absent). */
const ANATOMY_KEYS = ['bone', 'disc', 'discLoaded', 'muscle', 'muscleTight', 'nerve', 'nerveCompressed', 'highlight', 'force'] as const satisfies ReadonlyArray<keyof PsoasTheme>

/** The built-in poster theme with the same anatomy colours as `theme`, or null (a custom palette). */
export function posterTheme(theme: Readonly<PsoasTheme>): PosterTheme | null {
  const same = (t: Readonly<PsoasTheme>) => ANATOMY_KEYS.every((k) => theme[k].toLowerCase() === t[k].toLowerCase())
  return same(LIGHT_THEME) ? 'light' : same(DARK_THEME) ? 'dark' : null
}

/** The package's models (full and low-poly): their posters are in `poster/` beside them. */
const PACKAGE_MODEL = /^(.*\/)?lumbar-psoas(?:-lowpoly)?\.glb(?:[?#].*)?$/

/**
 * The poster to show for `state`, or null. `poster` false: none. A URL: the host's picture of the
 * default front view, shown only in that view. Undefined: the built-in poster of the state's preset
 * and theme, looked for beside the model when it is the package's model (a host that serves
 * `models/` elsewhere finds it there too; another model has no built-in poster).
 */
export function posterUrl(poster: PosterProp, state: Readonly<SceneState>, modelUrl: string, theme: Readonly<PsoasTheme>): string | null {
  if (poster === false) return null
  const preset = posterPreset(state)
  if (preset === null) return null
  if (typeof poster === 'string') return poster !== '' && preset === OPENING_STATE.camera ? poster : null
  const colours = posterTheme(theme)
  const match = PACKAGE_MODEL.exec(modelUrl)
  if (colours === null || match === null) return null
  return `${match[1] ?? ''}poster/${posterFileName(preset, colours)}`
}

/**
 * The one palette of the explainer: colours of the UI and of the 3D anatomy, light and dark. Plain
 * data (no React, no three.js): components/theme.ts exposes it as the `theme` prop and CSS custom
 * properties, render/materials.ts colours the scene from it, so a loaded disc, the highlight and the
 * force arrows have the same colour in `<PsoasExplainer>` and in a bare `<PsoasScene>`.
 */

/** Every colour of the explainer. Any CSS colour string three.js understands (#rgb, #rrggbb, rgb(), names). */
export interface PsoasTheme {
  /** page-like background of the component */
  background: string
  /** panel (controls, text) background; also the background of the 3D labels */
  surface: string
  /** main text colour; also the text and leader lines of the 3D labels */
  text: string
  /** secondary text colour */
  mutedText: string
  /** borders and dividers */
  border: string
  /** UI accent: slider, pressed buttons, focus ring */
  accent: string
  /** text drawn on the accent colour */
  accentText: string
  /** highlighted structure (3D focus/hover glow, focus ring of the 3D view) and UI alerts */
  highlight: string
  /** bones */
  bone: string
  /** discs */
  disc: string
  /** relaxed muscle */
  muscle: string
  /** tight muscle (also drawn with a pattern, never colour alone) */
  muscleTight: string
  /** nerves */
  nerve: string
  /** a nerve that could be irritated, its compression-site marker and the symptom regions */
  nerveCompressed: string
  /** disc tint at the highest load shown */
  discLoaded: string
  /** force arrows */
  force: string
  /** background of the 3D view */
  canvasBackground: string
}

export const LIGHT_THEME: Readonly<PsoasTheme> = Object.freeze({
  background: '#ffffff',
  surface: '#f6f7f9',
  text: '#1d2430',
  mutedText: '#4a5466',
  border: '#c9ced8',
  accent: '#1f5fbf',
  accentText: '#ffffff',
  highlight: '#b3261e',
  bone: '#e9dfc9',
  disc: '#8fb7d8',
  muscle: '#c0504d',
  muscleTight: '#8a1c2b',
  nerve: '#f2c62f',
  nerveCompressed: '#ff3d00',
  discLoaded: '#e0703a',
  force: '#1f7a4d',
  canvasBackground: '#eef1f5',
})

export const DARK_THEME: Readonly<PsoasTheme> = Object.freeze({
  background: '#12161d',
  surface: '#1b212b',
  text: '#e8ecf2',
  mutedText: '#b4bdcb',
  border: '#3a4455',
  accent: '#7fb0ff',
  accentText: '#0b1220',
  highlight: '#ff8a80',
  bone: '#d8cfbb',
  disc: '#7aa6cc',
  muscle: '#d0605a',
  muscleTight: '#9c2336',
  nerve: '#f2c62f',
  nerveCompressed: '#ff3d00',
  discLoaded: '#e0703a',
  force: '#4fd18b',
  canvasBackground: '#0d1117',
})

/** Colours of the 3D scene (a view of the palette: the anatomy keys, label colours, background). */
export interface SceneTheme {
  /** vertebrae, sacrum, pelvis, femurs */
  bone: string
  /** intervertebral discs at normal load */
  disc: string
  /** disc tint at the highest load shown */
  discLoaded: string
  /** psoas and iliacus when relaxed */
  muscle: string
  /** psoas when severely tight */
  muscleTight: string
  /** nerves */
  nerve: string
  /** a nerve that could be irritated (compressed), the compression-site marker, the symptom regions */
  nerveCompressed: string
  /** focused / hovered structure glow */
  highlight: string
  /** force arrows */
  force: string
  /** label text */
  labelText: string
  /** label background */
  labelBackground: string
  /** background of the 3D view; null = transparent (the page shows through) */
  canvasBackground: string | null
}

/** The 3D scene's colours taken from a palette. */
export function sceneColors(theme: PsoasTheme): SceneTheme {
  return {
    bone: theme.bone,
    disc: theme.disc,
    discLoaded: theme.discLoaded,
    muscle: theme.muscle,
    muscleTight: theme.muscleTight,
    nerve: theme.nerve,
    nerveCompressed: theme.nerveCompressed,
    highlight: theme.highlight,
    force: theme.force,
    labelText: theme.text,
    labelBackground: theme.surface,
    canvasBackground: theme.canvasBackground,
  }
}

export const LIGHT_SCENE_THEME: Readonly<SceneTheme> = Object.freeze(sceneColors(LIGHT_THEME))
export const DARK_SCENE_THEME: Readonly<SceneTheme> = Object.freeze(sceneColors(DARK_THEME))

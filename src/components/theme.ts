/**
 * Theme of the explainer: colours of the UI and of the anatomy. Every value is also exposed as a
 * CSS custom property (`--psoas-*`) on the component's root, so a host page can override it in CSS.
 */
import type { CSSProperties } from 'react'

export interface PsoasTheme {
  /** page-like background of the component */
  background: string
  /** panel (controls, text) background */
  surface: string
  /** main text colour */
  text: string
  /** secondary text colour */
  mutedText: string
  /** borders and dividers */
  border: string
  /** UI accent: slider, pressed buttons, focus ring */
  accent: string
  /** text drawn on the accent colour */
  accentText: string
  /** highlighted structure / symptom region */
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
  /** a nerve that could be irritated, and its compression-site marker */
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
  bone: '#e9e2d0',
  disc: '#8fb3d9',
  muscle: '#c7675a',
  muscleTight: '#8e1f1a',
  nerve: '#e0b020',
  nerveCompressed: '#d0341f',
  discLoaded: '#3a5f9e',
  force: '#6a2c91',
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
  bone: '#d9d2c0',
  disc: '#7aa6d6',
  muscle: '#d27a6d',
  muscleTight: '#ff5a4a',
  nerve: '#ffd24a',
  nerveCompressed: '#ff6b4a',
  discLoaded: '#9dc1ff',
  force: '#c89bf0',
  canvasBackground: '#0d1117',
})

const VAR_NAMES: Record<keyof PsoasTheme, string> = {
  background: '--psoas-bg',
  surface: '--psoas-surface',
  text: '--psoas-text',
  mutedText: '--psoas-muted',
  border: '--psoas-border',
  accent: '--psoas-accent',
  accentText: '--psoas-accent-text',
  highlight: '--psoas-highlight',
  bone: '--psoas-bone',
  disc: '--psoas-disc',
  muscle: '--psoas-muscle',
  muscleTight: '--psoas-muscle-tight',
  nerve: '--psoas-nerve',
  nerveCompressed: '--psoas-nerve-compressed',
  discLoaded: '--psoas-disc-loaded',
  force: '--psoas-force',
  canvasBackground: '--psoas-canvas-bg',
}

/** The CSS custom property of each theme key (e.g. `accent` → `--psoas-accent`). */
export const THEME_CSS_VARS: Readonly<Record<keyof PsoasTheme, string>> = Object.freeze(VAR_NAMES)

/** `'light' | 'dark'` or a partial theme laid over the light one. */
export type PsoasThemeProp = 'light' | 'dark' | Partial<PsoasTheme>

export function resolveTheme(theme: PsoasThemeProp | undefined): PsoasTheme {
  if (theme === 'dark') return { ...DARK_THEME }
  if (typeof theme !== 'object' || theme === null) return { ...LIGHT_THEME }
  // only string colours of known keys are taken
  const out: PsoasTheme = { ...LIGHT_THEME }
  for (const k of Object.keys(LIGHT_THEME) as Array<keyof PsoasTheme>) {
    const v = (theme as Record<string, unknown>)[k]
    if (typeof v === 'string' && v !== '') out[k] = v
  }
  return out
}

/** The theme as inline CSS custom properties. */
export function themeToCssVars(theme: PsoasTheme): CSSProperties {
  const out: Record<string, string> = {}
  for (const k of Object.keys(VAR_NAMES) as Array<keyof PsoasTheme>) out[VAR_NAMES[k]] = theme[k]
  return out as CSSProperties
}

/** The colours the 3D scene uses (render's SceneTheme fields), taken from a PsoasTheme. */
export function sceneColors(theme: PsoasTheme) {
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

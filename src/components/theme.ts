/**
 * Theme of the explainer: colours of the UI and of the anatomy. Every value is also exposed as a
 * CSS custom property (`--psoas-*`) on the component's root, so a host page can override it in CSS.
 */
import type { CSSProperties } from 'react'
import { DARK_THEME, LIGHT_THEME, sceneColors, type PsoasTheme } from '../theme/palette.ts'

// the palette lives in src/theme (one place for UI and 3D colours)
export { DARK_THEME, LIGHT_THEME, sceneColors, type PsoasTheme }

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

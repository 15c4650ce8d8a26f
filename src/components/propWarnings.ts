/**
 * Dev-only warnings for bad props (Radix style: each names the prop, the bad value and what is
 * accepted). Each message is given once per component instance, not on every render.
 */
import { MODEL_QUALITIES } from '../platform/model-quality.ts'
import { useCallback, useState } from 'react'
import { OPENING_STATE, parseState, type Problem } from '../scene-state/index.ts'
import type { SceneState } from '../scene-state/types.ts'
import { LOCALES, resolveLocale } from '../content/index.ts'
import { CONTROLS_MODES, EXPLAINER_MODES, type ControlsMode, type ExplainerMode, type PsoasExplainerProps } from './types.ts'

/** True outside production builds (process.env.NODE_ENV is replaced by bundlers). */
function isDev(): boolean {
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return true
  }
}

/** Gives a warning once (per component instance), in development builds only. */
export type WarnOnce = (message: string) => void

/** One `warnOnce` per component instance. */
export function useWarnOnce(): WarnOnce {
  const [warn] = useState(() => {
    const seen = new Set<string>()
    return (message: string) => {
      if (!isDev() || seen.has(message)) return
      seen.add(message)
      console.warn(message)
    }
  })
  return warn
}

function warnProblems(warn: WarnOnce, prop: string, problems: readonly Problem[]): void {
  for (const p of problems)
    warn(`[psoas-explainer] <PsoasExplainer ${prop}>: \`${prop}.${p.field}\` was ${p.value}; accepted: ${p.expected}. A valid value is used instead.`)
}

/**
 * A complete, valid state from anything (a prop, a ref call); each problem warned once, naming `prop`.
 * Fields the input leaves out come from OPENING_STATE (the side view: issue 11).
 */
export type Sanitize = (input: unknown, prop: string) => SceneState

export function useSanitize(warn: WarnOnce, onProblems?: (problems: readonly Problem[]) => void): Sanitize {
  return useCallback(
    (input: unknown, prop: string): SceneState => {
      const { state, problems } = parseState(input ?? {}, OPENING_STATE)
      warnProblems(warn, prop, problems)
      if (problems.length > 0) onProblems?.(problems)
      return state
    },
    [warn, onProblems],
  )
}

/** Warns about a locale without a catalog (the nearest one is used). */
export function warnLocale(warn: WarnOnce, locale: string | undefined): void {
  if (locale !== undefined && !(LOCALES as readonly string[]).some((l) => locale.toLowerCase().startsWith(l)))
    warn(`[psoas-explainer] <PsoasExplainer locale>: "${locale}" is not available; accepted: ${LOCALES.join(', ')}. Using "${resolveLocale(locale)}".`)
}

/** Checks the `mode` prop; returns the layout to use. */
export function checkMode(warn: WarnOnce, mode: unknown): ExplainerMode {
  if (mode === undefined) return 'standard'
  if (EXPLAINER_MODES.includes(mode as ExplainerMode)) return mode as ExplainerMode
  warn(`[psoas-explainer] <PsoasExplainer mode>: ${JSON.stringify(mode)} is not accepted; accepted: 'standard', 'consult'. Using 'standard'.`)
  return 'standard'
}

/** Checks the presentation props; returns the controls mode to use. */
export function checkProps(warn: WarnOnce, props: PsoasExplainerProps): ControlsMode {
  const { controls = 'full', modelUrl, modelQuality, theme, reducedMotion } = props
  let mode: ControlsMode = controls
  if (!CONTROLS_MODES.includes(controls)) {
    warn(`[psoas-explainer] <PsoasExplainer controls>: ${JSON.stringify(controls)} is not accepted; accepted: 'full', 'minimal', 'none'. Using 'full'.`)
    mode = 'full'
  }
  if (modelUrl !== undefined && (typeof modelUrl !== 'string' || modelUrl === ''))
    warn(`[psoas-explainer] <PsoasExplainer modelUrl>: expected a non-empty URL string, got ${JSON.stringify(modelUrl)}.`)
  if (modelQuality !== undefined && !MODEL_QUALITIES.includes(modelQuality))
    warn(`[psoas-explainer] <PsoasExplainer modelQuality>: ${JSON.stringify(modelQuality)} is not accepted; accepted: ${MODEL_QUALITIES.map((q) => `'${q}'`).join(', ')}. Using 'auto'.`)
  if (theme !== undefined && (typeof theme === 'string' ? theme !== 'light' && theme !== 'dark' : typeof theme !== 'object' || theme === null))
    warn(`[psoas-explainer] <PsoasExplainer theme>: ${JSON.stringify(theme)} is not accepted; accepted: 'light', 'dark' or an object of colours. Using 'light'.`)
  if (reducedMotion !== undefined && typeof reducedMotion !== 'boolean')
    warn(`[psoas-explainer] <PsoasExplainer reducedMotion>: expected true or false, got ${JSON.stringify(reducedMotion)}.`)
  return mode
}

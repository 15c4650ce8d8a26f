/**
 * Consultation scenarios: named combinations of side, tightness and posture that a physician sets
 * with one tap (their labels are in the text catalogs, keyed by id), and one-stop tightness steps.
 * Plain data only: no React, three.js or DOM.
 */
import { TIGHTNESS_STOPS, TIGHTNESS_STOP_NAMES, type TightnessStop } from './state.ts'
import type { Posture, SceneState, TightSide } from './types.ts'

export interface Scenario {
  side: TightSide
  stop: TightnessStop
  posture: Posture
}

/** The scenarios in toolbar (and shortcut-key) order. */
export const SCENARIO_IDS = ['relaxed', 'bothMildStanding', 'rightTightStanding', 'rightSevereSitting', 'rightSevereRising', 'leftTightThomas'] as const
export type ScenarioId = (typeof SCENARIO_IDS)[number]

export const SCENARIOS: Readonly<Record<ScenarioId, Readonly<Scenario>>> = Object.freeze({
  relaxed: { side: 'both', stop: 'relaxed', posture: 'standing' },
  bothMildStanding: { side: 'both', stop: 'mild', posture: 'standing' },
  rightTightStanding: { side: 'right', stop: 'tight', posture: 'standing' },
  rightSevereSitting: { side: 'right', stop: 'severe', posture: 'sitting' },
  // the psoas is slack in sitting; its pull shows at seat-off
  rightSevereRising: { side: 'right', stop: 'severe', posture: 'risingFromChair' },
  leftTightThomas: { side: 'left', stop: 'tight', posture: 'thomasTest' },
})

export type ScenarioFields = Pick<SceneState, 'side' | 'tightness' | 'posture'>

/** The partial state a scenario sets (pass it to `actions.replace` for one undo step). */
export function scenarioState(id: ScenarioId): ScenarioFields {
  const s = SCENARIOS[id]
  return { side: s.side, tightness: TIGHTNESS_STOPS[s.stop], posture: s.posture }
}

/**
 * The scenario the state shows, or null. At tightness 0 the side changes nothing, so it is not
 * compared (a relaxed standing state is "relaxed" whatever its side).
 */
export function activeScenario(state: ScenarioFields): ScenarioId | null {
  for (const id of SCENARIO_IDS) {
    const s = scenarioState(id)
    if (s.tightness !== state.tightness || s.posture !== state.posture) continue
    if (s.tightness === 0 || s.side === state.side) return id
  }
  return null
}

/** The next named tightness stop above (`direction` 1) or below (-1) `tightness`; the same value at the ends. */
export function stepTightness(tightness: number, direction: 1 | -1): number {
  const stops = TIGHTNESS_STOP_NAMES.map((n) => TIGHTNESS_STOPS[n])
  if (direction > 0) return stops.find((v) => v > tightness) ?? tightness
  return [...stops].reverse().find((v) => v < tightness) ?? tightness
}

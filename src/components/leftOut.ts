/**
 * What a link, an attribute or a message carried that the view could not keep (README, "Embedding
 * safely": nothing is dropped silently). Read from parseState's problems: pins beyond
 * LIMITS.maxAnnotations, notes cut to LIMITS.maxAnnotationText characters, and (for a link the host
 * hands over with `inputProblems`) a model address the iframe page refused (not from an allowed
 * origin) and every other value of the view that could not be used (parameters the codec does not
 * know are the host page's, and are not counted).
 */
import { LIMITS, type Problem } from '../scene-state/index.ts'

export interface LeftOut {
  /** pins beyond the limit */
  pins: number
  /** notes shortened to the limit */
  cut: number
  /** model addresses refused (not on the page's origin or an allowed one): the default model is shown */
  model: number
  /** other values that could not be used */
  other: number
}

export const NOTHING_LEFT_OUT: LeftOut = Object.freeze({ pins: 0, cut: 0, model: 0, other: 0 })

/** The field of the problem an embed reports for a refused model address (src/embed/iframe.tsx). */
export const MODEL_FIELD = 'model'

const CUT_TEXT = /^annotations\[\d+\]\.text$/
const ARRAY_OF = /^\[array of (\d+)\]$/

/**
 * Counts what `problems` say was left out. `limitsOnly`: count only the pins and notes over the
 * limits (for values the host passes itself, whose other problems are a developer's business and
 * get a dev warning instead).
 */
export function leftOutOf(problems: readonly Problem[], limitsOnly = false): LeftOut {
  let pins = 0
  let cut = 0
  let model = 0
  let other = 0
  for (const p of problems) {
    const many = p.field === 'annotations' ? ARRAY_OF.exec(p.value) : null
    if (many && p.expected.includes('dropped')) pins += Math.max(0, Number(many[1]) - LIMITS.maxAnnotations)
    else if (CUT_TEXT.test(p.field) && p.expected.includes('truncated')) cut++
    else if (p.field === MODEL_FIELD) model++
    // the last entry of a capped list counts the problems that were not listed
    else if (p.field === '*') other += Number(p.value) || 0
    // a parameter the codec does not know belongs to the host page (a language, a campaign tag), not to the view
    else if (!p.expected.startsWith('a known parameter')) other++
  }
  return limitsOnly ? { pins, cut, model: 0, other: 0 } : { pins, cut, model, other }
}

export function isNothingLeftOut(l: LeftOut): boolean {
  return l.pins === 0 && l.cut === 0 && l.model === 0 && l.other === 0
}

/** The larger count of each kind (the same input reported twice, as React's strict mode does, counts once). */
export function mergeLeftOut(a: LeftOut, b: LeftOut): LeftOut {
  return { pins: Math.max(a.pins, b.pins), cut: Math.max(a.cut, b.cut), model: Math.max(a.model, b.model), other: Math.max(a.other, b.other) }
}

/**
 * The live description in words: scene-state's derived view gives the facts, the locale's catalog
 * the sentences. Unknown locales fall back to English (resolveLocale).
 */
import { deriveView, type SceneView, type ViewInput } from '../scene-state/view.ts'
import { getCatalog } from './index.ts'

function viewOf(input: SceneView | ViewInput): SceneView {
  return 'facts' in input ? input : deriveView(input)
}

/** The plain-language description of a state (or of its derived view) in a locale. */
export function describe(input: SceneView | ViewInput, locale?: string | null): string {
  const m = getCatalog(locale).describe
  const f = viewOf(input).facts
  return [m.headline(f), m.posture(f), m.disc(f), m.nerves(f), m.caveat(f)].filter((s) => s !== '').join(' ')
}

/** A short title, e.g. "Right psoas tight (66%), standing". */
export function describeShort(input: SceneView | ViewInput, locale?: string | null): string {
  return getCatalog(locale).describe.short(viewOf(input).facts)
}

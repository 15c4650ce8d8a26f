/**
 * Content entry point: text catalogs per locale, the guided-tour chapters, the claims with their
 * evidence and references, and small pure helpers to read them. The catalogs load on demand
 * (catalogs.ts): the helpers that take a locale need its catalog loaded (loadCatalog).
 */
import type { NerveKey, StructureId } from '../scene-state/ids.ts'
import { DEFAULT_LOCALE, getCatalog } from './catalogs.ts'
import { REFERENCES } from './references.ts'
import type { Grade, GradeNote, LiteratureId, ReferenceId } from './types.ts'
import { LITERATURE_IDS } from './types.ts'

export * from './types.ts'
export { CLAIMS, getClaim } from './claims.ts'
export { CHAPTERS, chapterOrder, getChapter, nextChapter, previousChapter } from './chapters.ts'
export { REFERENCES } from './references.ts'
export * from './safety.ts'
export * from './differentials.ts'
export { discStartMeasured, usualLordosisRange, type DegreeRange } from './evidence.ts'
export { describe, describeShort } from './describe.ts'
export { HANDOUT_MAX_CHAPTERS, handoutChapters } from './handout.ts'
export type { LiteratureReference } from './references.ts'

export { DEFAULT_LOCALE, LANGUAGE_NAMES, LOCALES, getCatalog, loadCatalog, loadedCatalog, resolveLocale, type Locale } from './catalogs.ts'

/**
 * Fills `{name}` placeholders of a catalog template. Numbers are inserted as given (format them
 * first). A placeholder without a value is left visible, so a missing value shows up in review.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  )
}

/** Display name of a structure, e.g. "Femoral nerve (right)". */
export function structureLabel(id: StructureId, locale: string = DEFAULT_LOCALE): string {
  return getCatalog(locale).structures[id].name
}

/**
 * Text of a structure's label in the 3D view: its name, and for a nerve its spinal roots as the
 * catalog writes them (an en dash, "Femoral nerve (right) · L2–L4"; never scene-state's data key "L2-L4").
 */
export function structureLabelWithRoots(id: StructureId, nerve: NerveKey | undefined, locale: string = DEFAULT_LOCALE): string {
  const c = getCatalog(locale)
  const name = c.structures[id].name
  return nerve ? `${name} · ${c.nerves[nerve].roots}` : name
}

/** One-sentence description of a structure. */
export function structureDescription(id: StructureId, locale: string = DEFAULT_LOCALE): string {
  return getCatalog(locale).structures[id].description
}

function isLiterature(id: ReferenceId): id is LiteratureId {
  return (LITERATURE_IDS as readonly string[]).includes(id)
}

/** Short text shown beside a claim for one reference: a citation ("Heino 1990") or a translated ground. */
export function referenceLabel(id: ReferenceId, locale: string = DEFAULT_LOCALE): string {
  return isLiterature(id) ? REFERENCES[id].short : getCatalog(locale).basis[id]
}

/** Full citation of a literature reference, or the translated ground for a non-literature one. */
export function referenceFull(id: ReferenceId, locale: string = DEFAULT_LOCALE): string {
  return isLiterature(id) ? REFERENCES[id].full : getCatalog(locale).basis[id]
}

/** Grade name with its qualifier, e.g. "Plausible (only when there are warning signs)". */
export function gradeLabel(grade: Grade, note: GradeNote | undefined, locale: string = DEFAULT_LOCALE): string {
  const c = getCatalog(locale)
  const name = c.evidence.grades[grade].name
  return note ? `${name} (${c.evidence.gradeNotes[note]})` : name
}

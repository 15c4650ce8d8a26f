/**
 * Content entry point: text catalogs per locale, the guided-tour chapters, the claims with their
 * evidence and references, and small pure helpers to read them.
 */
import type { StructureId } from '../scene-state/ids.ts'
import { en } from './en/index.ts'
import { es } from './es/index.ts'
import { REFERENCES } from './references.ts'
import type { Catalog, Grade, GradeNote, LiteratureId, ReferenceId } from './types.ts'
import { LITERATURE_IDS } from './types.ts'

export * from './types.ts'
export { CLAIMS, getClaim } from './claims.ts'
export { CHAPTERS, chapterOrder, getChapter, nextChapter, previousChapter } from './chapters.ts'
export { REFERENCES } from './references.ts'
export * from './safety.ts'
export * from './differentials.ts'
export { describe, describeShort } from './describe.ts'
export { HANDOUT_MAX_CHAPTERS, handoutChapters } from './handout.ts'
export type { LiteratureReference } from './references.ts'

/**
 * The catalog of each locale. Adding a locale is one folder (a `Catalog`, its description sentences
 * included) and one line here.
 */
const CATALOGS = {
  en,
  es,
} as const satisfies Record<string, Catalog>

/** A locale with a catalog. */
export type Locale = keyof typeof CATALOGS
/** Locales with a catalog; the first is the fallback. */
export const LOCALES = Object.keys(CATALOGS) as readonly Locale[]
export const DEFAULT_LOCALE: Locale = 'en'

/**
 * The supported locale for a BCP 47 tag: exact match, else its language ('es-MX' → 'es'),
 * else the default ('en'). Case-insensitive.
 */
export function resolveLocale(locale: string | null | undefined): Locale {
  const tag = (locale ?? '').trim().toLowerCase().replace(/_/g, '-')
  if ((LOCALES as readonly string[]).includes(tag)) return tag as Locale
  const language = tag.split('-')[0]
  if ((LOCALES as readonly string[]).includes(language)) return language as Locale
  return DEFAULT_LOCALE
}

/** The catalog for a locale; unknown locales fall back to English. */
export function getCatalog(locale: string | null | undefined): Catalog {
  return CATALOGS[resolveLocale(locale)]
}

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

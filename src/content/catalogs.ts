/**
 * The text catalogs, one per locale, each loaded on demand: a page downloads only the catalog of
 * the language it shows (issue 14: the Spanish text is not in an English page's scripts, and no
 * text is in the first chunk). `loadCatalog(locale)` fetches one (once; later calls share the
 * promise); `getCatalog(locale)` returns a loaded one synchronously. `<PsoasExplainer>` loads its
 * locale's catalog itself before it shows any text (useCatalog), so it never shows a wrong language.
 */
import type { Catalog } from './types.ts'

/**
 * How each locale's catalog is fetched. Adding a locale is one folder (a `Catalog`, its description
 * sentences included) and one line here (and its name in LANGUAGE_NAMES).
 */
const LOADERS = {
  en: () => import('./en/index.ts').then((m) => m.en),
  es: () => import('./es/index.ts').then((m) => m.es),
} as const satisfies Record<string, () => Promise<Catalog>>

/** A locale with a catalog. */
export type Locale = keyof typeof LOADERS
/** Locales with a catalog; the first is the fallback. */
export const LOCALES = Object.keys(LOADERS) as readonly Locale[]
export const DEFAULT_LOCALE: Locale = 'en'

/** Each locale's name in its own language (a language menu can list them without loading every catalog; equal to each catalog's meta.languageName, tested). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = Object.freeze({ en: 'English', es: 'Español' })

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

const loaded = new Map<Locale, Catalog>()
const pending = new Map<Locale, Promise<Catalog>>()

/**
 * Loads the catalog of a locale (unknown locales: English). One request per locale: later calls,
 * also while it loads, get the same promise. A failed load (e.g. the network) is tried again on the
 * next call.
 */
export function loadCatalog(locale: string | null | undefined): Promise<Catalog> {
  const l = resolveLocale(locale)
  let p = pending.get(l)
  if (!p) {
    const promise: Promise<Catalog> = LOADERS[l]().then(
      (catalog) => {
        loaded.set(l, catalog)
        // React's `use` reads a promise marked fulfilled at once, without suspending (the thenable fields React
        // itself sets on promises it has seen): useCatalog can then always call `use`, also for a catalog loaded
        // before React saw the promise, and a render never skips the `use` it suspended on
        Object.assign(promise, { status: 'fulfilled', value: catalog })
        return catalog
      },
      (e: unknown) => {
        pending.delete(l)
        throw e
      },
    )
    p = promise
    pending.set(l, p)
  }
  return p
}

/** The catalog of a locale if it is loaded (unknown locales: English), else undefined. */
export function loadedCatalog(locale: string | null | undefined): Catalog | undefined {
  return loaded.get(resolveLocale(locale))
}

/**
 * The catalog for a locale (unknown locales fall back to English), once loaded: it throws, naming
 * the fix, when `loadCatalog(locale)` has not finished. `<PsoasExplainer>` loads its own.
 */
export function getCatalog(locale: string | null | undefined): Catalog {
  const catalog = loadedCatalog(locale)
  if (catalog) return catalog
  const l = resolveLocale(locale)
  throw new Error(`[psoas-explainer] The "${l}" text catalog is not loaded yet: await loadCatalog('${l}') before getCatalog('${l}') (catalogs load on demand).`)
}

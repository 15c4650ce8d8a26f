import { use } from 'react'
import { loadCatalog, loadedCatalog } from '../content/catalogs.ts'
import type { Catalog } from '../content/types.ts'

/**
 * The catalog of a locale for rendering: at once when it is loaded, else the component suspends
 * (React `use`) until it is, so the nearest <Suspense> shows its fallback instead of text in
 * another language. Unknown locales: English.
 */
export function useCatalog(locale: string | null | undefined): Catalog {
  return loadedCatalog(locale) ?? use(loadCatalog(locale))
}

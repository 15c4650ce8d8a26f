import { use } from 'react'
import { loadCatalog } from '../content/catalogs.ts'
import type { Catalog } from '../content/types.ts'

/**
 * The catalog of a locale for rendering: at once when it is loaded, else the component suspends
 * (React `use`) until it is, so the nearest <Suspense> shows its fallback instead of text in
 * another language. Unknown locales: English. `use` is called on every render (loadCatalog's promise
 * reads at once when loaded): calling it only while the catalog loads made React log "called use()
 * to suspend in a previous render but did not call use() when it finished" on every page load.
 */
export function useCatalog(locale: string | null | undefined): Catalog {
  return use(loadCatalog(locale))
}

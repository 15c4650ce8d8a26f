/**
 * The text catalogs load on demand (src/content/catalogs.ts, issue 14). Each test takes a fresh copy
 * of the module (the test setup has loaded every catalog into the shared one), so "not loaded yet" is real.
 */
import { beforeEach, expect, test, vi } from 'vitest'
import { en } from '../../../src/content/en/index.ts'
import { es } from '../../../src/content/es/index.ts'

type CatalogsModule = typeof import('../../../src/content/catalogs.ts')
let fresh: CatalogsModule

beforeEach(async () => {
  vi.resetModules()
  fresh = await import('../../../src/content/catalogs.ts')
})

test('before loading, getCatalog throws a message that names the locale and the fix; loadedCatalog is undefined', () => {
  expect(fresh.loadedCatalog('es')).toBeUndefined()
  expect(() => fresh.getCatalog('es-MX')).toThrow(/"es" text catalog is not loaded yet: await loadCatalog\('es'\)/)
  expect(() => fresh.getCatalog('fr')).toThrow(/"en" text catalog is not loaded yet/)
})

test('loadCatalog loads only the locale asked for (regional tags and unknown locales resolved), and getCatalog then returns it', async () => {
  const catalog = await fresh.loadCatalog('es-MX')
  // a fresh module instance: equal text (its functions are other instances)
  expect(catalog.meta).toEqual(es.meta)
  expect(catalog.ui).toEqual(es.ui)
  expect(fresh.getCatalog('es')).toBe(catalog)
  expect(fresh.loadedCatalog('en')).toBeUndefined()
  expect((await fresh.loadCatalog('fr')).ui).toEqual(en.ui)
  expect(fresh.getCatalog('en').meta.locale).toBe('en')
})

test('one load per locale: calls while it loads and after share one promise', async () => {
  const a = fresh.loadCatalog('es')
  const b = fresh.loadCatalog('ES')
  expect(b).toBe(a)
  expect(a).not.toHaveProperty('status')
  const catalog = await a
  expect(fresh.loadCatalog('es')).toBe(a)
  expect(fresh.loadCatalog('en')).not.toBe(a)
  // loaded, the promise is marked the way React's `use` reads without suspending (useCatalog calls `use` on every render)
  expect(a).toMatchObject({ status: 'fulfilled', value: catalog })
})

test('LANGUAGE_NAMES lists every locale by its catalog\'s own name', async () => {
  for (const locale of fresh.LOCALES) expect(fresh.LANGUAGE_NAMES[locale]).toBe((await fresh.loadCatalog(locale)).meta.languageName)
  expect(Object.keys(fresh.LANGUAGE_NAMES)).toEqual([...fresh.LOCALES])
})

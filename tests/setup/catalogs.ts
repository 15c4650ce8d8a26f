/**
 * Setup of the unit and browser projects: every locale's text catalog is loaded before the tests,
 * so a test can read text synchronously (getCatalog, describe, structureLabel). The product loads
 * its catalog itself (useCatalog); the lazy path is tested on the builds (tests/csp, the consumer app).
 */
import { LOCALES, loadCatalog } from '../../src/content/catalogs.ts'

await Promise.all(LOCALES.map((l) => loadCatalog(l)))

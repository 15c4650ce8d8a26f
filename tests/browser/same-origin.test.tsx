/**
 * No request leaves the page's own origin: the model, the meshopt decoder (bundled, not fetched
 * from a CDN), fonts and scripts all come from here. Checked on the resource timing entries after
 * the full explainer has loaded and drawn the model.
 */
import { afterEach, expect, test } from 'vitest'
import { PsoasExplainer } from '../../src/index.ts'
import { LOWPOLY, mount, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(unmountAll)

test('the explainer loads everything from the page origin', async () => {
  let ready = false
  const before = new Set(performance.getEntriesByType('resource').map((e) => e.name))
  mount(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion onReady={() => (ready = true)} />)
  await waitFor(() => ready, 45_000, 'onReady')
  const entries = performance.getEntriesByType('resource').map((e) => e.name)
  const fresh = entries.filter((n) => !before.has(n))
  // the model was fetched by this mount, so the check saw the explainer's own requests
  expect(fresh.some((n) => n.endsWith('/models/lumbar-psoas-lowpoly.glb'))).toBe(true)
  const foreign = entries.filter((n) => !n.startsWith('data:') && !n.startsWith('blob:') && new URL(n).origin !== location.origin)
  expect(foreign).toEqual([])
})

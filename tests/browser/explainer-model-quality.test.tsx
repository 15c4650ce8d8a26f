/**
 * `modelQuality`: under a phone-sized viewport with software WebGL (SwiftShader here) 'auto' draws the
 * low-poly model; an explicit 'full' wins; a low model the host does not serve falls back to the full
 * one without an error. What was fetched is read from the page's resource timings.
 */
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { page } from 'vitest/browser'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { isSoftwareRenderer } from '../../src/platform/webgl.ts'
import { mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

const FULL = '/models/lumbar-psoas.glb'
const LOW = '/models/lumbar-psoas-lowpoly.glb'
const fetched = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)

beforeAll(async () => {
  await page.viewport(390, 844)
})
afterAll(async () => {
  await page.viewport(1280, 900)
})
afterEach(() => {
  unmountAll()
  performance.clearResourceTimings()
})

test('auto under a phone viewport on software WebGL: the low-poly model is the one downloaded and drawn', async () => {
  expect(window.innerWidth).toBe(390)
  expect(isSoftwareRenderer()).toBe(true)
  let ready = false
  const { host } = mount(<PsoasExplainer reducedMotion controls="minimal" height={200} onReady={() => (ready = true)} />, 390)
  await waitFor(() => ready, 30_000, 'first frame')
  expect(q(host, '.psoas-explainer').dataset.modelQuality).toBe('low')
  expect(fetched()).toContain(LOW)
  expect(fetched()).not.toContain(FULL)
})

test("modelQuality='full' wins over the phone viewport and the software renderer", async () => {
  let ready = false
  const { host } = mount(<PsoasExplainer modelQuality="full" reducedMotion controls="minimal" height={200} onReady={() => (ready = true)} />, 390)
  await waitFor(() => ready, 30_000, 'first frame')
  expect(q(host, '.psoas-explainer').dataset.modelQuality).toBe('full')
  expect(fetched()).toContain(FULL)
  expect(fetched()).not.toContain(LOW)
})

test('a low model the host does not serve: auto falls back to the full model, no error', async () => {
  let ready = false
  const errors: string[] = []
  const { host } = mount(
    <PsoasExplainer lowModelUrl="/models/not-served.glb" reducedMotion controls="minimal" height={200} onReady={() => (ready = true)} onError={(e) => errors.push(e.message)} />,
    390,
  )
  await waitFor(() => ready, 30_000, 'first frame after the fallback')
  expect(fetched()).toContain('/models/not-served.glb')
  expect(errors).toEqual([])
  expect(host.querySelector('[role="alert"]')).toBeNull()
})

/**
 * The 3D view fills its stage: the canvas is as tall as the `height` prop (full and minimal
 * controls) and as wide as the stage, not the 300×150 default of a canvas without a sized parent.
 */
import { afterEach, expect, test } from 'vitest'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(unmountAll)

test.each([['full'], ['minimal'], ['none']] as const)('controls=%s: the canvas fills the 3D stage (height prop 420 px)', async (controls) => {
  let ready = false
  const { host } = mount(<PsoasExplainer modelUrl={LOWPOLY} controls={controls} reducedMotion height={420} onReady={() => (ready = true)} />)
  await waitFor(() => ready, 30_000, 'first frame')
  const stage = q(host, '.psoas-explainer__stage').getBoundingClientRect()
  const canvas = q(host, 'canvas').getBoundingClientRect()
  expect(stage.height).toBe(420)
  expect(canvas.height).toBe(420)
  expect(Math.abs(canvas.width - stage.width)).toBeLessThanOrEqual(1)
})

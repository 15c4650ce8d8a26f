/**
 * Compare in one canvas (real Chromium, low-poly model): with a compare state the view draws two
 * panes into ONE canvas and one WebGL context (drei View), each pane a labelled DOM element; the
 * compare pane shows the compare state's pose; a click in either pane selects in the main store;
 * without compare only the main view exists, full size.
 */
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { Vector3, type PerspectiveCamera } from 'three'
import ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import { createSceneStore } from '../../src/scene-state/index.ts'
import { colourDistance, hex, mountCanvas, settle, sleep, waitFor, type Mounted } from '../render/browser-harness.tsx'

const LOWPOLY = '/models/lumbar-psoas-lowpoly.glb'
const BACKGROUND = hex('#eef1f5')
let m: Mounted | null = null
afterEach(() => {
  m?.unmount()
  m = null
})

/** Mean RGB of a (2r+1)² square. */
function mean(mm: Mounted, x: number, y: number, r = 3): number[] {
  const sum = [0, 0, 0]
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) {
      const p = mm.pixel(x + dx, y + dy)
      for (let i = 0; i < 3; i++) sum[i] += p[i]
    }
  return sum.map((v) => v / (2 * r + 1) ** 2)
}

test('compare: two labelled panes in one canvas, the compare pose on the right, clicks select in the main store; off: one full view', async () => {
  const store = createSceneStore({ tightness: 1, side: 'both', posture: 'standing', layers: { labels: false, forces: false }, compare: { tightness: 0 } })
  m = await mountCanvas({ store, modelUrl: LOWPOLY, settleImmediately: true, compareLabels: { current: 'Now', compare: 'Relaxed' } }, { width: 400, height: 240 })
  await settle(m)
  await sleep(100)
  // render on demand with two views too: nothing is drawn once settled
  const f0 = m.frames()
  await sleep(1000)
  expect(m.frames()).toBe(f0)
  expect(m.host.querySelectorAll('canvas')).toHaveLength(1)
  const main = m.host.querySelector<HTMLElement>('[data-view="main"]')!
  const compare = m.host.querySelector<HTMLElement>('[data-view="compare"]')!
  expect(main.querySelector('.psoas-explainer__view-label')!.textContent).toBe('Now')
  expect(compare.querySelector('.psoas-explainer__view-label')!.textContent).toBe('Relaxed')
  expect(main.getBoundingClientRect().width).toBe(200)
  expect(compare.getBoundingClientRect().left - main.getBoundingClientRect().left).toBe(200)

  // the L3 body as seen by the main camera (the compare camera follows it): drawn in both panes
  const cam = m.state.camera as PerspectiveCamera
  expect(cam.aspect).toBeCloseTo(200 / 240, 6)
  const l3 = new Vector3(...ref.landmarks.bodyCentreL3.position_m)
  const ndc = l3.clone().project(cam)
  const x = ((ndc.x + 1) / 2) * 200
  const y = ((1 - ndc.y) / 2) * 240
  expect(colourDistance(mean(m, x, y), BACKGROUND)).toBeGreaterThan(20)
  expect(colourDistance(mean(m, x + 200, y), BACKGROUND)).toBeGreaterThan(20)
  // corners of both panes: background (each pane cleared, nothing drawn across the seam)
  expect(colourDistance(m.pixel(3, 3), BACKGROUND)).toBeLessThan(3)
  expect(colourDistance(m.pixel(203, 3), BACKGROUND)).toBeLessThan(3)

  // tight (left pane) vs relaxed (right pane): the tilted pelvis moves L3 forward and down on screen
  // from the front; the same screen point differs between the panes somewhere along the spine
  let differs = 0
  for (let dy = -40; dy <= 40; dy += 4) if (colourDistance(mean(m, x, y + dy, 1), mean(m, x + 200, y + dy, 1)) > 25) differs++
  expect(differs).toBeGreaterThan(0)

  // a click on L3 in the compare pane (relaxed: L3 at its rest place) selects it in the (one) store
  await userEvent.click(compare, { position: { x: Math.round(x), y: Math.round(y) } })
  await waitFor(() => store.getState().focus === 'vertebraL3', 5000, 'selection from the compare pane')
  store.getState().setFocus(null)
  await userEvent.click(main, { position: { x: Math.round(x), y: Math.round(y) } })
  // the main pane is tight: the spine has moved, so the same point hits the lumbar spine, not L3 itself
  await waitFor(() => store.getState().focus !== null, 5000, 'selection from the main pane')
  expect(store.getState().focus).toMatch(/^(vertebra|disc)L[2-4]/)

  // compare off: no panes, one canvas, the camera back to the canvas's aspect
  m.settledFlag.value = false
  store.getState().setCompare(null)
  await waitFor(() => !m!.host.querySelector('[data-view]'), 5000, 'panes gone')
  await settle(m)
  expect(m.host.querySelectorAll('canvas')).toHaveLength(1)
  expect(cam.aspect).toBeCloseTo(400 / 240, 6)
  expect(m.node('vertebraL3')).toBeTruthy()
})

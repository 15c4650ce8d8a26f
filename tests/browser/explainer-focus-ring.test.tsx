/**
 * The 3D view's keyboard focus ring is visible in the pixels a user sees (not covered by the WebGL
 * canvas): a real screenshot of the page after Tab reaches the viewer has the ring's colour all
 * along the viewer's four edges, and none of it before.
 */
import { afterEach, expect, test } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { LOWPOLY, mount, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(() => unmountAll())

type Rgb = [number, number, number]

/** A screenshot of the page region of `el` as RGBA pixels (device pixels = CSS px at dpr 1). */
async function pixels(el: HTMLElement): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const shot = await page.screenshot({ element: el, base64: true, save: false })
  // with save: false the base64 PNG is returned as a string
  const base64 = shot as unknown as string
  const img = new Image()
  img.src = `data:image/png;base64,${base64}`
  await img.decode()
  const c = document.createElement('canvas')
  c.width = img.width
  c.height = img.height
  const g = c.getContext('2d')!
  g.drawImage(img, 0, 0)
  return { data: g.getImageData(0, 0, c.width, c.height).data, width: c.width, height: c.height }
}

function rgb(css: string): Rgb {
  const c = document.createElement('canvas').getContext('2d')!
  c.fillStyle = css
  c.fillRect(0, 0, 1, 1)
  const d = c.getImageData(0, 0, 1, 1).data
  return [d[0], d[1], d[2]]
}

/** Share of the pixels on the 4 lines 1 px inside the edges that have the colour (±24 per channel). */
function edgeShare(p: { data: Uint8ClampedArray; width: number; height: number }, colour: Rgb): number {
  const at = (x: number, y: number) => {
    const i = (y * p.width + x) * 4
    return colour.every((v, k) => Math.abs(p.data[i + k] - v) <= 24)
  }
  let hit = 0
  let all = 0
  const count = (x: number, y: number) => {
    all++
    if (at(x, y)) hit++
  }
  for (let x = 4; x < p.width - 4; x++) for (const y of [1, p.height - 2]) count(x, y)
  for (let y = 4; y < p.height - 4; y++) for (const x of [1, p.width - 2]) count(x, y)
  return hit / all
}

test('Tab onto the 3D view draws a focus ring visible on all four edges of the view', async () => {
  let ready = false
  const m = mount(
    <>
      <button type="button">before</button>
      <PsoasExplainer modelUrl={LOWPOLY} controls="none" height={240} reducedMotion onReady={() => (ready = true)} />
    </>,
    360,
  )
  await waitFor(() => ready, 30_000, 'onReady')
  const viewer = m.host.querySelector<HTMLElement>('[role="application"]')!
  m.host.querySelector('button')!.focus()
  const unfocused = await pixels(viewer)
  await userEvent.tab()
  expect(document.activeElement).toBe(viewer)
  const ring = await waitFor(() => viewer.querySelector<HTMLElement>('[data-focus-ring]'), 2000, 'ring on')
  // the ring's colour as the computed style gives it ("rgb(…) 0px 0px 0px 3px inset")
  const ringColour = rgb(/rgba?\([^)]*\)/.exec(getComputedStyle(ring).boxShadow)![0])
  const before = edgeShare(unfocused, ringColour)
  const after = edgeShare(await pixels(viewer), ringColour)
  console.info(`focus ring: ${(before * 100).toFixed(1)} % of edge pixels before, ${(after * 100).toFixed(1)} % after`)
  expect(before).toBeLessThan(0.05)
  expect(after).toBeGreaterThan(0.95)
}, 60_000)

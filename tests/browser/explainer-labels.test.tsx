/**
 * Issue 11, item 2: labels that never bury the anatomy. In real Chromium, at a phone viewport
 * (390 × 844) and a desktop one (1280 × 800), at tightness 1 with the labels layer on: at most 6
 * labels on the phone and 12 on the desktop (both compare panes together), no two label boxes
 * intersect, none covers the caption or a compare pane's title, the focused structure and the
 * compressed nerves are labelled; the boxes the labels publish (data-labels) are where label pixels
 * are drawn. Framing: in compare on a phone, each half-width pane shows the whole L1–pelvis spine in
 * every camera preset (nothing drawn touches the pane's top or sides).
 */
import { afterEach, expect, test } from 'vitest'
import { page } from 'vitest/browser'
import { _roots } from '@react-three/fiber'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { CAMERA_PRESETS, createSceneStore, type SceneState } from '../../src/scene-state/index.ts'
import { LIGHT_THEME } from '../../src/theme/palette.ts'
import { LOWPOLY, mount, q, sleep, unmountAll, waitFor } from './explainer-helpers.tsx'
import { colourDistance, hex, mountCanvas, settle, type Mounted as CanvasMounted } from '../render/browser-harness.tsx'

let canvasMount: CanvasMounted | null = null
afterEach(async () => {
  unmountAll()
  canvasMount?.unmount()
  canvasMount = null
  await page.viewport(800, 600)
})

interface Box {
  id: string
  short?: boolean
  pane: string
  x0: number
  y0: number
  x1: number
  y1: number
}
type Rect = Pick<Box, 'x0' | 'y0' | 'x1' | 'y1'>

/** The labels drawn, as the scenes publish them (data-labels: pane px), in client px. */
function labelBoxes(host: HTMLElement): Box[] {
  const out: Box[] = []
  for (const el of host.querySelectorAll<HTMLElement>('[data-labels]')) {
    const r = el.getBoundingClientRect()
    for (const b of JSON.parse(el.dataset.labels!) as Box[])
      out.push({ id: b.id, short: b.short, pane: el.dataset.view ?? 'single', x0: r.left + b.x0, y0: r.top + b.y0, x1: r.left + b.x1, y1: r.top + b.y1 })
  }
  return out
}
const rectOf = (el: Element): Rect => {
  const r = el.getBoundingClientRect()
  return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom }
}
const intersect = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

function overlaps(boxes: Box[]): string[] {
  const out: string[] = []
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (intersect(boxes[i], boxes[j])) out.push(`${boxes[i].id} × ${boxes[j].id}`)
  return out
}

/** Mounts the explainer with labels on and waits until the labels are published after settling. */
async function explainer(viewport: { width: number; height: number }, width: number, state: Partial<SceneState>) {
  await page.viewport(viewport.width, viewport.height)
  let ready = false
  const m = mount(
    <PsoasExplainer modelUrl={LOWPOLY} reducedMotion controls="full" height={470} defaultState={state} onReady={() => (ready = true)} />,
    width,
  )
  await waitFor(() => ready, 30_000, 'onReady')
  const panes = state.compare ? 2 : 1
  await waitFor(() => m.host.querySelectorAll('[data-labels]').length === panes, 10_000, 'labels published')
  // the last settled frame has been drawn
  await sleep(300)
  return m
}

/** The checks every layout must pass; returns the boxes. */
function checkLayout(host: HTMLElement, budget: number, what: string): Box[] {
  const boxes = labelBoxes(host)
  console.info(`${what}: ${boxes.length} labels: ${boxes.map((b) => `${b.pane}:${b.id}${b.short ? ' (short)' : ''}`).join(', ')}`)
  expect(boxes.length, what).toBeLessThanOrEqual(budget)
  expect(overlaps(boxes), what).toEqual([])
  const caption = host.querySelector('[data-testid="view-caption"]')
  expect(caption, `${what}: the caption is shown at tightness 1`).not.toBeNull()
  expect.soft(boxes.filter((b) => intersect(b, rectOf(caption!))).map((b) => b.id), `${what}: labels over the caption`).toEqual([])
  for (const title of host.querySelectorAll('.psoas-explainer__view-label'))
    expect.soft(boxes.filter((b) => intersect(b, rectOf(title))).map((b) => b.id), `${what}: labels over "${title.textContent}"`).toEqual([])
  // every box inside its pane
  for (const b of boxes) {
    const pane = b.pane === 'single' ? q(host, 'canvas') : q(host, `[data-view="${b.pane}"]`)
    const p = rectOf(pane)
    expect(b.x0 >= p.x0 && b.x1 <= p.x1 && b.y0 >= p.y0 && b.y1 <= p.y1, `${what}: ${b.id} inside its pane`).toBe(true)
  }
  return boxes
}

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

test('phone, severe right: at most 6 labels, none over another or the caption; the compressed nerves first; drawn where published', async () => {
  const m = await explainer(PHONE, 366, { tightness: 1, side: 'right', camera: 'front' })
  const canvas = q<HTMLCanvasElement>(m.host, 'canvas')
  // a phone-sized viewer
  expect(canvas.getBoundingClientRect().width).toBeLessThan(480)
  const boxes = checkLayout(m.host, 6, 'phone, front')
  expect(boxes.length).toBeGreaterThanOrEqual(4)
  const ids = boxes.map((b) => b.id)
  // the compressed nerves come first: the femoral nerve (the first in clinical order) is labelled,
  // and every label shown is a compressed nerve or the tight psoas, the loaded disc or a landmark
  expect(ids).toContain('femoralRight')
  expect(ids.filter((id) => id.endsWith('Left') && id !== 'femurLeft')).toEqual([])

  // the published boxes are drawn: the label background colour at the left padding of each box
  const gl = _roots.get(canvas)!.store.getState().gl
  const ctx = gl.getContext()
  const cr = canvas.getBoundingClientRect()
  const surface = hex(LIGHT_THEME.surface)
  const px = new Uint8Array(4)
  for (const b of boxes) {
    const x = Math.round(b.x0 - cr.left + 3)
    const y = Math.round((b.y0 + b.y1) / 2 - cr.top)
    ctx.readPixels(x, ctx.drawingBufferHeight - 1 - y, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, px)
    expect(colourDistance([px[0], px[1], px[2]], surface), `${b.id}: label background at its box`).toBeLessThan(12)
  }
})

test('phone: the focused structure is labelled first, even when it is no landmark', async () => {
  const m = await explainer(PHONE, 366, { tightness: 1, side: 'right', camera: 'front', focus: 'femurLeft' })
  const ids = checkLayout(m.host, 6, 'phone, focus femurLeft').map((b) => b.id)
  expect(ids[0]).toBe('femurLeft')
  expect(ids).toContain('femoralRight')
})

test('desktop, severe both: at most 12 labels, none over another or the caption; compressed nerves of both sides', async () => {
  const m = await explainer(DESKTOP, 1080, { tightness: 1, side: 'both', camera: 'front' })
  const ids = checkLayout(m.host, 12, 'desktop, front').map((b) => b.id)
  expect(ids.length).toBeGreaterThanOrEqual(8)
  expect(ids).toContain('femoralRight')
  expect(ids).toContain('femoralLeft')
})

test('phone, side view, severe both: at most 6 labels, none over another or the caption', async () => {
  const m = await explainer(PHONE, 366, { tightness: 1, side: 'both', camera: 'side' })
  expect(checkLayout(m.host, 6, 'phone, side').length).toBeGreaterThanOrEqual(3)
})

for (const [name, viewport, width, budget] of [
  ['phone', PHONE, 366, 6],
  ['desktop', DESKTOP, 1080, 12],
] as const)
  for (const camera of ['front', 'side', 'close'] as const)
    test(`${name}, compare with relaxed, ${camera} view: at most ${budget} labels in both panes, the pane titles and the caption uncovered`, async () => {
      // 'close': a free camera near the top of the lumbar spine, where labels crowd the panes' top edge and titles
      const cam = camera === 'close' ? { position: [0, -0.22, 0.55] as [number, number, number], target: [0, -0.2, 0] as [number, number, number] } : camera
      const m = await explainer(viewport, width, { tightness: 1, side: 'right', camera: cam, compare: { tightness: 0 } })
      const boxes = checkLayout(m.host, budget, `${name}, compare ${camera}`)
      // the tight side's first compressed nerve is named in the current state's pane (in short where the pane is narrow)
      expect(boxes.filter((b) => b.pane === 'main').map((b) => b.id)).toContain('femoralRight')
      expect(boxes.filter((b) => b.pane === 'compare').length).toBeGreaterThanOrEqual(2)
      expect([...m.host.querySelectorAll('.psoas-explainer__view-label')].map((t) => t.textContent)).toEqual(['Now', 'Relaxed'])
    })

test('compare on a phone-sized view: each half-width pane shows the whole spine and pelvis in every preset', async () => {
  const BACKGROUND = hex('#eef1f5')
  // no labels or arrows: only the anatomy is drawn
  const store = createSceneStore({ tightness: 1, side: 'right', layers: { labels: false, forces: false }, compare: { tightness: 0 }, camera: 'side' })
  canvasMount = await mountCanvas({ store, modelUrl: LOWPOLY, settleImmediately: true }, { width: 366, height: 470 })
  const m = canvasMount
  const W = 183
  const H = 470
  /** pixels of the anatomy along the pane's top edge and both side edges, down to 80 % of the height */
  const onEdges = (left: number) => {
    let n = 0
    for (let x = 1; x < W - 1; x += 2) if (colourDistance(m.pixel(left + x, 1), BACKGROUND) > 6) n++
    for (let y = 1; y < H * 0.8; y += 2) {
      if (colourDistance(m.pixel(left + 1, y), BACKGROUND) > 6) n++
      if (colourDistance(m.pixel(left + W - 2, y), BACKGROUND) > 6) n++
    }
    return n
  }
  const drawn = (left: number) => {
    let n = 0
    for (let y = 10; y < H; y += 10) for (let x = 4; x < W; x += 6) if (colourDistance(m.pixel(left + x, y), BACKGROUND) > 20) n++
    return n
  }
  const results: string[] = []
  for (const preset of CAMERA_PRESETS) {
    m.settledFlag.value = false
    store.getState().setCamera(preset)
    await settle(m)
    await sleep(100)
    for (const [pane, left] of [["main", 0], ["compare", W]] as const) {
      // the anatomy is there, and none of it is cut by the pane's top or sides
      expect(drawn(left), `${preset} ${pane}: anatomy drawn`).toBeGreaterThan(40)
      results.push(`${preset}/${pane}: ${onEdges(left)}`)
    }
  }
  console.info(`anatomy pixels on the pane edges: ${results.join(', ')}`)
  expect(results.filter((r) => !r.endsWith(': 0'))).toEqual([])
})

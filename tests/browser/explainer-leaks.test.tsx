/**
 * No leaks: mounting and unmounting the explainer many times leaves nothing reachable — heap, DOM
 * nodes and event listeners come back to where they started after a forced garbage collection
 * (CDP: HeapProfiler.collectGarbage + Performance.getMetrics), and every canvas that was created is
 * collected (WeakRefs: 0 detached canvases survive).
 */
import { afterEach, expect, test } from 'vitest'
import { cdp, commands } from 'vitest/browser'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { definePsoasExplainerElement } from '../../src/embed/element.tsx'
import { LOWPOLY, mount, sleep, unmountAll, waitFor, type Mounted } from './explainer-helpers.tsx'
import '../setup/heap-retainers.ts'

afterEach(() => unmountAll())

type Metrics = { heap: number; nodes: number; listeners: number }

async function collect(): Promise<Metrics> {
  const session = cdp()
  // R3F releases a root ~0.5 s after its unmount; microtasks and timers of the last unmount settle first
  await sleep(1200)
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage')
  const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
  const get = (name: string) => metrics.find((m) => m.name === name)!.value
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') }
}

/**
 * One React root for every cycle: a root adds ~140 listeners of its own to its container, which
 * Chromium's JSEventListeners counter keeps after the container is collected; what is measured here
 * is the explainer's mount and unmount, not the test's roots.
 */
let host: Mounted | null = null

/** DOM nodes (elements and text) of one mounted explainer, as the Nodes metric counts them. */
let viewerNodes = 0
const countNodes = (root: Node) => {
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_ALL)
  let n = 0
  while (walk.nextNode()) n++
  return n
}

/** Mounts one small explainer, waits for its first frame, unmounts it; returns a WeakRef to its canvas. */
async function cycle(): Promise<WeakRef<HTMLCanvasElement>> {
  host ??= mount(null, 240)
  let ready = false
  host.root.render(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion controls="minimal" height={120} onReady={() => (ready = true)} />)
  await waitFor(() => ready, 30_000, 'onReady')
  const canvas = host.host.querySelector('canvas')!
  viewerNodes = countNodes(host.host)
  host.root.render(null)
  await waitFor(() => host!.host.childElementCount === 0, 5000, 'unmounted')
  return new WeakRef(canvas)
}

test('30 mounts and unmounts of <PsoasExplainer>: heap, DOM nodes and listeners back within 10 %, at most 1 detached canvas', async () => {
  await cdp().send('Performance.enable')
  // warm up: the 3D code, the model cache and the shader programs' first compile are loaded once per page
  await cycle()
  await cycle()
  const before = await collect()
  const canvases: WeakRef<HTMLCanvasElement>[] = []
  for (let i = 0; i < 30; i++) canvases.push(await cycle())
  // React keeps the last unmounted tree in the root's other fiber until the root commits again
  host!.root.render(<p>after</p>)
  await waitFor(() => host!.host.textContent === 'after', 5000, 'next commit')
  let after = await collect()
  let alive = canvases.filter((c) => c.deref() !== undefined).length
  // under load the last viewer's release (R3F, ~0.5 s after its unmount) can come after the first
  // collection: collect again for a few seconds; a real leak stays whatever the wait
  for (let i = 0; i < 8 && alive > 0; i++) {
    after = await collect()
    alive = canvases.filter((c) => c.deref() !== undefined).length
  }
  // any canvas still alive is explained in the output (its retainer chain from a heap snapshot)
  if (alive > 0) console.info(await commands.detachedCanvasRetainers())
  const which = canvases.flatMap((c, i) => (c.deref() ? [i + 1] : []))
  console.info(`leaks: heap ${before.heap} → ${after.heap} B, nodes ${before.nodes} → ${after.nodes} (one viewer: ${viewerNodes}), listeners ${before.listeners} → ${after.listeners}, canvases alive ${alive}/30 [${which.join(',')}]`)
  // A leak per mount keeps ~30 canvases. Once in several runs under CPU load (CI, 2 cores), the
  // last viewer's canvas and tree stay reachable beyond the ~10 s waited here. The chain printed in
  // CI (element test, 2026-12-03): ReactSharedInternals.S → a closure of R3F's reconciler → its
  // module variable holding the last root it committed → the R3F store → gl → the canvas, i.e.
  // react-reconciler's "last root" state, replaced by its next commit. One is tolerated, with its nodes.
  expect(alive).toBeLessThanOrEqual(1)
  expect(after.heap).toBeLessThanOrEqual(before.heap * 1.1)
  expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.1 + alive * viewerNodes)
  expect(after.listeners).toBeLessThanOrEqual(before.listeners * 1.1)
}, 240_000)

/** DOM nodes of one mounted <psoas-explainer> (controls none). */
let elementNodes = 0

/** Adds a <psoas-explainer>, waits for its first frame (psoas-ready), removes it; a WeakRef to its canvas and to itself. */
async function elementCycle(): Promise<WeakRef<Element>[]> {
  const el = document.createElement('psoas-explainer')
  el.setAttribute('model-url', LOWPOLY)
  el.setAttribute('controls', 'none')
  el.setAttribute('height', '120')
  el.setAttribute('reduced-motion', '')
  let ready = false
  el.addEventListener('psoas-ready', () => (ready = true))
  document.body.append(el)
  await waitFor(() => ready, 30_000, 'psoas-ready')
  const canvas = el.querySelector('canvas')!
  elementNodes = countNodes(el)
  el.remove()
  await sleep(50)
  return [new WeakRef(canvas), new WeakRef(el)]
}

test('10 additions and removals of <psoas-explainer>: heap, DOM nodes and listeners back within 10 %, at most 1 canvas alive', async () => {
  definePsoasExplainerElement()
  await cdp().send('Performance.enable')
  await elementCycle()
  const before = await collect()
  const refs: WeakRef<Element>[][] = []
  for (let i = 0; i < 10; i++) refs.push(await elementCycle())
  let after = await collect()
  const aliveCanvases = () => refs.filter(([canvas]) => canvas.deref() !== undefined).length
  // as above: collect again for a few seconds when the last release came late
  for (let i = 0; i < 8 && aliveCanvases() > 0; i++) after = await collect()
  const canvases = aliveCanvases()
  if (canvases > 0) console.info(await commands.detachedCanvasRetainers())
  const elements = refs.filter(([, el]) => el.deref() !== undefined).length
  const which = (k: 0 | 1) => refs.flatMap((r, i) => (r[k].deref() ? [i + 1] : [])).join(',')
  console.info(
    `element leaks: heap ${before.heap} → ${after.heap} B, nodes ${before.nodes} → ${after.nodes} (one element: ${elementNodes}), listeners ${before.listeners} → ${after.listeners}, canvases alive ${canvases}/10 [${which(0)}], elements alive ${elements}/10 [${which(1)}]`,
  )
  // as in the test above: one survivor under CPU load is tolerated (and explained in the output)
  expect(canvases).toBeLessThanOrEqual(1)
  // at most the last element, emptied: react-dom keeps the root of its last nested passive update in a
  // module variable (rootWithPassiveNestedUpdates, seen in a heap snapshot) until another one happens.
  // Its React root's own ~140 listeners are what the listener count shows beyond the start.
  expect(elements).toBeLessThanOrEqual(1)
  expect(after.heap).toBeLessThanOrEqual(before.heap * 1.1)
  expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.1 + canvases * elementNodes)
  // the retained last element's React root listeners were already there at the start (the warm-up element)
  expect(after.listeners).toBeLessThanOrEqual(before.listeners * 1.1)
}, 120_000)

/**
 * No leaks: mounting and unmounting the explainer many times leaves nothing reachable — heap, DOM
 * nodes and event listeners come back to where they started after a forced garbage collection
 * (CDP: HeapProfiler.collectGarbage + Performance.getMetrics), and every canvas that was created is
 * collected (WeakRefs: 0 detached canvases survive), also when React's reconciler keeps the root of
 * an unmounted canvas in its module state (as it does now and then: src/render/rootRelease.ts).
 */
import { afterEach, expect, test } from 'vitest'
import { cdp, commands } from 'vitest/browser'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { definePsoasExplainerElement } from '../../src/embed/element.tsx'
import { rootOf } from '../../src/render/rootRelease.ts'
import { LOWPOLY, mount, sleep, unmountAll, waitFor, type Mounted } from './explainer-helpers.tsx'
import '../setup/heap-retainers.ts'

afterEach(() => {
  unmountAll()
  host = null
})

type Metrics = { heap: number; nodes: number; listeners: number }

async function collect(): Promise<Metrics> {
  const session = cdp()
  await session.send('Performance.enable')
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

/**
 * Mounts one small explainer, waits for its first frame, unmounts it; returns a WeakRef to its canvas
 * and to the explainer's outer element. `keep` receives the reconciler's root of its canvas.
 */
async function cycle(keep?: unknown[]): Promise<WeakRef<Element>[]> {
  host ??= mount(null, 240)
  let ready = false
  host.root.render(<PsoasExplainer modelUrl={LOWPOLY} reducedMotion controls="minimal" height={120} onReady={() => (ready = true)} />)
  await waitFor(() => ready, 30_000, 'onReady')
  const canvas = host.host.querySelector('canvas')!
  const outer = host.host.firstElementChild!
  viewerNodes = countNodes(host.host)
  keep?.push(rootOf(canvas)!.fiber)
  host.root.render(null)
  await waitFor(() => host!.host.childElementCount === 0, 5000, 'unmounted')
  return [new WeakRef(canvas), new WeakRef(outer)]
}

/** Collects until no canvas of `refs` is alive or ~10 s have passed (R3F releases a root two commits after its unmount, later under load). */
async function collectUntilReleased(refs: WeakRef<Element>[][]): Promise<{ metrics: Metrics; alive: number }> {
  const alive = () => refs.filter(([canvas]) => canvas.deref() !== undefined).length
  let metrics = await collect()
  for (let i = 0; i < 8 && alive() > 0; i++) metrics = await collect()
  return { metrics, alive: alive() }
}

test('30 mounts and unmounts of <PsoasExplainer>: heap, DOM nodes and listeners back within 10 %, 0 detached canvases', async () => {
  // warm up: the 3D code, the model cache and the shader programs' first compile are loaded once per page
  await cycle()
  await cycle()
  const before = await collect()
  const refs: WeakRef<Element>[][] = []
  for (let i = 0; i < 30; i++) refs.push(await cycle())
  // React keeps the last unmounted tree in the root's other fiber until the root commits again
  host!.root.render(<p>after</p>)
  await waitFor(() => host!.host.textContent === 'after', 5000, 'next commit')
  const { metrics: after, alive } = await collectUntilReleased(refs)
  // any canvas still alive is explained in the output (its retainer chain from a heap snapshot)
  if (alive > 0) console.info(await commands.detachedCanvasRetainers())
  const which = refs.flatMap(([c], i) => (c.deref() ? [i + 1] : []))
  console.info(`leaks: heap ${before.heap} → ${after.heap} B, nodes ${before.nodes} → ${after.nodes} (one viewer: ${viewerNodes}), listeners ${before.listeners} → ${after.listeners}, canvases alive ${alive}/30 [${which.join(',')}]`)
  // a leak per mount keeps ~30 canvases; the last viewer's one stayed reachable through module state
  // (R3F's frame loop, React's reconciler) until src/render/rootRelease.ts
  expect(alive).toBe(0)
  expect(after.heap).toBeLessThanOrEqual(before.heap * 1.1)
  expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.1)
  expect(after.listeners).toBeLessThanOrEqual(before.listeners * 1.1)
}, 240_000)

/**
 * Under CPU load React's reconciler (the copy inside R3F) now and then keeps the root of the last
 * canvas it committed in a module variable it never clears, reachable from ReactSharedInternals
 * (chain seen in CI: ReactSharedInternals.S → reconciler closure → FiberRoot → containerInfo, the R3F
 * store → gl → canvas). Which commit leaves it there depends on timing, so this test holds those
 * roots itself, as the reconciler would, and checks that they lead to nothing: not the canvas, not
 * the explainer's elements. Without rootRelease.ts emptying the released store (and the release
 * callback the root keeps in its queue), all 3 canvases stay alive here.
 */
test("a root React's reconciler keeps after unmount reaches no canvas and no element of the explainer", async () => {
  const kept: unknown[] = []
  const refs: WeakRef<Element>[][] = []
  for (let i = 0; i < 3; i++) refs.push(await cycle(kept))
  host!.root.render(<p>after</p>)
  await waitFor(() => host!.host.textContent === 'after', 5000, 'next commit')
  const { alive } = await collectUntilReleased(refs)
  if (alive > 0) console.info(await commands.detachedCanvasRetainers())
  const outers = refs.filter(([, outer]) => outer.deref() !== undefined).length
  console.info(`kept roots: ${kept.length}, canvases alive ${alive}/3, explainer elements alive ${outers}/3`)
  expect(kept).toHaveLength(3)
  expect(alive).toBe(0)
  expect(outers).toBe(0)
}, 120_000)

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

test('10 additions and removals of <psoas-explainer>: heap, DOM nodes and listeners back within 10 %, 0 canvases alive', async () => {
  definePsoasExplainerElement()
  await elementCycle()
  const before = await collect()
  const refs: WeakRef<Element>[][] = []
  for (let i = 0; i < 10; i++) refs.push(await elementCycle())
  const { metrics: after, alive: canvases } = await collectUntilReleased(refs)
  if (canvases > 0) console.info(await commands.detachedCanvasRetainers())
  const elements = refs.filter(([, el]) => el.deref() !== undefined).length
  const which = (k: 0 | 1) => refs.flatMap((r, i) => (r[k].deref() ? [i + 1] : [])).join(',')
  console.info(
    `element leaks: heap ${before.heap} → ${after.heap} B, nodes ${before.nodes} → ${after.nodes} (one element: ${elementNodes}), listeners ${before.listeners} → ${after.listeners}, canvases alive ${canvases}/10 [${which(0)}], elements alive ${elements}/10 [${which(1)}]`,
  )
  expect(canvases).toBe(0)
  // at most the last element, emptied: react-dom keeps the root of its last nested passive update in a
  // module variable (rootWithPassiveNestedUpdates, seen in a heap snapshot) until another one happens.
  // Its React root's own ~140 listeners are what the listener count shows beyond the start.
  // Bounded (one element, whatever the number of cycles) and empty: nothing of the explainer in it.
  expect(elements).toBeLessThanOrEqual(1)
  expect(refs.map(([, el]) => el.deref()?.childNodes.length ?? 0)).toEqual(refs.map(() => 0))
  expect(after.heap).toBeLessThanOrEqual(before.heap * 1.1)
  expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.1)
  // the retained last element's React root listeners were already there at the start (the warm-up element)
  expect(after.listeners).toBeLessThanOrEqual(before.listeners * 1.1)
}, 120_000)

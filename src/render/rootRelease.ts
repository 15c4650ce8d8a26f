/**
 * After an explainer's canvas unmounts, nothing of it (renderer, canvas, scene, frame callbacks, the
 * explainer's tree) may stay reachable from module state. R3F releases its root (~two commits after
 * the unmount) but two kinds of module variables can still hold it:
 *
 * - @react-three/fiber 9.8's frame loop keeps the state, the frame callbacks and the last callback of
 *   the last root it drew (`state`, `subscribers`, `subscription`), which only a frame of another root
 *   replaces. Measured: 1 canvas of 30 survived garbage collection, always the last one.
 * - The react-reconciler bundled in R3F keeps the last root of some commits in variables it never
 *   clears (e.g. the root whose passive effects scheduled an update), reachable for the page's
 *   lifetime through `ReactSharedInternals.S` (a closure of the reconciler). That root's container is
 *   the R3F store, whose state holds the renderer and through it the canvas. Seen once in several runs
 *   under CPU load (CI): ReactSharedInternals.S → reconciler closure → FiberRoot → containerInfo (the
 *   store) → state → gl → canvas; and state.internal.subscribers → frame callbacks → label atlases.
 *
 * `releaseRoot(root, canvas)` (called by LeanCanvas when its canvas is finally removed) waits until
 * R3F has released this root, then
 * 1. empties the store's state, the current and the initial one: `internal`'s lists and maps in place
 *    (both states share that object), functions made inert (they are closures over the canvas's
 *    component, e.g. `onPointerMissed`), other objects to null, `gl` to an empty object, the root
 *    inactive with `frameloop: 'never'` (a late `invalidate()` then returns at once);
 * 2. gives the reconciler's root one more (empty) update: R3F's release is the callback of its last
 *    update, a closure over the canvas that the root keeps in its other fiber's queue until it renders;
 * 3. lets the loop run one frame of a placeholder root (no renderer, one empty frame callback), so its
 *    variables hold the placeholder instead; it is removed after that frame.
 * A root that React keeps is then an empty store. Each step was found with a heap snapshot of a kept
 * root (tests/browser/explainer-leaks.test.tsx). Only R3F's public exports (`_roots`, `invalidate`,
 * `reconciler`) and zustand's store API are used.
 */
import { _roots, invalidate, reconciler, type RootState } from '@react-three/fiber'

type RootsKey = Parameters<typeof _roots.set>[0]
type RootsValue = Parameters<typeof _roots.set>[1]
/** The R3F root's zustand store (`_roots.get(canvas).store`). */
export type R3FStore = RootsValue['store']
/** What R3F keeps of the root of a canvas: its store and the reconciler's root (the FiberRoot). */
export type R3FRoot = Pick<RootsValue, 'store' | 'fiber'>

const POLL_MS = 100
/** give up waiting after this long (a root R3F never removes is not ours to clear) */
const MAX_WAIT_MS = 10_000

function visitPlaceholder() {
  const key = {} as RootsKey
  // one frame of a root without a renderer and with one empty frame callback: the loop's `state`,
  // `subscribers` and `subscription` variables then hold these objects (nothing is drawn)
  const placeholder = {
    internal: { active: true, frames: 0, priority: 0, subscribers: [] as unknown[] },
    frameloop: 'demand',
    clock: { getDelta: () => 0 },
    gl: {},
  }
  const store = { getState: () => placeholder }
  placeholder.internal.subscribers.push({ ref: { current: () => undefined }, priority: 0, store })
  _roots.set(key, { store } as unknown as RootsValue)
  // starts the loop if it is idle; rAF callbacks run in order, so the loop's frame visits the placeholder first
  invalidate(placeholder as unknown as RootState)
  requestAnimationFrame(() => _roots.delete(key))
}

type Fields = Record<string, unknown>

/** What a function of an emptied state does (they are closures: R3F's over the canvas's component, or yours). */
const inert = () => undefined

/** One object's fields emptied in place: lists to [], maps cleared, refs to null, functions inert, other objects null. */
function emptyFields(fields: Fields) {
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'function') fields[key] = inert
    else if (Array.isArray(value)) fields[key] = []
    else if (value instanceof Map) value.clear()
    else if (value && typeof value === 'object') fields[key] = null
  }
}

/** A root state emptied (its `internal` in place: the initial state shares it), inactive. */
function emptyState(state: Fields) {
  const internal = state.internal
  emptyFields(state)
  if (internal && typeof internal === 'object') {
    emptyFields(internal as Fields)
    state.internal = internal
    ;(internal as Fields).active = false
  }
  // what R3F's invalidate() reads before anything else: it then returns at once
  state.gl = {}
  state.frameloop = 'never'
}

/** Empties the state of a store whose root R3F has released (see above). Exported for tests. */
export function emptyRootStore(store: R3FStore): void {
  const initial = store.getInitialState() as unknown as Fields
  const current = store.getState() as unknown as Fields
  emptyState(current)
  if (initial !== current) emptyState(initial)
}

/**
 * After the R3F root of `canvas` has been unmounted: once R3F has released that root, clears what
 * R3F's and React's module variables could still reach of it.
 */
export function releaseRoot(root: R3FRoot, canvas: HTMLCanvasElement): void {
  if (typeof requestAnimationFrame !== 'function') return
  const t0 = Date.now()
  const check = () => {
    // the same canvas may have a new root by now (remounted): only this root counts
    if (_roots.get(canvas)?.store === root.store) {
      if (Date.now() - t0 < MAX_WAIT_MS) setTimeout(check, POLL_MS)
      return
    }
    emptyRootStore(root.store)
    // R3F's release is the callback of its last update, which the reconciler's root keeps in the
    // base queue of its other fiber (a closure over the canvas) until the root renders again
    reconciler.updateContainer(null, root.fiber, null, null)
    visitPlaceholder()
  }
  setTimeout(check, POLL_MS)
}

/** The R3F root that draws into `canvas` (null when there is none). */
export function rootOf(canvas: HTMLCanvasElement): R3FRoot | null {
  const root = _roots.get(canvas)
  return root ? { store: root.store, fiber: root.fiber } : null
}

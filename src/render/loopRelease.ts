/**
 * @react-three/fiber 9.8's frame loop keeps the state, the frame callbacks and the last callback of
 * the last root it drew in module variables (`state`, `subscribers`, `subscription`), which only a
 * frame of another root replaces. After the last viewer on a page unmounts, they (its renderer,
 * canvas, event target and frame callbacks: the whole unmounted explainer) stayed reachable: measured with a heap snapshot, 1
 * canvas of 30 survived garbage collection, always the last one.
 *
 * `releaseLoopState(canvas)` waits until R3F has removed the canvas's root (its unmount finishes
 * ~0.5 s later), then lets the loop run one frame of a placeholder root (no renderer, one empty
 * frame callback), so those variables hold the placeholder instead; it is removed after that frame.
 * Only R3F's public exports (`_roots`, `invalidate`) are used.
 */
import { _roots, invalidate, type RootState } from '@react-three/fiber'

type RootsKey = Parameters<typeof _roots.set>[0]
type RootsValue = Parameters<typeof _roots.set>[1]

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

/** After the R3F root of `canvas` has been unmounted: clears the loop's reference to it. */
export function releaseLoopState(canvas: HTMLCanvasElement): void {
  if (typeof requestAnimationFrame !== 'function') return
  const t0 = Date.now()
  const check = () => {
    if (_roots.has(canvas)) {
      if (Date.now() - t0 < MAX_WAIT_MS) setTimeout(check, POLL_MS)
      return
    }
    visitPlaceholder()
  }
  setTimeout(check, POLL_MS)
}

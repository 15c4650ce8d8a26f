/**
 * <LeanCanvas>: @react-three/fiber's `<Canvas>` without its catalogue of all of three.js.
 *
 * Why our own: R3F's `<Canvas>` calls `extend(THREE)` with the whole `three` namespace, so a bundler
 * cannot drop any class of three.js (≈ 50 KB gzip of the explainer's JS, measured with
 * `npx vitest run --project unit tests/unit/package/demo-budget.test.ts`). R3F's own advice for
 * tree-shaking is `createRoot` with `extend` of the classes in use; this is that, with the parts of
 * `<Canvas>` the explainer relies on: sizing to its container (react-use-measure), pointer events
 * from an event source, contexts and StrictMode bridged into the canvas (its-fine, as R3F does), errors
 * thrown inside the canvas rethrown to the page's error boundaries, and a suspended scene suspending
 * the canvas. Both helper libraries are R3F's own dependencies (no new bytes).
 *
 * Elements registered: those the explainer and the drei parts it uses (View, PerspectiveCamera,
 * OrbitControls, Html) render. Children of `<ExplainerCanvas>` that use other three.js elements
 * need `extend({ AxesHelper })` (or `extend(THREE)`) from '@react-three/fiber' first.
 */
import { Component, StrictMode, Fragment, Suspense, useEffect, useInsertionEffect, useLayoutEffect, useMemo, useRef, useState, type ErrorInfo, type ReactNode, type RefObject } from 'react'
import { createRoot, events as createPointerEvents, extend, type ReconcilerRoot, type RenderProps, type RootState } from '@react-three/fiber'
import { FiberProvider, traverseFiber, useContextBridge, useFiber } from 'its-fine'
import useMeasure from 'react-use-measure'
import { releaseRoot, rootOf } from './rootRelease.ts'
import { BufferAttribute, BufferGeometry, Color, DirectionalLight, Group, HemisphereLight, InstancedMesh, Line, LineBasicMaterial, LineSegments, Mesh, MeshLambertMaterial, MeshBasicMaterial, MeshStandardMaterial, PerspectiveCamera, PlaneGeometry, ShaderMaterial, Sprite, SpriteMaterial } from 'three'

/** The three.js elements the explainer renders (JSX name = the class name with a lower-case first letter). */
export const LEAN_CATALOGUE = {
  BufferAttribute,
  BufferGeometry,
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Line,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshLambertMaterial,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PerspectiveCamera,
  PlaneGeometry,
  ShaderMaterial,
  Sprite,
  SpriteMaterial,
}

export interface LeanCanvasProps extends Pick<RenderProps<HTMLCanvasElement>, 'frameloop' | 'dpr' | 'gl' | 'camera'> {
  children?: ReactNode
  /** Element the pointer events come from (default: the canvas's wrapper). */
  eventSource?: RefObject<HTMLElement>
  onCreated?: (state: RootState) => void
}

/** Passes an error thrown while rendering inside the canvas to the canvas's component (which rethrows it). */
class CanvasErrorBoundary extends Component<{ set: (e: unknown) => void; children: ReactNode }, { error: boolean }> {
  override state = { error: false }
  static getDerivedStateFromError = () => ({ error: true })
  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    this.props.set(error)
  }
  override render() {
    return this.state.error ? null : this.props.children
  }
}

/** Rendered while the scene suspends: suspends the canvas's component too (a never-settling promise). */
function Block({ set }: { set: (p: Promise<never> | false) => void }) {
  useLayoutEffect(() => {
    set(new Promise<never>(() => undefined))
    return () => set(false)
  }, [set])
  return null
}

/** Contexts of the page (and StrictMode, when the canvas is under it) carried into the canvas's own React root. */
function useBridge() {
  const fiber = useFiber()
  const ContextBridge = useContextBridge()
  return useMemo(() => {
    const strict = !!traverseFiber(fiber, true, (node) => node.type === StrictMode)
    const Root = strict ? StrictMode : Fragment
    return ({ children }: { children: ReactNode }) => (
      <Root>
        <ContextBridge>{children}</ContextBridge>
      </Root>
    )
  }, [fiber, ContextBridge])
}

let registered = false
function registerCatalogue() {
  if (registered) return
  extend(LEAN_CATALOGUE)
  registered = true
}

function LeanCanvasImpl({ children, eventSource, onCreated, frameloop, dpr, gl, camera }: LeanCanvasProps) {
  // before the first render of the canvas's root (once per page)
  registerCatalogue()
  const Bridge = useBridge()
  const [containerRef, size] = useMeasure({ scroll: true, debounce: { scroll: 50, resize: 0 } })
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const divRef = useRef<HTMLDivElement>(null)
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null)
  /** the canvas of that root (released with it) */
  const rootCanvas = useRef<HTMLCanvasElement | null>(null)
  const state = useRef<RootState | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [block, setBlock] = useState<Promise<never> | false>(false)
  const [, rerender] = useState(0)
  if (block) throw block
  if (error) throw error

  const target = () => eventSource?.current ?? divRef.current

  // as R3F's <Canvas>: insertion effects survive StrictMode's effect replay; only the final removal
  // unmounts the root, and then nothing of it may stay reachable from R3F's or React's module state
  // (rootRelease.ts)
  useInsertionEffect(
    () => () => {
      const current = root.current
      const canvas = rootCanvas.current
      const kept = canvas ? rootOf(canvas) : null
      root.current = null
      rootCanvas.current = null
      state.current = null
      current?.unmount()
      if (kept && canvas) releaseRoot(kept, canvas)
    },
    [],
  )

  // after every render, as R3F's <Canvas>: the root gets the latest props and children (the state set
  // here is set from a promise, once the renderer exists, or on an error: no update loop)
  // oxlint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || !(size.width > 0 && size.height > 0)) return
    if (!root.current) {
      root.current = createRoot(canvas)
      rootCanvas.current = canvas
    }
    const r = root.current
    r.configure({
      gl,
      camera,
      frameloop,
      dpr,
      events: createPointerEvents,
      size,
      onCreated: (s) => {
        state.current = s
        const t = target()
        if (t) s.events.connect?.(t)
        onCreated?.(s)
      },
    }).catch(setError)
    if (r.ready.status === 'fulfilled') {
      r.render(
        <Bridge>
          <CanvasErrorBoundary set={setError}>
            <Suspense fallback={<Block set={setBlock} />}>{children ?? null}</Suspense>
          </CanvasErrorBoundary>
        </Bridge>,
      )
    } else if (r.ready.status === 'pending') {
      // the renderer is still being made: render the scene once it is there
      r.ready.then(
        () => rerender((n) => n + 1),
        () => undefined,
      )
    }
  })

  // a ref to an ancestor (the event source) is attached after the layout effect above
  useEffect(() => {
    const s = state.current?.get()
    const t = target()
    if (s && t && s.events.connected !== t) s.events.connect?.(t)
  })

  return (
    <div ref={divRef} style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden', pointerEvents: eventSource ? 'none' : 'auto' }}>
      <div ref={containerRef} style={{ width: '100%', height: '100%' }}>
        <canvas ref={canvasRef} style={{ display: 'block' }} />
      </div>
    </div>
  )
}

/** An R3F canvas that registers only {@link LEAN_CATALOGUE} (see the module comment). */
export function LeanCanvas(props: LeanCanvasProps) {
  return (
    <FiberProvider>
      <LeanCanvasImpl {...props} />
    </FiberProvider>
  )
}

/**
 * <ExplainerCanvas>: an R3F canvas (LeanCanvas.tsx: it registers only the three.js classes it
 * renders) set up for the explainer (render on demand, dpr capped at 1.5, on software WebGL
 * renderers dpr 1 and no antialiasing, a drawing buffer that can be read back for PNG snapshots,
 * lights, keyboard) around <PsoasScene>. When the store's view has a compare state it
 * draws two panes in the same canvas (one WebGL context): the current state on the left, the compare
 * state on the right. Ref API: snapshot(), resetCamera(), invalidate(), settle().
 */
import { useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties, type KeyboardEvent, type ReactNode, type Ref, type RefObject } from 'react'
import type { RootState } from '@react-three/fiber'
import { LeanCanvas } from './LeanCanvas.tsx'
import { createSceneStore, type SceneStore } from '../scene-state/index.ts'
import { STRUCTURE_IDS, structureInfo, type StructureId } from '../scene-state/ids.ts'
import { PsoasScene, SceneHandleContext, type PsoasSceneProps, type SceneHandle } from './Scene.tsx'
import { resolveSceneTheme } from './materials.ts'
import { SceneLights } from './SceneLights.tsx'
import { CAMERA_SETUP, CanvasAspect, CompareViews } from './CompareViews.tsx'
import { useOptionalSceneStoreApi } from '../react/context.tsx'
import { isSoftwareRenderer } from '../platform/webgl.ts'
import { rootOf, type R3FRoot } from './rootRelease.ts'
import { VIEWER_KEYSHORTCUTS } from './viewerKeys.ts'
import { LABEL_KEEPOUT_CLASS } from './labelKeepOut.ts'

const DEFAULT_DPR: [number, number] = [1, 1.5]
/** Keyboard orbit step (rad) and zoom step (m). */
const ORBIT_STEP = Math.PI / 12
const ZOOM_STEP = 0.1

/** Imperative API of <ExplainerCanvas> (and, through it, of <PsoasExplainer>). */
export interface ExplainerCanvasApi {
  /** Draws the current view and returns it as a PNG Blob. */
  snapshot(): Promise<Blob>
  /** Moves the camera back to the current preset (or to the front view after a free orbit). */
  resetCamera(): void
  /** Requests a frame (after changing something outside the store). */
  invalidate(): void
  /** Jumps the running animation to its end. */
  settle(): void
}

export interface ExplainerCanvasProps extends Omit<PsoasSceneProps, 'variant' | 'controlsElement'> {
  /** Ref to the imperative API. */
  ref?: Ref<ExplainerCanvasApi>
  /** Class of the wrapper element (size it with CSS; the canvas fills it). */
  className?: string
  /** Style of the wrapper element. Default: 100% width and height. */
  style?: CSSProperties
  /** Accessible name of the 3D view. */
  'aria-label'?: string
  /** Role description of the 3D view, in the page's language. Default "3D viewer". */
  'aria-roledescription'?: string
  /** Id of an element that describes the 3D view (e.g. a disclaimer). */
  'aria-describedby'?: string
  /** Device pixel ratio range. Default [1, 1.5]; 1 when the browser draws WebGL in software (slow). */
  dpr?: number | [number, number]
  /**
   * Antialiasing. Default: on, except when the browser draws WebGL in software (SwiftShader,
   * llvmpipe), where multisampling more than doubles the frame time (~320 → ~130 ms measured).
   */
  antialias?: boolean
  /** Names of the two panes while the store has a compare state (e.g. "Now" and "Relaxed"). */
  compareLabels?: { current: string; compare: string }
  /**
   * Extra content rendered inside the canvas (e.g. your own helpers). The canvas registers only the
   * three.js elements the explainer uses (LEAN_CATALOGUE): for others, `extend({ AxesHelper })` from
   * '@react-three/fiber' first.
   */
  children?: ReactNode
  /** Called when the canvas's WebGL context is lost (the canvas stays; three.js asks the browser to restore it). */
  onContextLost?: () => void
  /** Called when the browser has restored the context (the scene then draws again by itself). */
  onContextRestored?: () => void
  /** Called with the R3F root state once the canvas exists (tests, advanced use). */
  onCreated?: (state: RootState) => void
}

const paneStyle = (left: string): CSSProperties => ({ position: 'absolute', top: 0, left, width: '50%', height: '100%' })
const labelStyle: CSSProperties = { position: 'absolute', top: 6, left: 8, pointerEvents: 'none' }
/** the panes' titles: the 3D labels keep clear of them */
const VIEW_LABEL_CLASS = `psoas-explainer__view-label ${LABEL_KEEPOUT_CLASS}`

/** The explainer's 3D view as a ready canvas. */
export function ExplainerCanvas(props: ExplainerCanvasProps) {
  const {
    ref,
    className,
    style,
    dpr,
    antialias,
    children,
    onCreated,
    onContextLost,
    onContextRestored,
    compareLabels,
    'aria-label': ariaLabel = '3D model of the lumbar spine, psoas muscles and nerves',
    'aria-roledescription': roleDescription = '3D viewer',
    'aria-describedby': describedBy,
    ...sceneProps
  } = props
  /** R3F's root of this canvas (its store's state is read when needed: it is emptied after unmount) */
  const r3f = useRef<R3FRoot | null>(null)
  const wrapper = useRef<HTMLDivElement>(null)
  const mainPane = useRef<HTMLDivElement>(null)
  const comparePane = useRef<HTMLDivElement>(null)
  const handle = useMemo<SceneHandle>(() => ({}), [])
  const [focused, setFocused] = useState(false)
  const fromContext = useOptionalSceneStoreApi()
  const [own] = useState<SceneStore | null>(() => (sceneProps.store || fromContext ? null : createSceneStore()))
  const store = sceneProps.store ?? fromContext ?? own!
  const compareOn = useSyncExternalStore(
    store.subscribe,
    () => store.getView().compare !== null,
    () => store.getView().compare !== null,
  )
  const theme = resolveSceneTheme(sceneProps.theme)
  // defaults for software WebGL (SwiftShader, llvmpipe), decided once when the canvas is created
  // (antialiasing is a context attribute): no multisampling, one pixel per CSS pixel
  const [software] = useState(isSoftwareRenderer)
  const [aa] = useState(() => antialias ?? !software)

  useImperativeHandle(
    ref,
    (): ExplainerCanvasApi => ({
      snapshot() {
        const s = r3f.current?.store.getState()
        if (!s?.gl?.domElement) return Promise.reject(new Error('ExplainerCanvas.snapshot: the canvas is not ready yet'))
        // one view: draw it now; two views: the (preserved) drawing buffer holds the last frame of both
        if (store.getView().compare === null) s.gl.render(s.scene, s.camera)
        return new Promise<Blob>((resolve, reject) =>
          s.gl.domElement.toBlob((b) => (b ? resolve(b) : reject(new Error('ExplainerCanvas.snapshot: toBlob returned nothing'))), 'image/png'),
        )
      },
      resetCamera: () => handle.resetCamera?.(),
      invalidate: () => r3f.current?.store.getState().invalidate(),
      settle: () => handle.settle?.(),
    }),
    [handle, store],
  )

  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null)
  // context loss and restore of this canvas; not after unmount (R3F then loses the context on purpose,
  // and a passive effect's cleanup can run after that event: a layout effect's runs in the commit)
  useLayoutEffect(() => {
    if (!canvas) return
    const lost = () => onContextLost?.()
    const restored = () => onContextRestored?.()
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
    }
  }, [canvas, onContextLost, onContextRestored])

  const select = (id: StructureId | null) => {
    if (sceneProps.onSelect) sceneProps.onSelect(id)
    else store.getState().setFocus(id)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const s = store.getState()
    const handled = () => e.preventDefault()
    switch (e.key) {
      case '[':
      case ']': {
        // previous / next structure among the visible layers
        const visible = STRUCTURE_IDS.filter((id) => s.layers[structureInfo(id).layer])
        if (!visible.length) return
        const dir = e.key === ']' ? 1 : -1
        const i = s.focus ? visible.indexOf(s.focus) : -1
        const next = i < 0 ? (dir > 0 ? 0 : visible.length - 1) : (i + dir + visible.length) % visible.length
        select(visible[next])
        return handled()
      }
      // the camera moves around the target: left/right and up/down as seen on the screen
      case 'ArrowLeft':
      case 'ArrowRight':
        handle.orbit?.(e.key === 'ArrowLeft' ? -ORBIT_STEP : ORBIT_STEP, 0)
        return handled()
      case 'ArrowUp':
      case 'ArrowDown':
        handle.orbit?.(0, e.key === 'ArrowUp' ? -ORBIT_STEP : ORBIT_STEP)
        return handled()
      case '+':
      case '=':
      case '-':
      case '_':
        handle.zoom?.(e.key === '+' || e.key === '=' ? ZOOM_STEP : -ZOOM_STEP)
        return handled()
      case 'Escape':
        return select(null)
      case 'Home':
        handle.resetCamera?.()
        return handled()
    }
  }

  return (
    // A 3D viewer is a composite widget: role "application" with its own keyboard navigation.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex
    <div tabIndex={0} onKeyDown={onKeyDown}
      ref={wrapper}
      className={className}
      style={{
        width: '100%',
        height: '100%',
        position: 'relative',
        // the labels' z-indices (drei Html) stay inside the viewer, under its focus ring
        isolation: 'isolate',
        // the focus ring is the overlay below: an outline of this element is hidden by the WebGL canvas
        outline: 'none',
        ...style,
      }}
      role="application"
      aria-roledescription={roleDescription}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      aria-keyshortcuts={VIEWER_KEYSHORTCUTS}
      data-compare={compareOn ? 'on' : 'off'}
      onFocus={(e) => e.target === e.currentTarget && setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <SceneHandleContext value={handle}>
        <LeanCanvas
          frameloop="demand"
          // pointer events reach the scene from the canvas, and in compare mode from the panes over it
          eventSource={wrapper as RefObject<HTMLElement>}
          dpr={dpr ?? (software ? 1 : DEFAULT_DPR)}
          gl={{ preserveDrawingBuffer: true, antialias: aa }}
          camera={{ ...CAMERA_SETUP, position: [0, 0, 1] }}
          onCreated={(s) => {
            // (the canvas's wrapper turns pointer events off when the events come from elsewhere)
            s.gl.domElement.style.pointerEvents = 'auto'
            r3f.current = rootOf(s.gl.domElement)
            setCanvas(s.gl.domElement)
            onCreated?.(s)
          }}
        >
          {compareOn ? (
            <CompareViews mainPane={mainPane} comparePane={comparePane} sceneProps={sceneProps} store={store} background={theme.canvasBackground} />
          ) : (
            <>
              {theme.canvasBackground ? <color attach="background" args={[theme.canvasBackground]} /> : null}
              <SceneLights />
              <CanvasAspect />
              <PsoasScene {...sceneProps} store={store} />
            </>
          )}
          {children}
        </LeanCanvas>
      </SceneHandleContext>
      {compareOn ? (
        <>
          <div data-view="main" ref={mainPane} style={paneStyle('0')}>
            {compareLabels ? <span className={VIEW_LABEL_CLASS} style={labelStyle}>{compareLabels.current}</span> : null}
          </div>
          <div data-view="compare" ref={comparePane} style={paneStyle('50%')}>
            {compareLabels ? <span className={VIEW_LABEL_CLASS} style={labelStyle}>{compareLabels.compare}</span> : null}
          </div>
        </>
      ) : null}
      {focused ? <div data-focus-ring="" aria-hidden="true" style={{ ...FOCUS_RING, boxShadow: `inset 0 0 0 3px ${theme.highlight}` }} /> : null}
    </div>
  )
}

/** Over the canvas and the labels (drei Html's highest z-index is 16777271), never taking a pointer. */
const FOCUS_RING = { position: 'absolute', inset: 0, pointerEvents: 'none', zIndex: 16777272 } as const

/**
 * <ExplainerCanvas>: an R3F canvas set up for the explainer (render on demand, dpr capped at 1.5,
 * on software WebGL renderers dpr 1 and no antialiasing, a drawing buffer that can be read back for PNG snapshots, lights, keyboard selection) around
 * <PsoasScene>. Ref API: snapshot(), resetCamera(), invalidate(), settle().
 */
import { useImperativeHandle, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode, type Ref } from 'react'
import { Canvas, type RootState } from '@react-three/fiber'
import { STRUCTURE_IDS, structureInfo, type StructureId } from '../scene-state/ids.ts'
import { PsoasScene, SceneHandleContext, type PsoasSceneProps, type SceneHandle } from './Scene.tsx'
import { resolveSceneTheme } from './materials.ts'
import { SceneLights } from './SceneLights.tsx'
import { useOptionalSceneStoreApi } from '../react/context.tsx'
import { isSoftwareRenderer } from '../platform/webgl.ts'

const DEFAULT_DPR: [number, number] = [1, 1.5]

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

export interface ExplainerCanvasProps extends PsoasSceneProps {
  /** Ref to the imperative API. */
  ref?: Ref<ExplainerCanvasApi>
  /** Class of the wrapper element (size it with CSS; the canvas fills it). */
  className?: string
  /** Style of the wrapper element. Default: 100% width and height. */
  style?: CSSProperties
  /** Accessible name of the 3D view. */
  'aria-label'?: string
  /** Device pixel ratio range. Default [1, 1.5]; 1 when the browser draws WebGL in software (slow). */
  dpr?: number | [number, number]
  /**
   * Antialiasing. Default: on, except when the browser draws WebGL in software (SwiftShader,
   * llvmpipe), where multisampling more than doubles the frame time (~320 → ~130 ms measured).
   */
  antialias?: boolean
  /** Extra content rendered inside the canvas (e.g. your own helpers). */
  children?: ReactNode
  /** Called with the R3F root state once the canvas exists (tests, advanced use). */
  onCreated?: (state: RootState) => void
}

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
    'aria-label': ariaLabel = '3D model of the lumbar spine, psoas muscles and nerves',
    ...sceneProps
  } = props
  const root = useRef<RootState | null>(null)
  const handle = useMemo<SceneHandle>(() => ({}), [])
  const [focused, setFocused] = useState(false)
  const fromContext = useOptionalSceneStoreApi()
  const store = sceneProps.store ?? fromContext ?? undefined
  const theme = resolveSceneTheme(sceneProps.theme)
  // defaults for software WebGL (SwiftShader, llvmpipe), decided once when the canvas is created
  // (antialiasing is a context attribute): no multisampling, one pixel per CSS pixel
  const [software] = useState(isSoftwareRenderer)
  const [aa] = useState(() => antialias ?? !software)

  useImperativeHandle(
    ref,
    (): ExplainerCanvasApi => ({
      snapshot() {
        const s = root.current
        if (!s) return Promise.reject(new Error('ExplainerCanvas.snapshot: the canvas is not ready yet'))
        s.gl.render(s.scene, s.camera)
        return new Promise<Blob>((resolve, reject) =>
          s.gl.domElement.toBlob((b) => (b ? resolve(b) : reject(new Error('ExplainerCanvas.snapshot: toBlob returned nothing'))), 'image/png'),
        )
      },
      resetCamera: () => handle.resetCamera?.(),
      invalidate: () => root.current?.invalidate(),
      settle: () => handle.settle?.(),
    }),
    [handle],
  )

  const select = (id: StructureId | null) => {
    if (sceneProps.onSelect) sceneProps.onSelect(id)
    else store?.getState().setFocus(id)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!store) return
    const s = store.getState()
    const visible = STRUCTURE_IDS.filter((id) => s.layers[structureInfo(id).layer])
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      if (!visible.length) return
      const dir = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1
      const i = s.focus ? visible.indexOf(s.focus) : -1
      const next = i < 0 ? (dir > 0 ? 0 : visible.length - 1) : (i + dir + visible.length) % visible.length
      select(visible[next])
      e.preventDefault()
    } else if (e.key === 'Escape') {
      select(null)
    } else if (e.key === 'Home') {
      handle.resetCamera?.()
      e.preventDefault()
    }
  }

  return (
    // A 3D viewer is a composite widget: role "application" with its own arrow-key navigation.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex
    <div tabIndex={0} onKeyDown={onKeyDown}
      className={className}
      style={{
        width: '100%',
        height: '100%',
        position: 'relative',
        outline: focused ? `3px solid ${theme.highlight}` : 'none',
        outlineOffset: -3,
        ...style,
      }}
      role="application"
      aria-roledescription="3D viewer"
      aria-label={ariaLabel}
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Escape Home"
      onFocus={(e) => e.target === e.currentTarget && setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <SceneHandleContext value={handle}>
        <Canvas
          frameloop="demand"
          dpr={dpr ?? (software ? 1 : DEFAULT_DPR)}
          gl={{ preserveDrawingBuffer: true, antialias: aa }}
          camera={{ fov: 35, near: 0.01, far: 20, position: [0, 0, 1] }}
          onCreated={(s) => {
            root.current = s
            onCreated?.(s)
          }}
        >
          {theme.canvasBackground ? <color attach="background" args={[theme.canvasBackground]} /> : null}
          <SceneLights />
          <PsoasScene {...sceneProps} store={store} />
          {children}
        </Canvas>
      </SceneHandleContext>
    </div>
  )
}

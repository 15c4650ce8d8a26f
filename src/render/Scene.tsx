/**
 * <PsoasScene>: the 3D part of the explainer, usable inside any R3F <Canvas>. It reads the scene
 * state store and composes one component per feature, each with its own frame callback reading the
 * damped pose of the one animator (see frame.ts for their order): pose animator, skeleton,
 * appearance, force arrows, compression markers, symptom patches, labels, camera rig, settle report.
 * Objects are declared in JSX (R3F disposes what it created; the loaded glTF is shared and never
 * disposed); frames are requested only until everything has settled (frameloop="demand").
 */
// R3F: the scene's three.js objects and its per-frame state are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { Suspense, createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { useThree, type ThreeEvent } from '@react-three/fiber'
import type { Object3D } from 'three'
import { OPENING_STATE, createSceneStore, type SceneStore } from '../scene-state/index.ts'
import type { StructureId } from '../scene-state/ids.ts'
import { useOptionalSceneStoreApi } from '../react/context.tsx'
import { ExplainerErrorBoundary } from '../react/ErrorBoundary.tsx'
import { DEFAULT_MODEL_URL, createModelInstance, retryFailedPsoasModel, structureOf, type GLTF, type ModelInstance } from './model.ts'
import { usePsoasModel } from './useModel.ts'
import { NotePins } from './NotePins.tsx'
import { resolveSceneTheme, type SceneTheme } from './materials.ts'
import { SceneFrameContext, targetPoseOf, type SceneFrame, type SceneVariant } from './frame.ts'
import { PoseAnimator } from './PoseAnimator.tsx'
import { Skeleton } from './Skeleton.tsx'
import { Appearance } from './Appearance.tsx'
import { ForceArrows } from './Forces.tsx'
import { CompressionMarkers } from './CompressionMarkers.tsx'
import { SymptomPatches } from './SymptomPatches.tsx'
import { SelectionOutline } from './SelectionOutline.tsx'
import { Labels } from './Labels.tsx'
import { CameraRig, type CameraRigApi } from './CameraRig.tsx'
import { SettleReport } from './SettleReport.tsx'
import { SideCutaway } from './SideCutaway.tsx'
import { LordosisArc } from './LordosisArc.tsx'
import { retainRenderer } from './sharedResources.ts'
import { CONTEXT_LOST_ERROR_NAME } from '../platform/webgl.ts'

export interface PsoasSceneProps {
  /** The scene-state store to show. Default: the one from `<SceneStoreProvider>`, else a private default store. */
  store?: SceneStore
  /** URL of the anatomy glb (meshopt-compressed). Default `/models/lumbar-psoas.glb`. Loaded once per URL and shared. */
  modelUrl?: string
  /** Colours of the anatomy, highlight and background (missing keys take the light defaults). */
  theme?: Partial<SceneTheme>
  /** Locale of the label text (BCP 47, e.g. "en", "es"). Default "en". */
  locale?: string
  /** Jump to every new pose and camera instead of animating (prefers-reduced-motion). Default false. */
  reducedMotion?: boolean
  /** Start at the settled pose and jump to every change (deterministic screenshots, tests). Default false. */
  settleImmediately?: boolean
  /** Orbit/zoom controls and camera presets from the state. Set false when your canvas has its own camera control. Default true. */
  cameraControls?: boolean
  /** Which pose of the store to show: its own ("main") or its compare state's ("compare", consultation). Default "main". */
  variant?: SceneVariant
  /** Element the orbit/zoom controls listen on. Default: the canvas. */
  controlsElement?: HTMLElement | null
  /**
   * The element over the part of the canvas this scene draws in (drei's View track: a compare pane).
   * Labels keep clear of the caption and titles over it (class `psoas-label-keepout`). Default: the canvas.
   */
  pane?: RefObject<HTMLElement | null>
  /** Called once when the model is loaded and the first frame is drawn. */
  onReady?: () => void
  /** Called when the model cannot be loaded or the WebGL context is lost (then with `error.name` "WebGLContextLost"). */
  onError?: (error: Error) => void
  /** Called with a structure id when the user clicks/taps a structure (default: sets the store's focus). */
  onSelect?: (id: StructureId | null) => void
  /** Called when the pointer starts or stops hovering a structure (e.g. to show its name in your UI). */
  onHover?: (id: StructureId | null) => void
  /** Called each time the animation has settled (nothing moves, no more frames are requested). */
  onSettled?: () => void
}

/** Imperative hooks a surrounding viewer (ExplainerCanvas) can use; filled by the main scene. */
export interface SceneHandle {
  resetCamera?: () => void
  /** jump the displayed pose to the target now */
  settle?: () => void
  /** orbit the camera by angles (rad) */
  orbit?: (azimuth: number, polar: number) => void
  /** move the camera closer (> 0) or farther (m) */
  zoom?: (metres: number) => void
  /** the live runtime (tests, snapshots) */
  runtime?: SceneRuntime
}
export const SceneHandleContext = createContext<SceneHandle | null>(null)

/** a pointer that travels farther than this (CSS px) between press and release orbited: no selection */
export const CLICK_SLOP_PX = 4

/** What the scene keeps per instance (exposed for tests through `SceneHandle.runtime`). */
export interface SceneRuntime {
  /** the shared frame state: instance, target and displayed pose, settled flag, frame count */
  frame: SceneFrame
}

/** The 3D explainer scene for use inside an R3F `<Canvas>` (prefer `frameloop="demand"`). */
export function PsoasScene(props: PsoasSceneProps) {
  const fromContext = useOptionalSceneStoreApi()
  const [own] = useState<SceneStore | null>(() => (props.store || fromContext ? null : createSceneStore()))
  const store = props.store ?? fromContext ?? own!
  const url = props.modelUrl ?? DEFAULT_MODEL_URL
  // a new viewer retries a model that failed to load before (e.g. after a network error)
  useState(() => retryFailedPsoasModel(url))
  return (
    <ExplainerErrorBoundary key={url} onError={props.onError}>
      <Suspense fallback={null}>
        <LoadedScene {...props} store={store} modelUrl={url} />
      </Suspense>
    </ExplainerErrorBoundary>
  )
}

/** A posable instance of the loaded model, or why there is none (a glb of another model lacks the joints). */
function instanceOf(gltf: GLTF | null): { instance: ModelInstance | null; error: Error | null } {
  if (!gltf) return { instance: null, error: null }
  try {
    return { instance: createModelInstance(gltf), error: null }
  } catch (e) {
    return { instance: null, error: e instanceof Error ? e : new Error(String(e)) }
  }
}

function LoadedScene(props: PsoasSceneProps & { store: SceneStore; modelUrl: string }) {
  const result = usePsoasModel(props.modelUrl)
  // Failures are reported, not thrown: R3F passes every error caught inside its tree to reportError
  // (a window 'error' event, uncaught for the host page) even when an error boundary handles it.
  const made = useMemo(() => instanceOf(result.gltf), [result.gltf])
  const onError = props.onError
  const error = result.error ?? made.error
  useEffect(() => {
    if (error) onError?.(new Error(`PsoasScene: cannot load the model "${props.modelUrl}": ${error.message}`, { cause: error }))
  }, [error, onError, props.modelUrl])
  return made.instance ? <ModelScene {...props} instance={made.instance} /> : null
}

function ModelScene(props: PsoasSceneProps & { store: SceneStore; modelUrl: string; instance: ModelInstance }) {
  const { store, instance, reducedMotion = false, settleImmediately = false, cameraControls = true, locale = 'en', variant = 'main' } = props
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const handle = useContext(SceneHandleContext)
  const callbacks = useRef(props)
  callbacks.current = props
  const jumpAll = reducedMotion || settleImmediately
  const theme = useMemo(() => resolveSceneTheme(props.theme), [props.theme])

  // the listeners this renderer leaves on the shared model are removed when the scene unmounts
  useLayoutEffect(() => retainRenderer(gl), [gl])
  // the instance's own skeletons (bone textures); undone by the next draw, so StrictMode's replay is harmless
  useEffect(() => () => instance.dispose(), [instance])
  const frame = useMemo<SceneFrame>(() => {
    const target = targetPoseOf(store, variant)
    const s = store.getState()
    return {
      store,
      variant,
      instance,
      target,
      displayed: structuredClone(target),
      discMPa: target.readout.discL4L5MPa,
      layers: s.layers,
      focus: s.focus,
      hover: null,
      jump: true,
      poseSettled: false,
      busy: false,
      settled: false,
      frames: 0,
    }
  }, [instance, store, variant])
  const rig = useRef<CameraRigApi | null>(null)

  // layers and focus → frame (on change only)
  useLayoutEffect(() => {
    const s = store.getState()
    frame.layers = s.layers
    frame.focus = s.focus
    return store.subscribe((next) => {
      if (next.layers === frame.layers && next.focus === frame.focus) return
      frame.layers = next.layers
      frame.focus = next.focus
      invalidate()
    })
  }, [store, frame, invalidate])

  // handle for ExplainerCanvas (the main view only)
  useLayoutEffect(() => {
    if (!handle || variant !== 'main') return
    handle.runtime = { frame }
    handle.resetCamera = () => {
      const cam = store.getState().camera
      // a preset: move back to it; a free camera (the user orbited): back to the opening view's preset
      if (typeof cam === 'string') rig.current?.goTo(cam, jumpAll)
      else store.getState().setCamera(OPENING_STATE.camera)
    }
    handle.settle = () => {
      frame.jump = true
      invalidate()
    }
    handle.orbit = (azimuth, polar) => rig.current?.orbit(azimuth, polar)
    handle.zoom = (metres) => rig.current?.zoom(metres)
    return () => {
      handle.runtime = undefined
      handle.resetCamera = undefined
      handle.settle = undefined
      handle.orbit = undefined
      handle.zoom = undefined
    }
  }, [handle, variant, frame, store, invalidate, jumpAll])

  // WebGL context loss: report, then redraw everything when the browser restores it
  useEffect(() => {
    const el = gl.domElement
    if (!el || typeof el.addEventListener !== 'function') return
    const lost = (e: Event) => {
      e.preventDefault()
      const error = new Error('PsoasScene: the WebGL context was lost; the view is restored when the browser allows it')
      error.name = CONTEXT_LOST_ERROR_NAME
      callbacks.current.onError?.(error)
    }
    const restored = () => {
      frame.jump = true
      invalidate()
    }
    el.addEventListener('webglcontextlost', lost)
    el.addEventListener('webglcontextrestored', restored)
    return () => {
      el.removeEventListener('webglcontextlost', lost)
      el.removeEventListener('webglcontextrestored', restored)
    }
  }, [gl, frame, invalidate])

  // picking: hover glow, click/tap → onSelect
  const pick = (e: ThreeEvent<PointerEvent | MouseEvent>): StructureId | null => {
    for (let o: Object3D | null = e.object; o; o = o.parent) if (!o.visible) return null
    return structureOf(instance, e.object)
  }
  const setHover = (id: StructureId | null) => {
    if (frame.hover === id) return
    frame.hover = id
    if (gl.domElement?.style) gl.domElement.style.cursor = id ? 'pointer' : ''
    callbacks.current.onHover?.(id)
    invalidate()
  }
  return (
    <SceneFrameContext value={frame}>
      <PoseAnimator jumpAll={jumpAll} />
      <Skeleton />
      <Appearance theme={theme} />
      <SideCutaway />
      <LordosisArc theme={theme} />
      {/* OrbitControls needs a DOM (not in @react-three/test-renderer) */}
      {cameraControls && typeof document !== 'undefined' ? <CameraRig smooth={!jumpAll} domElement={props.controlsElement} apiRef={rig} /> : null}
      <SettleReport materialsKey={theme} onSettled={props.onSettled} onReady={props.onReady} />
      <primitive
        object={instance.scene}
        onPointerMove={(e: ThreeEvent<PointerEvent>) => {
          const id = pick(e)
          if (!id) return
          e.stopPropagation()
          setHover(id)
        }}
        onPointerOut={() => setHover(null)}
        onClick={(e: ThreeEvent<MouseEvent>) => {
          // R3F also reports a click after a drag that began and ended on the model (an orbit): its
          // `delta` is the pointer's travel since pointerdown; beyond a few pixels it was a drag
          if (e.delta > CLICK_SLOP_PX) return
          const id = pick(e)
          if (!id) return
          e.stopPropagation()
          const onSelect = callbacks.current.onSelect
          if (onSelect) onSelect(id)
          else store.getState().setFocus(id)
        }}
      >
        <ForceArrows colour={theme.force} />
        <CompressionMarkers colour={theme.nerveCompressed} />
        <SymptomPatches colour={theme.nerveCompressed} />
        <SelectionOutline colour={theme.labelText} />
        <Labels theme={theme} locale={locale} pane={props.pane} />
        {variant === 'main' ? <NotePins instance={instance} store={store} /> : null}
      </primitive>
    </SceneFrameContext>
  )
}

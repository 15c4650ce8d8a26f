/**
 * <PsoasScene>: the 3D part of the explainer, usable inside any R3F <Canvas>. It reads the scene
 * state store, derives the target pose, moves the displayed pose toward it with the damped step in
 * ONE frame callback (mutating joints, morphs, materials and overlays; no allocation and no React
 * state per frame) and asks for frames only until everything has settled (frameloop="demand").
 */
import { Suspense, createContext, use, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber'
import type { Camera, Mesh, Object3D, PerspectiveCamera, WebGLRenderer } from 'three'
import {
  CHANNEL_COUNT,
  channelsToPose,
  createAnimState,
  createSceneStore,
  jumpTo,
  poseToChannels,
  step,
  type AnimState,
  type SceneStore,
  type SceneStoreState,
} from '../scene-state/index.ts'
import { structureInfo, type StructureId } from '../scene-state/ids.ts'
import type { FreeCamera, Layers, Pose } from '../scene-state/types.ts'
import { structureLabel } from '../content/index.ts'
import { useOptionalSceneStoreApi } from '../react/context.tsx'
import { ExplainerErrorBoundary } from '../react/ErrorBoundary.tsx'
import { DEFAULT_MODEL_URL, createModelInstance, loadPsoasModelResult, retryFailedPsoasModel, structureOf, type GLTF, type ModelInstance } from './model.ts'
import { createStructureMaterials, geometryUnit, resolveSceneTheme, type SceneTheme } from './materials.ts'
import { appearanceTargets, applyAppearance, themeColours, type AppearanceInput } from './appearance.ts'
import { applySpinePose } from './Spine.ts'
import { createCompressionMarkers, updateCompressionMarkers, type CompressionMarkers } from './Nerves.ts'
import { createSymptomPatches, updateSymptomPatches, type SymptomPatches } from './Symptoms.ts'
import { createForceArrows, updateForceArrows, type ForceArrows } from './Forces.ts'
import { createLabels, type Labels } from './Labels.ts'
import { CameraRig } from './CameraRig.ts'

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
  /** Called once when the model is loaded and the first frame is drawn. */
  onReady?: () => void
  /** Called when the model cannot be loaded or the WebGL context is lost. */
  onError?: (error: Error) => void
  /** Called with a structure id when the user clicks/taps a structure (default: sets the store's focus). */
  onSelect?: (id: StructureId | null) => void
  /** Called when the pointer starts or stops hovering a structure (e.g. to show its name in your UI). */
  onHover?: (id: StructureId | null) => void
  /** Called each time the animation has settled (nothing moves, no more frames are requested). */
  onSettled?: () => void
}

/** Imperative hooks a surrounding viewer (ExplainerCanvas) can use; filled by the scene. */
export interface SceneHandle {
  resetCamera?: () => void
  /** jump the displayed pose to the target now */
  settle?: () => void
  /** the live runtime (tests, snapshots) */
  runtime?: SceneRuntime
}
export const SceneHandleContext = createContext<SceneHandle | null>(null)

/** What the scene keeps per instance (exposed for tests through `SceneHandle.runtime`). */
export interface SceneRuntime {
  instance: ModelInstance
  target: Pose
  displayed: Pose
  anim: AnimState
  settled: boolean
  forces: ForceArrows
  markers: CompressionMarkers
  /** where symptoms could be felt, on the groin and thigh */
  symptoms: SymptomPatches
  labels: Labels
  rig: CameraRig | null
  /** frames run by the scene's frame callback */
  frames: number
}

/**
 * Builds the shader programs of every material in `scene`, drawn or not (three's compile; async
 * where the browser has KHR_parallel_shader_compile), then makes their first use
 * (uniform and attribute lookup, synchronous round trips to the GPU process) while idle instead of
 * inside the first frame that draws them.
 */
function precompile(gl: WebGLRenderer, scene: Object3D, camera: Camera) {
  const firstUse = () => {
    scene.traverse((o) => {
      const material = (o as Mesh).material
      if (!material) return
      for (const m of Array.isArray(material) ? material : [material]) {
        const program = (gl.properties.get(m) as { currentProgram?: { getUniforms(): unknown } }).currentProgram
        program?.getUniforms()
      }
    })
  }
  try {
    // (compileAsync would warn once on browsers without the extension: compile, then wait a little)
    if (gl.extensions.has('KHR_parallel_shader_compile'))
      gl.compileAsync(scene, camera)
        .then(firstUse)
        .catch(() => undefined)
    else {
      gl.compile(scene, camera)
      setTimeout(firstUse, 50)
    }
  } catch {
    // a renderer without programs (test renderer): nothing to prepare
  }
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

function LoadedScene(props: PsoasSceneProps & { store: SceneStore; modelUrl: string }) {
  const result = use(loadPsoasModelResult(props.modelUrl))
  const onError = props.onError
  useEffect(() => {
    if (result.error) onError?.(new Error(`PsoasScene: cannot load the model "${props.modelUrl}": ${result.error.message}`, { cause: result.error }))
  }, [result, onError, props.modelUrl])
  return result.gltf ? <ModelScene {...props} gltf={result.gltf} /> : null
}

function ModelScene(props: PsoasSceneProps & { store: SceneStore; modelUrl: string; gltf: GLTF }) {
  const gltf = props.gltf
  const { store, reducedMotion = false, settleImmediately = false, cameraControls = true, locale = 'en' } = props
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const handle = useContext(SceneHandleContext)
  const cb = useRef(props)
  cb.current = props

  const instance = useMemo(() => createModelInstance(gltf), [gltf])
  const overlays = useMemo(() => {
    const theme = resolveSceneTheme(props.theme)
    return {
      markers: createCompressionMarkers(instance, theme.nerveCompressed),
      forces: createForceArrows(instance, theme.force),
      symptoms: createSymptomPatches(instance, theme.nerveCompressed),
      labels: createLabels(instance),
    }
    // colours of the overlays follow the theme in the effect below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [instance])
  // Dispose what this viewer owns when it goes away. Deferred, so React's StrictMode (which unmounts
  // and remounts effects at once) does not tear down objects it is about to use again.
  const pendingDispose = useRef<{ timer: ReturnType<typeof setTimeout>; owner: object } | null>(null)
  useEffect(() => {
    if (pendingDispose.current?.owner === overlays) {
      clearTimeout(pendingDispose.current.timer)
      pendingDispose.current = null
    }
    return () => {
      const timer = setTimeout(() => {
        overlays.markers.dispose()
        overlays.forces.dispose()
        overlays.symptoms.dispose()
        overlays.labels.dispose()
        instance.dispose()
      }, 0)
      pendingDispose.current = { timer, owner: overlays }
    }
  }, [instance, overlays])

  // per-instance runtime: target and displayed pose, animation state
  const runtime = useMemo<SceneRuntime>(() => {
    const target = store.getView().pose
    const channels = poseToChannels(target, new Float64Array(CHANNEL_COUNT))
    return {
      instance,
      target,
      // the displayed pose is written in place every frame: a copy, never the view's object
      displayed: structuredClone(target),
      anim: createAnimState(channels),
      settled: false,
      forces: overlays.forces,
      markers: overlays.markers,
      symptoms: overlays.symptoms,
      labels: overlays.labels,
      rig: null,
      frames: 0,
    }
  }, [instance, overlays, store])
  const targetChannels = useMemo(() => poseToChannels(runtime.target, new Float64Array(CHANNEL_COUNT)), [runtime])
  const disc = useMemo(() => {
    const t = new Float64Array([runtime.target.readout.discL4L5MPa])
    return { target: t, anim: createAnimState(t) }
  }, [runtime])
  const view = useRef<AppearanceInput & { layers: Layers; jump: boolean; wasSettled: boolean; readyReported: boolean; compiledFor: unknown }>({
    layers: store.getState().layers,
    focus: store.getState().focus,
    hover: null,
    discMPa: runtime.target.readout.discL4L5MPa,
    jump: true,
    wasSettled: true,
    readyReported: false,
    compiledFor: null,
  })
  const precompileTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(
    () => () => {
      clearTimeout(precompileTimer.current)
      view.current.compiledFor = null
    },
    [],
  )

  // theme → materials (per instance; the glTF's own materials are restored on dispose)
  const theme = useMemo(() => resolveSceneTheme(props.theme), [props.theme])
  const mats = useMemo(() => createStructureMaterials(instance.meshes.keys(), theme), [instance, theme])
  const targets = useMemo(() => appearanceTargets(instance, mats), [instance, mats])
  const colours = useMemo(() => themeColours(theme), [theme])
  // labels hide behind these (rigid bone meshes: cheap to ray cast, unlike skinned ones)
  const occluders = useMemo(() => {
    const list: Object3D[] = []
    for (const [id, meshes] of instance.meshes) if (structureInfo(id).layer === 'bones') list.push(...meshes)
    return list
  }, [instance])
  useLayoutEffect(() => {
    for (const [id, list] of instance.meshes) {
      const sm = mats.get(id)
      if (!sm) continue
      for (const m of list) m.material = sm.material
      const unit = geometryUnit(list[0])
      if (sm.pattern) sm.pattern.uUnit.value = unit
      if (sm.swell) sm.swell.uUnit.value = unit
    }
    overlays.markers.material.color.set(theme.nerveCompressed)
    overlays.markers.hiddenMaterial.color.set(theme.nerveCompressed)
    overlays.forces.material.color.set(theme.force)
    overlays.symptoms.material.color.set(theme.nerveCompressed)
    overlays.symptoms.material.emissive.set(theme.nerveCompressed)
    invalidate()
    return () => {
      for (const sm of mats.values()) sm.material.dispose()
    }
  }, [instance, mats, overlays, theme, invalidate])
  useLayoutEffect(() => {
    overlays.labels.setTexts((id) => {
      try {
        return structureLabel(id, locale)
      } catch {
        return id
      }
    }, theme)
    invalidate()
  }, [overlays, locale, theme, invalidate])

  // camera rig
  useLayoutEffect(() => {
    if (!cameraControls) return
    const rig = new CameraRig({
      camera,
      domElement: gl.domElement,
      invalidate,
      smooth: !reducedMotion && !settleImmediately,
      onUserCamera: (c: FreeCamera) => store.getState().setCamera(c, { coalesce: true }),
    })
    runtime.rig = rig
    rig.goTo(store.getState().camera, runtime.target, true)
    return () => {
      rig.dispose()
      runtime.rig = null
    }
  }, [cameraControls, camera, gl, invalidate, runtime, store, reducedMotion, settleImmediately])

  // store → target pose, layers, focus, camera (on change only; never per frame)
  useLayoutEffect(() => {
    const jumpAll = reducedMotion || settleImmediately
    const onChange = (s: SceneStoreState, prev: SceneStoreState) => {
      const v = view.current
      const poseChanged = s.tightness !== prev.tightness || s.side !== prev.side || s.posture !== prev.posture
      if (poseChanged) {
        runtime.target = store.getView().pose
        poseToChannels(runtime.target, targetChannels)
        disc.target[0] = runtime.target.readout.discL4L5MPa
        if (jumpAll) v.jump = true
      }
      v.layers = s.layers
      v.focus = s.focus
      if (runtime.rig && (s.camera !== prev.camera || s.posture !== prev.posture))
        runtime.rig.goTo(s.camera, runtime.target, jumpAll)
      invalidate()
    }
    const unsubscribe = store.subscribe(onChange)
    // catch up with changes between render and subscription
    onChange(store.getState(), { ...store.getState(), tightness: Number.NaN } as SceneStoreState)
    return unsubscribe
  }, [store, runtime, targetChannels, disc, invalidate, reducedMotion, settleImmediately])

  // handle for ExplainerCanvas
  useLayoutEffect(() => {
    if (!handle) return
    handle.runtime = runtime
    handle.resetCamera = () => {
      const cam = store.getState().camera
      // a preset: move back to it; a free camera (the user orbited): back to the front preset
      if (typeof cam === 'string') runtime.rig?.goTo(cam, runtime.target, reducedMotion || settleImmediately)
      else store.getState().setCamera('front')
    }
    handle.settle = () => {
      view.current.jump = true
      invalidate()
    }
    return () => {
      handle.runtime = undefined
      handle.resetCamera = undefined
      handle.settle = undefined
    }
  }, [handle, runtime, store, invalidate, reducedMotion, settleImmediately])

  // WebGL context loss: report, then redraw everything when the browser restores it
  useEffect(() => {
    const el = gl.domElement
    if (!el || typeof el.addEventListener !== 'function') return
    const lost = (e: Event) => {
      e.preventDefault()
      cb.current.onError?.(new Error('PsoasScene: the WebGL context was lost; the view is restored when the browser allows it'))
    }
    const restored = () => {
      view.current.jump = true
      invalidate()
    }
    el.addEventListener('webglcontextlost', lost)
    el.addEventListener('webglcontextrestored', restored)
    return () => {
      el.removeEventListener('webglcontextlost', lost)
      el.removeEventListener('webglcontextrestored', restored)
    }
  }, [gl, invalidate])

  // THE frame callback
  useFrame((state, delta) => {
    const v = view.current
    const r = runtime
    r.frames++
    // after an idle period R3F's delta is the whole pause: start a new animation with one frame's step
    const dt = v.wasSettled ? Math.min(delta, 1 / 60) : delta
    let settled: boolean
    if (v.jump || reducedMotion || settleImmediately) {
      jumpTo(r.anim, targetChannels)
      jumpTo(disc.anim, disc.target)
      v.jump = false
      settled = true
    } else {
      settled = step(r.anim, targetChannels, dt)
      settled = step(disc.anim, disc.target, dt) && settled
    }
    channelsToPose(r.anim.value, r.displayed)
    v.discMPa = disc.anim.value[0]
    applySpinePose(instance, r.displayed)
    applyAppearance(instance, mats, targets, colours, r.displayed, v)
    instance.scene.updateMatrixWorld(true)
    const camMoving = r.rig ? r.rig.update(dt) : false
    state.camera.updateMatrixWorld()
    updateForceArrows(r.forces, r.displayed, v.layers.forces)
    updateCompressionMarkers(r.markers, r.displayed, state.camera, v.layers.nerves)
    updateSymptomPatches(r.symptoms, r.displayed, v.layers.nerves)
    const nowSettled = settled && !camMoving
    r.labels.update(r.displayed, v.layers, v.focus, state.camera as PerspectiveCamera, state.size, nowSettled, occluders)
    r.settled = nowSettled
    v.wasSettled = r.settled
    if (!r.settled) state.invalidate()
    else cb.current.onSettled?.()
    // once settled with these materials: prepare the shader programs of what is not drawn yet (force
    // arrows, rings, symptom patches appear only with tightness), so the first tightening does not
    // stall on them (~0.5 s measured on software WebGL), see precompile()
    if (r.settled && v.compiledFor !== mats) {
      v.compiledFor = mats
      clearTimeout(precompileTimer.current)
      precompileTimer.current = setTimeout(() => precompile(state.gl, state.scene, state.camera), 0)
    }
    if (!v.readyReported) {
      v.readyReported = true
      cb.current.onReady?.()
    }
  })

  // picking: hover glow, click/tap → onSelect
  const pick = (e: ThreeEvent<PointerEvent | MouseEvent>): StructureId | null => {
    for (let o: Object3D | null = e.object; o; o = o.parent) if (!o.visible) return null
    const labelOf = e.object.userData?.structureId as StructureId | undefined
    return labelOf ?? structureOf(instance, e.object)
  }
  const setHover = (id: StructureId | null) => {
    if (view.current.hover === id) return
    view.current.hover = id
    if (gl.domElement?.style) gl.domElement.style.cursor = id ? 'pointer' : ''
    cb.current.onHover?.(id)
    invalidate()
  }
  return (
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
        const id = pick(e)
        if (!id) return
        e.stopPropagation()
        const onSelect = cb.current.onSelect
        if (onSelect) onSelect(id)
        else store.getState().setFocus(id)
      }}
    />
  )
}

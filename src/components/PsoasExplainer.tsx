/**
 * <PsoasExplainer>: the complete explainer (3D view, controls, text). Controlled (`state` +
 * `onStateChange`) or uncontrolled (`defaultState`), like Radix components. Bad props are
 * sanitised by parseState with a dev-only warning; failures of the 3D view leave a text-only
 * explainer that still works; nothing it does can crash the host page.
 */
import {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type Ref,
} from 'react'
import { useStore } from 'zustand'
import { SceneStoreProvider, useSceneStore, useSceneStoreApi, useSceneView } from '../react/index.ts'
import { ExplainerErrorBoundary } from '../react/ErrorBoundary.tsx'
export { ExplainerErrorBoundary }
import { createSceneStore, parseState, statesEqual, cloneState, resolveCompare } from '../scene-state/index.ts'
import type { Problem, SceneStore } from '../scene-state/index.ts'
import type { ChapterId, SceneState } from '../scene-state/types.ts'
import { isStructureId, STRUCTURE_IDS } from '../scene-state/ids.ts'
import type { StructureId } from '../scene-state/ids.ts'
import { describe, getCatalog, getChapter, resolveLocale, LOCALES } from '../content/index.ts'
import type { Catalog } from '../content/index.ts'
import type { ExplainerCanvasApi } from '../render/index.ts'
import { BodyMap } from './BodyMap.tsx'
import { ChapterPanel } from './ChapterPanel.tsx'
import { Controls } from './Controls.tsx'
import { ReadoutTable } from './Readout.tsx'
import { AddAnnotation, AnnotationList, NerveList, ShareButton, StructureInfo } from './PanelParts.tsx'
import { forgetModelLoad, loadModelWithProgress } from './modelLoad.ts'
import { fill, isDev } from './format.ts'
import { useDebounced, usePrefersReducedMotion } from './hooks.ts'
import { hasWebGL } from '../platform/webgl.ts'
import { EXPLAINER_CSS, STYLE_HREF } from './styles.ts'
import { resolveTheme, sceneColors, themeToCssVars, type PsoasThemeProp } from './theme.ts'

/** How much UI the explainer shows around the 3D view. */
export type ControlsMode = 'full' | 'minimal' | 'none'
export const CONTROLS_MODES: readonly ControlsMode[] = ['full', 'minimal', 'none']

/** Default model: the full-detail glb as served by the demo and Storybook. */
export { DEFAULT_MODEL_URL } from '../platform/defaults.ts'
import { DEFAULT_MODEL_URL } from '../platform/defaults.ts'


/**
 * The 3D code (three.js, R3F, the loader) is loaded on demand, so the text part of the explainer
 * shows at once and a page without WebGL never downloads it.
 */
const ExplainerCanvas = lazy(() => import('../render/ExplainerCanvas.tsx').then((m) => ({ default: m.ExplainerCanvas })))

/** What went wrong with the 3D view. */
export type ExplainerErrorKind = 'modelLoad' | 'noWebgl' | 'contextLost' | 'render'

/** The error passed to `onError`. */
export class PsoasExplainerError extends Error {
  readonly kind: ExplainerErrorKind
  constructor(kind: ExplainerErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'PsoasExplainerError'
    this.kind = kind
  }
}

/** The imperative API (through `ref`). */
export interface PsoasExplainerApi {
  /** A copy of the current scene state. */
  getState(): SceneState
  /**
   * Sets part or all of the state (validated like props; bad fields are dropped with a dev warning).
   * In controlled mode this asks the parent through `onStateChange`.
   */
  setState(next: Partial<SceneState> | ((current: SceneState) => Partial<SceneState>)): void
  /** A PNG image of the current 3D view. Rejects when the 3D view is not available. */
  snapshot(): Promise<Blob>
  /** Moves the camera back to the state's preset (or the front view). */
  resetCamera(): void
}

export interface PsoasExplainerProps {
  /**
   * The scene state, for controlled use (pair with `onStateChange`). Partial or invalid fields are
   * replaced by defaults (a dev warning names each one).
   */
  state?: Partial<SceneState>
  /** Initial scene state for uncontrolled use. Ignored when `state` is given. */
  defaultState?: Partial<SceneState>
  /** Called with the new complete state after every change made inside the component. */
  onStateChange?: (state: SceneState) => void
  /** URL of the glb model. Default `/models/lumbar-psoas.glb`. */
  modelUrl?: string
  /** Language of all text: 'en' or 'es' (a BCP 47 tag like 'es-MX' picks 'es'). Default 'en'. */
  locale?: string
  /** 'full' (all controls, chapters, body map), 'minimal' (tightness, side, posture) or 'none' (view only). Default 'full'. */
  controls?: ControlsMode
  /** CSS width of the component (number = px). Default: fills its container. */
  width?: number | string
  /** CSS height of the 3D view (number = px). Default 520 px. */
  height?: number | string
  /** Extra class name on the root element. */
  className?: string
  /** Extra inline style on the root element (may set `--psoas-*` variables). */
  style?: CSSProperties
  /** 'light', 'dark', or colours laid over the light theme. Also exposed as `--psoas-*` CSS variables. Default 'light'. */
  theme?: PsoasThemeProp
  /** Jump to the target pose instead of animating, and never auto-advance the tour. Default: the user's `prefers-reduced-motion`. */
  reducedMotion?: boolean
  /** Called once the model is loaded and the first frame drawn. */
  onReady?: () => void
  /** Called when the 3D view fails (model missing or corrupt, no WebGL, lost context). The text still works. */
  onError?: (error: PsoasExplainerError) => void
  /**
   * Builds the link of the "share link" button (shown with `controls='full'`) from the state's URL
   * query (`toQuery(state)`, e.g. "v=1&t=0.66&s=r"). Default: this page's address with its
   * scene-state parameters replaced by the query (other parameters and the #hash kept).
   */
  shareUrl?: (query: string) => string
  /** The imperative API: getState, setState, snapshot, resetCamera. */
  ref?: Ref<PsoasExplainerApi>
}

/** Only the scene-state fields of what the store holds (it also holds actions and history flags). */
export function pickState(s: SceneState): SceneState {
  return cloneState(s)
}

function warnOnce(seen: Set<string>, message: string): void {
  if (!isDev() || seen.has(message)) return
  seen.add(message)
  console.warn(message)
}

function warnProblems(seen: Set<string>, prop: string, problems: readonly Problem[]): void {
  for (const p of problems)
    warnOnce(
      seen,
      `[psoas-explainer] <PsoasExplainer ${prop}>: \`${prop}.${p.field}\` was ${p.value}; accepted: ${p.expected}. A valid value is used instead.`,
    )
}

/** Injects the component CSS once per document (React 19 dedupes by href). */
function Styles() {
  return (
    <style href={STYLE_HREF} precedence="default">
      {EXPLAINER_CSS}
    </style>
  )
}

function toCss(v: number | string | undefined): string | undefined {
  if (v === undefined) return undefined
  return typeof v === 'number' ? `${v}px` : v
}

/** The visible sentence describing the scene, read politely by screen readers (debounced). */
function LiveText({ locale, hidden }: { locale: string; hidden: boolean }) {
  const view = useSceneView()
  const sentence = useMemo(() => describe(view, locale), [view, locale])
  const text = useDebounced(sentence, 450)
  return (
    <p className="psoas-live" aria-live="polite" aria-atomic="true" data-hidden={hidden} data-testid="live-text">
      {text}
    </p>
  )
}

function ReadoutBox({ catalog, locale }: { catalog: Catalog; locale: string }) {
  const { current: readout, compare: compareReadout, thomasNormalDeg } = useSceneView().readouts
  return (
    <>
      <ReadoutTable
        readout={readout}
        compare={compareReadout}
        text={catalog.ui.readout}
        columnLabels={[catalog.ui.controls.compareCurrent, catalog.ui.controls.compareNormal]}
        locale={locale}
        thomasText={{ label: catalog.ui.readout.thomasThigh, note: catalog.ui.readout.thomasThighNote }}
        thomasNormalDeg={thomasNormalDeg}
      />
      <p className="psoas-explainer__note">{catalog.ui.teachingModelLabel}</p>
    </>
  )
}

function SymptomMap({ catalog }: { catalog: Catalog }) {
  const symptoms = useSceneView().symptoms
  const sideName = (s: 'left' | 'right') => fill(catalog.bodyMap.patientSide, { side: catalog.ui.controls.sides[s] })
  return (
    <BodyMap
      highlighted={symptoms.map((s) => ({ region: s.region, side: s.side, level: s.level }))}
      text={{
        title: catalog.bodyMap.title,
        front: catalog.bodyMap.front,
        back: catalog.bodyMap.back,
        left: sideName('left'),
        right: sideName('right'),
        none: catalog.bodyMap.none,
        note: catalog.bodyMap.sidesNote,
      }}
      regionName={(id) => catalog.bodyMap.regions[id as keyof Catalog['bodyMap']['regions']] ?? id}
    />
  )
}

/** The selected structure's name and one-sentence description, with a keyboard list of all structures. */
function StructurePicker({ catalog }: { catalog: Catalog }) {
  const focus = useSceneStore((s) => s.focus)
  const store = useSceneStoreApi()
  const id = useId()
  return (
    <div className="psoas-structures" data-state={focus ?? 'none'}>
      <label className="psoas-explainer__label" htmlFor={id}>
        {catalog.ui.controls.focus}
      </label>
      <select
        id={id}
        value={focus ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value
          store.actions.setFocus(isStructureId(v) ? v : null)
        }}
      >
        <option value="">{catalog.ui.controls.focusNone}</option>
        {STRUCTURE_IDS.map((s) => (
          <option key={s} value={s}>
            {catalog.structures[s].name}
          </option>
        ))}
      </select>
      <StructureInfo catalog={catalog} />
      <AddAnnotation catalog={catalog} />
    </div>
  )
}

/**
 * A small caption over the 3D view while the teaching model bends the spine: the extra curve is
 * "a common explanation, not a proven mechanism", and a one-sided lean is "illustration only".
 */
function ViewCaption({ catalog }: { catalog: Catalog }) {
  const { curve, lean } = useSceneView().caption
  if (!curve && !lean) return null
  return (
    <p className="psoas-explainer__caption" data-testid="view-caption" data-curve={curve} data-lean={lean}>
      {curve ? <span data-label="curve">{catalog.ui.commonExplanationLabel}</span> : null}
      {curve && lean ? ' ' : null}
      {lean ? <span data-label="lean">{catalog.ui.illustrationLabel}</span> : null}
    </p>
  )
}

function ChapterBox({ catalog }: { catalog: Catalog }) {
  const chapter = useSceneStore((s) => s.chapter)
  if (!chapter) return null
  return <ChapterPanel chapter={chapter} catalog={catalog} />
}

interface ViewError {
  kind: ExplainerErrorKind
  detail: string
}

function ErrorPanel({ error, catalog, onRetry }: { error: ViewError; catalog: Catalog; onRetry?: () => void }) {
  const e = catalog.ui.errors
  const message = error.kind === 'noWebgl' ? e.noWebgl : error.kind === 'contextLost' ? e.contextLost : e.modelLoad
  return (
    <div className="psoas-error" role="alert" data-error={error.kind}>
      <strong>{message}</strong>
      <p>{e.textOnlyHint}</p>
      {error.detail ? (
        <p className="psoas-explainer__note">
          {e.detail}: {error.detail}
        </p>
      ) : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {e.retry}
        </button>
      ) : null}
    </div>
  )
}

interface ViewProps {
  modelUrl: string
  reducedMotion: boolean
  catalog: Catalog
  canvasRef: Ref<ExplainerCanvasApi>
  onReady: () => void
  onError: (e: PsoasExplainerError) => void
  themeColors: ReturnType<typeof resolveTheme>
  /** show the compare state in a second view beside the first */
  compareOn: boolean
}

/** The 3D view, or an error message with a retry button when it cannot be shown. */
function ExplainerView({ modelUrl, reducedMotion, catalog, canvasRef, onReady, onError, themeColors, compareOn }: ViewProps) {
  const store = useSceneStoreApi()
  const [error, setError] = useState<ViewError | null>(() =>
    typeof document !== 'undefined' && !hasWebGL() ? { kind: 'noWebgl', detail: '' } : null,
  )
  const [attempt, setAttempt] = useState(0)
  const [ready, setReady] = useState(false)
  const reported = useRef(false)
  const fail = useCallback(
    (kind: ExplainerErrorKind, cause: unknown) => {
      const detail = cause instanceof Error ? cause.message : cause ? String(cause) : ''
      setError({ kind, detail })
      if (!reported.current) {
        reported.current = true
        onError(new PsoasExplainerError(kind, `PsoasExplainer: ${kind}${detail ? `: ${detail}` : ''}`, { cause }))
      }
    },
    [onError],
  )
  // Load (or reuse) the model here too: a failed load then replaces the canvas by the error panel
  // however the canvas handles it, and the canvas reads the same cached promise when it works.
  // The 3D view is mounted once the model is in the cache, so the download shows its progress.
  const failed = error !== null
  const [loadedUrl, setLoadedUrl] = useState<string | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  useEffect(() => {
    if (failed) return
    let live = true
    // fetch the 3D code while the model downloads
    void import('../render/ExplainerCanvas.tsx').catch(() => undefined)
    let shown: number | null | undefined
    const { promise, unsubscribe } = loadModelWithProgress(modelUrl, (f) => {
      // one React update per whole percent, not per network chunk
      const p = f === null ? null : Math.floor(f * 100) / 100
      if (!live || p === shown) return
      shown = p
      setProgress(p)
    })
    promise.then(
      () => {
        if (live) setLoadedUrl(modelUrl)
      },
      (e: unknown) => {
        if (live) fail('modelLoad', e)
      },
    )
    return () => {
      live = false
      unsubscribe()
    }
  }, [modelUrl, failed, fail])
  useEffect(() => {
    if (error?.kind === 'noWebgl' && !reported.current) {
      reported.current = true
      onError(new PsoasExplainerError('noWebgl', 'PsoasExplainer: this browser cannot create a WebGL context'))
    }
  }, [error, onError])
  if (error)
    return (
      <div className="psoas-explainer__view">
        <ErrorPanel
          error={error}
          catalog={catalog}
          onRetry={
            error.kind === 'noWebgl'
              ? undefined
              : () => {
                  reported.current = false
                  void forgetModelLoad(modelUrl)
                  setLoadedUrl(null)
                  setProgress(null)
                  setReady(false)
                  setError(null)
                  setAttempt((a) => a + 1)
                }
          }
        />
      </div>
    )
  return (
    <>
      <div className="psoas-explainer__view" data-view="main">
        {compareOn ? <span className="psoas-explainer__view-label">{catalog.ui.controls.compareCurrent}</span> : null}
        {loadedUrl === modelUrl ? (
        <ExplainerErrorBoundary key={attempt} renderFallback={() => null} onError={(e) => fail('modelLoad', e)}>
          <Suspense fallback={null}>
            <ExplainerCanvas
              ref={canvasRef}
              store={store}
              modelUrl={modelUrl}
              reducedMotion={reducedMotion}
              theme={sceneColors(themeColors)}
              aria-label={catalog.ui.viewLabel}
              onReady={() => {
                setReady(true)
                onReady()
              }}
              onError={(e: unknown) => fail('modelLoad', e)}
              onSelect={(id: StructureId | null) => store.actions.setFocus(id)}
            />
          </Suspense>
        </ExplainerErrorBoundary>
        ) : null}
        {!ready ? (
          <div className="psoas-loading" data-testid="loading" data-progress={progress === null ? 'unknown' : progress}>
            <span>{progress === null ? catalog.ui.loading : fill(catalog.ui.loadingProgress, { percent: Math.round(progress * 100) })}</span>
            <progress aria-label={catalog.ui.loading} max={1} value={progress ?? undefined} />
          </div>
        ) : null}
      </div>
      {compareOn && ready ? (
        <ExplainerErrorBoundary renderFallback={() => null}>
          <CompareView modelUrl={modelUrl} reducedMotion={reducedMotion} catalog={catalog} themeColors={themeColors} />
        </ExplainerErrorBoundary>
      ) : null}
    </>
  )
}

/**
 * The compare state (e.g. relaxed) in a second view, driven by its own store that follows the
 * main one. Mounted only while compare is on, so it costs a WebGL context only then.
 */
function CompareView({ modelUrl, reducedMotion, catalog, themeColors }: Omit<ViewProps, 'canvasRef' | 'onReady' | 'onError' | 'compareOn'>) {
  const main = useSceneStoreApi()
  const [store] = useState(() => createSceneStore(resolveCompare(pickState(main.getState())) ?? {}))
  useEffect(
    () =>
      main.subscribe((s) => {
        const c = resolveCompare(pickState(s))
        if (c) store.actions.replace(c)
      }),
    [main, store],
  )
  return (
    <div className="psoas-explainer__view" data-view="compare">
      <span className="psoas-explainer__view-label">{catalog.ui.controls.compareNormal}</span>
      <Suspense fallback={null}>
        <ExplainerCanvas
          store={store}
          modelUrl={modelUrl}
          reducedMotion={reducedMotion}
          theme={sceneColors(themeColors)}
          aria-label={catalog.ui.compareViewLabel}
          onSelect={(id: StructureId | null) => main.actions.setFocus(id)}
        />
      </Suspense>
    </div>
  )
}

/**
 * The complete explainer: 3D view, controls, live description, readout, body map and chapters.
 */
export function PsoasExplainer(props: PsoasExplainerProps) {
  const [seen] = useState(() => new Set<string>())
  const catalogLocale = resolveLocale(props.locale)
  if (props.locale !== undefined && !(LOCALES as readonly string[]).some((l) => props.locale?.toLowerCase().startsWith(l)))
    warnOnce(seen, `[psoas-explainer] <PsoasExplainer locale>: "${props.locale}" is not available; accepted: ${LOCALES.join(', ')}. Using "${catalogLocale}".`)
  const catalog = getCatalog(catalogLocale)
  return (
    <ExplainerErrorBoundary
      onError={(e) => props.onError?.(new PsoasExplainerError('render', e.message, { cause: e }))}
      renderFallback={(e) => <CrashFallback error={e} className={props.className} catalog={catalog} />}
    >
      <ExplainerRoot {...props} />
    </ExplainerErrorBoundary>
  )
}

/** Shown when something inside the explainer threw: the host page keeps working. */
function CrashFallback({ error, className, catalog }: { error: Error; className?: string; catalog: Catalog }) {
  return (
    <div className={['psoas-explainer', className].filter(Boolean).join(' ')} data-error="render" role="alert">
      <Styles />
      <p>{catalog.ui.errors.modelLoad}</p>
      <p className="psoas-explainer__note">{error.message}</p>
    </div>
  )
}

function ExplainerRoot(props: PsoasExplainerProps) {
  const {
    state: stateProp,
    defaultState,
    onStateChange,
    modelUrl = DEFAULT_MODEL_URL,
    locale: localeProp,
    controls: controlsProp = 'full',
    width,
    height,
    className,
    style,
    theme,
    reducedMotion: reducedMotionProp,
    onReady,
    onError,
    shareUrl,
    ref,
  } = props
  const [seen] = useState(() => new Set<string>())
  const locale = resolveLocale(localeProp)
  const catalog = getCatalog(locale)
  const prefersReduced = usePrefersReducedMotion()
  const reducedMotion = reducedMotionProp ?? prefersReduced

  let controls: ControlsMode = controlsProp
  if (!CONTROLS_MODES.includes(controlsProp)) {
    warnOnce(seen, `[psoas-explainer] <PsoasExplainer controls>: ${JSON.stringify(controlsProp)} is not accepted; accepted: 'full', 'minimal', 'none'. Using 'full'.`)
    controls = 'full'
  }
  if (typeof modelUrl !== 'string' || modelUrl === '')
    warnOnce(seen, `[psoas-explainer] <PsoasExplainer modelUrl>: expected a non-empty URL string, got ${JSON.stringify(modelUrl)}.`)

  if (theme !== undefined && (typeof theme === 'string' ? theme !== 'light' && theme !== 'dark' : typeof theme !== 'object' || theme === null))
    warnOnce(seen, `[psoas-explainer] <PsoasExplainer theme>: ${JSON.stringify(theme)} is not accepted; accepted: 'light', 'dark' or an object of colours. Using 'light'.`)
  if (reducedMotionProp !== undefined && typeof reducedMotionProp !== 'boolean')
    warnOnce(seen, `[psoas-explainer] <PsoasExplainer reducedMotion>: expected true or false, got ${JSON.stringify(reducedMotionProp)}.`)
  const controlled = stateProp !== undefined
  const sanitize = useCallback(
    (input: unknown, prop: string): SceneState => {
      const { state, problems } = parseState(input ?? {})
      warnProblems(seen, prop, problems)
      return state
    },
    [seen],
  )

  // The store and a replace() that does not count as a user change, created once.
  const [ctl] = useState(() => {
    const st: SceneStore = createSceneStore(sanitize(controlled ? stateProp : defaultState, controlled ? 'state' : 'defaultState'))
    const c = {
      store: st,
      syncing: false,
      replace(next: SceneState) {
        c.syncing = true
        try {
          st.actions.replace(next)
        } finally {
          c.syncing = false
        }
      },
    }
    return c
  })
  const store = ctl.store

  // Controlled: the prop is the truth. Mirror it into the store, and put the store back to it when
  // the parent does not accept a change (like a controlled <input>).
  const propState = useMemo(() => (controlled ? sanitize(stateProp, 'state') : null), [controlled, stateProp, sanitize])
  const propStateRef = useRef<SceneState | null>(propState)
  useLayoutEffect(() => {
    propStateRef.current = propState
    if (propState && !statesEqual(pickState(ctl.store.getState()), propState)) ctl.replace(propState)
  }, [propState, ctl])

  const onStateChangeRef = useRef(onStateChange)
  useLayoutEffect(() => {
    onStateChangeRef.current = onStateChange
  })
  // A layout effect: subscribed before anyone can reach the DOM or the ref API, so no change is missed.
  useLayoutEffect(
    () =>
      ctl.store.subscribe((next, prev) => {
        if (ctl.syncing) return
        const a = pickState(next)
        if (statesEqual(a, pickState(prev))) return
        onStateChangeRef.current?.(a)
        if (propStateRef.current) {
          setTimeout(() => {
            const p = propStateRef.current
            if (p && !statesEqual(pickState(ctl.store.getState()), p)) ctl.replace(p)
          }, 0)
        }
      }),
    [ctl],
  )

  const onErrorRef = useRef(onError)
  useLayoutEffect(() => {
    onErrorRef.current = onError
  })
  const onReadyRef = useRef(onReady)
  useLayoutEffect(() => {
    onReadyRef.current = onReady
  })
  const handleError = useCallback((e: PsoasExplainerError) => onErrorRef.current?.(e), [])
  const readyOnce = useRef(false)
  const handleReady = useCallback(() => {
    if (readyOnce.current) return
    readyOnce.current = true
    onReadyRef.current?.()
  }, [])

  const canvasRef = useRef<ExplainerCanvasApi>(null)
  useImperativeHandle(
    ref,
    (): PsoasExplainerApi => ({
      getState: () => pickState(store.getState()),
      setState: (next) => {
        const current = pickState(store.getState())
        const partial = typeof next === 'function' ? next(current) : next
        const merged = sanitize({ ...current, ...partial }, 'setState')
        store.actions.replace(merged)
      },
      snapshot: () => {
        const c = canvasRef.current
        if (!c) return Promise.reject(new PsoasExplainerError('render', 'PsoasExplainer.snapshot: the 3D view is not available'))
        return c.snapshot()
      },
      resetCamera: () => canvasRef.current?.resetCamera(),
    }),
    [store, sanitize],
  )

  const goToChapter = useCallback(
    (id: ChapterId | null) => {
      if (id === null) {
        store.actions.setChapter(null)
        return
      }
      const merged = { ...pickState(store.getState()), ...getChapter(id).state, chapter: id }
      store.actions.replace(sanitize(merged, 'chapter'))
    },
    [store, sanitize],
  )

  const themeColors = useMemo(() => resolveTheme(theme), [theme])
  const themeName = theme === 'dark' ? 'dark' : theme === undefined || theme === 'light' ? 'light' : 'custom'
  const rootStyle: CSSProperties = {
    ...themeToCssVars(themeColors),
    width: toCss(width),
    ...(height !== undefined ? ({ '--psoas-height': toCss(height) } as CSSProperties) : {}),
    ...style,
  }
  const compareOn = useCompareOn(store)
  const panelRef = useRef<HTMLDivElement>(null)

  return (
    <SceneStoreProvider store={store}>
      <Styles />
      <div
        className={['psoas-explainer', className].filter(Boolean).join(' ')}
        style={rootStyle}
        data-controls={controls}
        data-theme={themeName}
        data-reduced-motion={reducedMotion ? 'true' : 'false'}
        data-state={controlled ? 'controlled' : 'uncontrolled'}
        lang={locale}
      >
        <div className="psoas-explainer__layout">
          <div className="psoas-explainer__stage" data-compare={compareOn ? 'on' : 'off'}>
            <ExplainerView
              modelUrl={modelUrl}
              reducedMotion={reducedMotion}
              catalog={catalog}
              canvasRef={canvasRef}
              onReady={handleReady}
              onError={handleError}
              themeColors={themeColors}
              compareOn={compareOn}
            />
            <ViewCaption catalog={catalog} />
          </div>
          <div className="psoas-explainer__panel" data-controls={controls} ref={panelRef} tabIndex={-1}>
            <LiveText locale={locale} hidden={controls === 'none'} />
            {controls !== 'none' ? (
              <>
                <Controls
                  mode={controls}
                  catalog={catalog}
                  reducedMotion={reducedMotion}
                  onChapter={goToChapter}
                  onResetCamera={() => canvasRef.current?.resetCamera()}
                />
                {controls === 'full' ? <ShareButton catalog={catalog} shareUrl={shareUrl} /> : null}
                <ReadoutBox catalog={catalog} locale={locale} />
                <AnnotationList catalog={catalog} fallbackFocus={() => panelRef.current} />
              </>
            ) : null}
            {controls === 'full' ? (
              <>
                <ChapterBox catalog={catalog} />
                <StructurePicker catalog={catalog} />
                <NerveList catalog={catalog} />
                <SymptomMap catalog={catalog} />
              </>
            ) : controls === 'minimal' ? (
              <StructureInfo catalog={catalog} />
            ) : null}
          </div>
        </div>
      </div>
    </SceneStoreProvider>
  )
}

function useCompareOn(store: SceneStore): boolean {
  return useStore(store, (s) => s.compare !== null)
}

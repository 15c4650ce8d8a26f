/**
 * <PsoasExplainer>: the complete explainer (3D view, controls, text). Controlled (`state` +
 * `onStateChange`) or uncontrolled (`defaultState`), like Radix components. Bad props are
 * sanitised by parseState with a dev-only warning; failures of the 3D view leave a text-only
 * explainer that still works; nothing it does can crash the host page.
 *
 * This file composes the parts: the store (useControllableStore), the imperative API
 * (useExplainerApi), the 3D view (ExplainerView) and one component per box of the side panel.
 */
import { Suspense, lazy, useCallback, useDeferredValue, useId, useMemo, useRef, type CSSProperties, type ReactNode } from 'react'
import { SceneStoreProvider, useSceneStore } from '../react/index.ts'
import { ExplainerErrorBoundary } from '../react/ErrorBoundary.tsx'
import { DEFAULT_MODEL_URL } from '../platform/defaults.ts'
import { pickSceneState } from '../scene-state/index.ts'
import type { ChapterId } from '../scene-state/types.ts'
import { loadedCatalog, resolveLocale } from '../content/catalogs.ts'
import type { ExplainerCanvasApi } from '../render/index.ts'
import { usePrintHandout } from './PrintHandout.tsx'
import { ViewCaption } from './ViewCaption.tsx'
import { CrashFallback } from './ErrorPanel.tsx'
import { ExplainerView } from './ExplainerView.tsx'
import { PosterPreload } from './ViewPoster.tsx'
import { StyleSheet } from './StyleSheet.tsx'
import { useLeftOut } from './LeftOutNotice.tsx'
import { useShortcuts } from './useShortcuts.ts'
import { usePrefersReducedMotion, useLatest } from './hooks.ts'
import { checkMode, checkProps, useSanitize, useWarnOnce, warnLocale } from './propWarnings.ts'
import { useControllableStore } from './useControllableStore.ts'
import { useCatalog } from './useCatalog.ts'
import { withChapters } from './tour.ts'
import { useModelChoice } from './useModelChoice.ts'
import { useExplainerApi } from './useExplainerApi.ts'
import { resolveTheme, themeToCssVars } from './theme.ts'
import { PsoasExplainerError, type PsoasExplainerProps } from './types.ts'

/**
 * The side panel, the consult toolbar and the shortcut overlay are one chunk that starts loading with
 * the first render, beside the text catalog (the first chunk holds the rest: issue 14's budget).
 */
let panelChunk: Promise<typeof import('./ExplainerPanel.tsx')> | undefined
const loadPanel = () => (panelChunk ??= import('./ExplainerPanel.tsx'))
const ExplainerPanel = lazy(() => loadPanel().then((m) => ({ default: m.ExplainerPanel })))
const ConsultToolbar = lazy(() => loadPanel().then((m) => ({ default: m.ConsultToolbar })))
const ShortcutsDialog = lazy(() => loadPanel().then((m) => ({ default: m.ShortcutsDialog })))

export { ExplainerErrorBoundary, DEFAULT_MODEL_URL }
export { CONTROLS_MODES, EXPLAINER_MODES, PsoasExplainerError, type ControlsMode, type ExplainerMode, type ExplainerErrorKind, type PsoasExplainerApi, type PsoasExplainerProps, type PsoasExplainerTimeouts } from './types.ts'

/**
 * The complete explainer: 3D view, controls, live description, readout, body map and chapters.
 */
export function PsoasExplainer(props: PsoasExplainerProps) {
  const warn = useWarnOnce()
  warnLocale(warn, props.locale)
  // The text shows in one language only: the locale's catalog loads on demand (useCatalog); at first
  // nothing shows until it has, and when the locale changes the previous text stays until the new
  // catalog is there (a deferred value: React keeps the shown tree while the new one suspends).
  const locale = useDeferredValue(resolveLocale(props.locale))
  void loadPanel()
  return (
    <ExplainerErrorBoundary
      onError={(e) => props.onError?.(new PsoasExplainerError('render', e.message, { cause: e }))}
      renderFallback={(e) => {
        // a catalog that cannot be loaded leaves no words to say it with: the host still gets onError
        const catalog = loadedCatalog(locale) ?? loadedCatalog(props.locale)
        return catalog ? <CrashFallback error={e} className={props.className} catalog={catalog} /> : null
      }}
    >
      {/* until the catalog is there: an empty placeholder (the host's class for its layout), not yet the explainer */}
      <Suspense
        fallback={
          <div className={props.className} aria-busy="true" data-psoas-explainer="loading">
            <PosterPreload poster={props.poster} state={props.state ?? props.defaultState} modelUrl={props.modelUrl ?? DEFAULT_MODEL_URL} theme={props.theme} />
          </div>
        }
      >
        <ExplainerRoot {...props} locale={locale} />
      </Suspense>
    </ExplainerErrorBoundary>
  )
}

function toCss(v: number | string | undefined): string | undefined {
  if (v === undefined) return undefined
  return typeof v === 'number' ? `${v}px` : v
}

function ExplainerRoot(props: PsoasExplainerProps) {
  const {
    state,
    defaultState,
    onStateChange,
    modelUrl = DEFAULT_MODEL_URL,
    modelQuality,
    lowModelUrl,
    poster,
    locale: localeProp,
    width,
    height,
    className,
    style,
    theme,
    reducedMotion: reducedMotionProp,
    onReady,
    onError,
    shareUrl,
    timeouts,
    inputProblems,
    nonce,
    ref,
  } = props
  const warn = useWarnOnce()
  const leftOut = useLeftOut(inputProblems)
  const sanitize = useSanitize(warn, leftOut.report)
  const controls = checkProps(warn, props)
  const mode = checkMode(warn, props.mode)
  const locale = resolveLocale(localeProp)
  const catalog = useCatalog(locale)
  const prefersReduced = usePrefersReducedMotion()
  const reducedMotion = reducedMotionProp ?? prefersReduced
  const { store, controlled } = useControllableStore({ state, defaultState, onStateChange, sanitize, warn })
  const canvasRef = useRef<ExplainerCanvasApi>(null)
  const model = useModelChoice(modelQuality, modelUrl, lowModelUrl)

  const onErrorRef = useLatest(onError)
  const onReadyRef = useLatest(onReady)
  const handleError = useCallback((e: PsoasExplainerError) => onErrorRef.current?.(e), [onErrorRef])
  const readyOnce = useRef(false)
  const handleReady = useCallback(() => {
    if (readyOnce.current) return
    readyOnce.current = true
    onReadyRef.current?.()
  }, [onReadyRef])

  const goToChapter = useCallback(
    (id: ChapterId | null) => {
      if (id === null) return store.actions.setChapter(null)
      // the chapters' scenes load with the tour (as the chapter panel does)
      withChapters(({ getChapter }) =>
        store.actions.replace(sanitize({ ...pickSceneState(store.getState()), ...getChapter(id).state, chapter: id }, 'chapter')),
      )
    },
    [store, sanitize],
  )

  const themeColors = useMemo(() => resolveTheme(theme), [theme])
  const snapshot = useExplainerApi(ref, store, sanitize, canvasRef, catalog, themeColors)
  const themeName = theme === 'dark' ? 'dark' : theme === undefined || theme === 'light' ? 'light' : 'custom'
  const rootStyle: CSSProperties = {
    ...themeToCssVars(themeColors),
    width: toCss(width),
    ...(height !== undefined ? ({ '--psoas-height': toCss(height) } as CSSProperties) : {}),
    ...style,
  }
  const panelRef = useRef<HTMLDivElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const handout = usePrintHandout({ store, catalog, rootRef, canvasRef, shareUrl, nonce })
  const disclaimerId = useId()
  const shortcuts = useShortcuts({ store, enabled: controls !== 'none', rootRef, print: () => void handout.print() })
  const { setHelpOpen } = shortcuts
  const closeHelp = useCallback(() => setHelpOpen(false), [setHelpOpen])
  const resetCamera = useCallback(() => canvasRef.current?.resetCamera(), [])
  const focusPanel = useCallback(() => panelRef.current, [])

  return (
    <SceneStoreProvider store={store}>
      <StyleSheet nonce={nonce} />
      {/* keys typed in its controls bubble to the root: the shortcuts (useShortcuts) are delegated, not a control of the root */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className={['psoas-explainer', className].filter(Boolean).join(' ')}
        style={rootStyle}
        data-controls={controls}
        data-mode={mode}
        data-theme={themeName}
        data-reduced-motion={reducedMotion ? 'true' : 'false'}
        data-model-quality={model.quality}
        data-state={controlled ? 'controlled' : 'uncontrolled'}
        data-print={handout.inPlace ? 'handout' : undefined}
        ref={rootRef}
        lang={locale}
        role="group"
        aria-label={catalog.ui.title}
        aria-describedby={disclaimerId}
        onKeyDown={shortcuts.onKeyDown}
      >
        {mode === 'consult' && controls !== 'none' ? (
          <Suspense fallback={null}>
            <ConsultToolbar catalog={catalog} onPrint={() => void handout.print()} onShortcuts={() => setHelpOpen(true)} />
          </Suspense>
        ) : null}
        <div className="psoas-explainer__layout">
          <Stage>
            <ExplainerView
              key={model.url}
              modelUrl={model.url}
              fallbackModelUrl={model.fallbackUrl}
              reducedMotion={reducedMotion}
              catalog={catalog}
              canvasRef={canvasRef}
              onReady={handleReady}
              onError={handleError}
              themeColors={themeColors}
              describedBy={disclaimerId}
              controls={controls}
              timeouts={timeouts}
              poster={poster}
            />
            <ViewCaption catalog={catalog} />
          </Stage>
          <div className="psoas-explainer__panel" data-controls={controls} ref={panelRef} tabIndex={-1}>
            <Suspense fallback={null}>
              <ExplainerPanel
                controls={controls}
                catalog={catalog}
                reducedMotion={reducedMotion}
                onChapter={goToChapter}
                onResetCamera={resetCamera}
                shareUrl={shareUrl}
                snapshot={snapshot}
                print={handout.print}
                printStatus={handout.status}
                leftOut={leftOut}
                fallbackFocus={focusPanel}
                disclaimerId={disclaimerId}
              />
            </Suspense>
          </div>
        </div>
        {handout.element}
        {controls !== 'none' ? (
          <Suspense fallback={null}>
            <ShortcutsDialog catalog={catalog} open={shortcuts.helpOpen} onClose={closeHelp} />
          </Suspense>
        ) : null}
      </div>
    </SceneStoreProvider>
  )
}

/** The area of the 3D view; `data-compare` reflects whether the compare state is drawn beside the current one. */
function Stage({ children }: { children: ReactNode }) {
  const compareOn = useSceneStore((s) => s.compare !== null)
  return (
    // the 3D labels keep clear of the caption in here (labelKeepOut.ts)
    <div className="psoas-explainer__stage" data-compare={compareOn ? 'on' : 'off'} data-label-scope="">
      {children}
    </div>
  )
}

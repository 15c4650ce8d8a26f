/**
 * The 3D view of the explainer: a loading bar while the model downloads (with a percentage, or a
 * moving bar that says the time is unknown), then one canvas (which draws the compare state beside
 * the current one when compare is on: two views, one WebGL context), or an error message with a
 * retry button when it cannot be shown. A model picked by `modelQuality="auto"` that cannot be
 * loaded (a host that serves only the full model) falls back to `fallbackModelUrl` once, before any
 * error is shown.
 *
 * The canvas exists only while the view is on or near the screen (useNearScreen), and survives a
 * lost WebGL context: the browser restores it and the scene redraws; "Try again" replaces the
 * canvas only when the browser does not (useContextLoss).
 */
import { Suspense, lazy, useCallback, useEffect, useId, useMemo, useRef, useState, type Ref } from 'react'
import { ExplainerErrorBoundary } from '../react/ErrorBoundary.tsx'
import { useSceneStoreApi } from '../react/index.ts'
import type { StructureId } from '../scene-state/ids.ts'
import { format, type Catalog } from '../content/index.ts'
import type { ExplainerCanvasApi } from '../render/index.ts'
import { CONTEXT_LOST_ERROR_NAME } from '../platform/webgl.ts'
import { ErrorDetails, ErrorPanel } from './ErrorPanel.tsx'
import { sceneColors, type PsoasTheme } from './theme.ts'
import { useModelLoad } from './useModelLoad.ts'
import { useContextLoss } from './useContextLoss.ts'
import { useNearScreen } from './useNearScreen.ts'
import { ViewPoster } from './ViewPoster.tsx'
import type { PosterProp } from './poster.ts'
import type { ControlsMode, PsoasExplainerError, PsoasExplainerTimeouts } from './types.ts'

/**
 * The 3D code (three.js, R3F, the loader) is loaded on demand, so the text part of the explainer
 * shows at once and a page without WebGL never downloads it.
 */
const ExplainerCanvas = lazy(() => import('../render/ExplainerCanvas.tsx').then((m) => ({ default: m.ExplainerCanvas })))

export interface ExplainerViewProps {
  modelUrl: string
  /** tried once, instead of showing an error, when `modelUrl` cannot be loaded */
  fallbackModelUrl?: string
  reducedMotion: boolean
  catalog: Catalog
  canvasRef: Ref<ExplainerCanvasApi>
  onReady: () => void
  onError: (e: PsoasExplainerError) => void
  themeColors: PsoasTheme
  /** id of the element that describes the view (the disclaimer) */
  describedBy?: string
  /** which controls are beside the view (error hints mention only what is there). Default 'full'. */
  controls?: ControlsMode
  timeouts?: PsoasExplainerTimeouts
  /** the poster shown until the first frame is drawn and with an error (poster.ts); false: none */
  poster?: PosterProp
}

export function ExplainerView({ modelUrl, fallbackModelUrl, onError, ...rest }: ExplainerViewProps) {
  const [fellBack, setFellBack] = useState(false)
  const url = fellBack && fallbackModelUrl ? fallbackModelUrl : modelUrl
  const handleError = useCallback(
    (e: PsoasExplainerError) => {
      if (!fellBack && fallbackModelUrl && fallbackModelUrl !== modelUrl && e.kind === 'modelLoad') setFellBack(true)
      else onError(e)
    },
    [fellBack, fallbackModelUrl, modelUrl, onError],
  )
  // a new load (fresh progress and error state) for the fallback URL
  return <ModelView key={url} {...rest} modelUrl={url} onError={handleError} />
}

/** data-3d of the view: where the 3D part is (tests and styling) */
type ViewState = 'loading' | 'offscreen' | 'drawn' | 'restoring' | 'lost'

function ModelView(props: ExplainerViewProps) {
  const { modelUrl, reducedMotion, catalog, canvasRef, onReady, onError, themeColors, describedBy, controls = 'full', timeouts, poster } = props
  const store = useSceneStoreApi()
  const load = useModelLoad(modelUrl, onError, timeouts?.load)
  const context = useContextLoss(onError, timeouts?.contextRestore)
  const view = useRef<HTMLDivElement>(null)
  const near = useNearScreen(view)
  // a new canvas (a new WebGL context) after a context the browser did not restore
  const [canvasKey, setCanvasKey] = useState(0)
  const labelId = useId()
  const mounted = load.loaded && near
  // one token per mounted canvas: a canvas mounted again (back on screen, or a new one) has not drawn yet
  // one scene theme object per set of colours: a new object each render would rebuild the scene's materials
  const sceneTheme = useMemo(() => sceneColors(themeColors), [themeColors])
  const canvasToken = useMemo(() => (mounted ? { canvasKey } : null), [mounted, canvasKey])
  const [drawnToken, setDrawnToken] = useState<object | null>(null)
  const drawn = canvasToken !== null && drawnToken === canvasToken
  // onReady after the commit that removed the loading bar (the host then sees the drawn view)
  useEffect(() => {
    if (drawn) onReady()
  }, [drawn, onReady])
  // the still picture: at once, under the canvas until its first frame, and with an error message
  const posterElement = <ViewPoster poster={poster} modelUrl={modelUrl} themeColors={themeColors} catalog={catalog} />
  if (load.error)
    return (
      <div className="psoas-explainer__view" data-3d="error">
        {posterElement}
        <ErrorPanel error={load.error} catalog={catalog} controls={controls} onRetry={load.retry} />
      </div>
    )
  const { progress } = load
  const state: ViewState = !load.ready ? 'loading' : !mounted ? 'offscreen' : context.state !== 'live' ? context.state : drawn ? 'drawn' : 'loading'
  const loadingText = progress === null ? catalog.ui.loading : format(catalog.ui.loadingProgress, { percent: Math.round(progress * 100) })
  return (
    <div className="psoas-explainer__view" data-3d={state} ref={view}>
      {drawn ? null : posterElement}
      {mounted ? (
        <ExplainerErrorBoundary key={`${load.attempt}-${canvasKey}`} renderFallback={() => null} onError={(e) => load.fail('modelLoad', e)}>
          <Suspense fallback={null}>
            <ExplainerCanvas
              ref={canvasRef}
              store={store}
              modelUrl={modelUrl}
              reducedMotion={reducedMotion}
              theme={sceneTheme}
              aria-label={catalog.ui.viewLabel}
              aria-roledescription={catalog.ui.viewerRole}
              aria-describedby={describedBy}
              locale={catalog.meta.locale}
              compareLabels={{ current: catalog.ui.controls.compareCurrent, compare: catalog.ui.controls.compareNormal }}
              onReady={() => {
                setDrawnToken(canvasToken)
                load.markReady()
              }}
              // context loss is reported by onContextLost (kind contextLost), not as a load failure
              onError={(e: Error) => (e.name === CONTEXT_LOST_ERROR_NAME ? undefined : load.fail('modelLoad', e))}
              onContextLost={context.onLost}
              onContextRestored={context.onRestored}
              onSelect={(id: StructureId | null) => store.actions.setFocus(id)}
            />
          </Suspense>
        </ExplainerErrorBoundary>
      ) : null}
      {mounted && context.state !== 'live' ? (
        <div className="psoas-error" role="alert" data-error="contextLost" style={{ position: 'absolute', inset: 0 }}>
          <strong>{context.state === 'restoring' ? catalog.ui.errors.contextLost : catalog.ui.errors.contextLostGone}</strong>
          {context.state === 'lost' ? (
            <>
              <button
                type="button"
                onClick={() => {
                  setCanvasKey((k) => k + 1)
                  context.reset()
                }}
              >
                {catalog.ui.errors.retry}
              </button>
              <ErrorDetails detail="the WebGL context was lost and the browser did not restore it" catalog={catalog} />
            </>
          ) : null}
        </div>
      ) : null}
      {!load.ready ? (
        <div className="psoas-loading" data-testid="loading" data-progress={progress === null ? 'unknown' : progress}>
          <span id={labelId}>{loadingText}</span>
          <progress aria-labelledby={labelId} max={1} value={progress ?? undefined} />
        </div>
      ) : null}
    </div>
  )
}

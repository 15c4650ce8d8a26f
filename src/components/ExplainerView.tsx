/**
 * The 3D view of the explainer: a loading bar while the model downloads, then one canvas (which
 * draws the compare state beside the current one when compare is on: two views, one WebGL
 * context), or an error message with a retry button when it cannot be shown. A model picked by
 * `modelQuality="auto"` that cannot be loaded (a host that serves only the full model) falls back to
 * `fallbackModelUrl` once, before any error is shown.
 */
import { Suspense, lazy, useCallback, useState, type Ref } from 'react'
import { ExplainerErrorBoundary } from '../react/ErrorBoundary.tsx'
import { useSceneStoreApi } from '../react/index.ts'
import type { StructureId } from '../scene-state/ids.ts'
import { format, type Catalog } from '../content/index.ts'
import type { ExplainerCanvasApi } from '../render/index.ts'
import { ErrorPanel } from './ErrorPanel.tsx'
import { sceneColors, type PsoasTheme } from './theme.ts'
import { useModelLoad } from './useModelLoad.ts'
import type { PsoasExplainerError } from './types.ts'

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

function ModelView({ modelUrl, reducedMotion, catalog, canvasRef, onReady, onError, themeColors, describedBy }: ExplainerViewProps) {
  const store = useSceneStoreApi()
  const load = useModelLoad(modelUrl, onError)
  if (load.error)
    return (
      <div className="psoas-explainer__view">
        <ErrorPanel error={load.error} catalog={catalog} onRetry={load.retry} />
      </div>
    )
  const { progress } = load
  return (
    <div className="psoas-explainer__view">
      {load.loaded ? (
        <ExplainerErrorBoundary key={load.attempt} renderFallback={() => null} onError={(e) => load.fail('modelLoad', e)}>
          <Suspense fallback={null}>
            <ExplainerCanvas
              ref={canvasRef}
              store={store}
              modelUrl={modelUrl}
              reducedMotion={reducedMotion}
              theme={sceneColors(themeColors)}
              aria-label={catalog.ui.viewLabel}
              aria-roledescription={catalog.ui.viewerRole}
              aria-describedby={describedBy}
              locale={catalog.meta.locale}
              compareLabels={{ current: catalog.ui.controls.compareCurrent, compare: catalog.ui.controls.compareNormal }}
              onReady={() => {
                load.markReady()
                onReady()
              }}
              onError={(e: unknown) => load.fail('modelLoad', e)}
              onSelect={(id: StructureId | null) => store.actions.setFocus(id)}
            />
          </Suspense>
        </ExplainerErrorBoundary>
      ) : null}
      {!load.ready ? (
        <div className="psoas-loading" data-testid="loading" data-progress={progress === null ? 'unknown' : progress}>
          <span>{progress === null ? catalog.ui.loading : format(catalog.ui.loadingProgress, { percent: Math.round(progress * 100) })}</span>
          <progress aria-label={catalog.ui.loading} max={1} value={progress ?? undefined} />
        </div>
      ) : null}
    </div>
  )
}

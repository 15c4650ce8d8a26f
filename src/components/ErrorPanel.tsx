import type { Catalog } from '../content/index.ts'
import { StyleSheet } from './StyleSheet.tsx'
import type { ControlsMode, ExplainerErrorKind } from './types.ts'

/** What the 3D view shows instead of itself after a failure. */
export interface ViewError {
  kind: ExplainerErrorKind
  /** the technical detail (e.g. the HTTP status): behind a "details" disclosure, never in the message */
  detail: string
}

/** The patient wording of a failure kind. */
export function errorMessage(catalog: Catalog, kind: ExplainerErrorKind): string {
  const e = catalog.ui.errors
  switch (kind) {
    case 'noWebgl':
      return e.noWebgl
    case 'contextLost':
      return e.contextLostGone
    case 'timeout':
      return e.timeout
    case 'render':
      return e.render
    case 'modelLoad':
      return e.modelLoad
  }
}

/** What the user can still do, pointing only at what is on screen: nothing "below" when there are no controls. */
export function textOnlyHint(catalog: Catalog, controls: ControlsMode): string | null {
  const e = catalog.ui.errors
  return controls === 'full' ? e.textOnlyHint : controls === 'minimal' ? e.textOnlyHintMinimal : null
}

/** The technical detail, folded away (patients see the message; support staff open this). */
export function ErrorDetails({ detail, catalog }: { detail: string; catalog: Catalog }) {
  if (!detail) return null
  return (
    <details className="psoas-explainer__note" data-testid="error-details">
      <summary>{catalog.ui.errors.detail}</summary>
      <code>{detail}</code>
    </details>
  )
}

export interface ErrorPanelProps {
  error: ViewError
  catalog: Catalog
  /** which controls are shown beside the view (the hint mentions only those). Default 'full'. */
  controls?: ControlsMode
  /** shown as a "Try again" button where retrying can help */
  onRetry?: () => void
}

/** The message in place of the 3D view, with a retry button where retrying can help. */
export function ErrorPanel({ error, catalog, controls = 'full', onRetry }: ErrorPanelProps) {
  const hint = textOnlyHint(catalog, controls)
  return (
    <div className="psoas-error" role="alert" data-error={error.kind}>
      <strong>{errorMessage(catalog, error.kind)}</strong>
      {hint ? <p>{hint}</p> : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {catalog.ui.errors.retry}
        </button>
      ) : null}
      <ErrorDetails detail={error.detail} catalog={catalog} />
    </div>
  )
}

/** Shown when something inside the explainer threw: the host page keeps working. */
export function CrashFallback({ error, className, catalog }: { error: Error; className?: string; catalog: Catalog }) {
  return (
    <div className={['psoas-explainer', className].filter(Boolean).join(' ')} data-error="render" role="alert">
      <StyleSheet />
      <p>{catalog.ui.errors.render}</p>
      <ErrorDetails detail={error.message} catalog={catalog} />
    </div>
  )
}

import type { Catalog } from '../content/index.ts'
import { StyleSheet } from './StyleSheet.tsx'
import type { ExplainerErrorKind } from './types.ts'

/** What the 3D view shows instead of itself after a failure. */
export interface ViewError {
  kind: ExplainerErrorKind
  /** the technical detail (e.g. the HTTP status), shown small */
  detail: string
}

/** The message in place of the 3D view, with a retry button where retrying can help. */
export function ErrorPanel({ error, catalog, onRetry }: { error: ViewError; catalog: Catalog; onRetry?: () => void }) {
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

/** Shown when something inside the explainer threw: the host page keeps working. */
export function CrashFallback({ error, className, catalog }: { error: Error; className?: string; catalog: Catalog }) {
  return (
    <div className={['psoas-explainer', className].filter(Boolean).join(' ')} data-error="render" role="alert">
      <StyleSheet />
      <p>{catalog.ui.errors.modelLoad}</p>
      <p className="psoas-explainer__note">{error.message}</p>
    </div>
  )
}

import { lazy, Suspense, useId, useState } from 'react'
import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import { pickSceneState, STATE_QUERY_KEYS, toQuery, type SceneState } from '../scene-state/index.ts'
import type { Catalog } from '../content/index.ts'

// the QR encoder and its component load when a link is first shown, not with the page
const QrCode = lazy(() => import('./QrCode.tsx').then((m) => ({ default: m.QrCode })))

/**
 * The default share link: this page's address with its scene-state parameters (the codec's
 * `STATE_QUERY_KEYS`) replaced by `query`; other parameters, e.g. a language, and the #hash are kept.
 */
export function defaultShareUrl(query: string, href: string = typeof location !== 'undefined' ? location.href : 'http://localhost/'): string {
  const url = new URL(href)
  const params = new URLSearchParams(url.search)
  for (const k of STATE_QUERY_KEYS) params.delete(k)
  const rest = params.toString()
  const search = [rest, query].filter(Boolean).join('&')
  return `${url.origin}${url.pathname}${search ? `?${search}` : ''}${url.hash}`
}

export interface ShareButtonProps {
  catalog: Catalog
  /** builds the link from the state's URL query (`toQuery(state)`); default: `defaultShareUrl` */
  shareUrl?: (query: string) => string
}

/**
 * The state a share link carries: the notes' pins (where they are) always, their text only when the
 * user chose to include it, so a link pasted into a message or a record does not carry what was typed
 * about a patient. Links that carry text (older ones, or chosen) still open with it.
 */
export function shareableState(state: SceneState, includeNotes: boolean): SceneState {
  return includeNotes ? state : { ...state, annotations: state.annotations.map((a) => ({ ...a, text: '' })) }
}

/**
 * Copies a link to the current view to the clipboard and shows its QR code (made in the page, see qr.ts);
 * shows the link to copy by hand when the clipboard cannot be used.
 */
export function ShareButton({ catalog, shareUrl = defaultShareUrl }: ShareButtonProps) {
  const store = useSceneStoreApi()
  const [result, setResult] = useState<{ ok: boolean; url: string } | null>(null)
  const [includeNotes, setIncludeNotes] = useState(false)
  const hasNotes = useSceneStore((s) => s.annotations.some((a) => a.text !== ''))
  const fieldId = useId()
  const notesId = useId()
  const t = catalog.ui.share
  const share = async () => {
    const url = shareUrl(toQuery(shareableState(pickSceneState(store.getState()), includeNotes && hasNotes)))
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(url)
      setResult({ ok: true, url })
    } catch {
      setResult({ ok: false, url })
    }
  }
  return (
    <div className="psoas-share" data-state={result ? (result.ok ? 'copied' : 'failed') : 'idle'}>
      <button type="button" data-action="share" onClick={() => void share()}>
        {t.button}
      </button>
      {hasNotes ? (
        <div className="psoas-share__notes">
          <input id={notesId} type="checkbox" data-control="include-notes" checked={includeNotes} onChange={(e) => setIncludeNotes(e.currentTarget.checked)} />
          <label htmlFor={notesId}>{t.includeNotes}</label>
          {includeNotes ? <p className="psoas-explainer__note" data-testid="include-notes-warning">{t.includeNotesWarning}</p> : null}
        </div>
      ) : null}
      <p role="status" className="psoas-explainer__note">
        {result ? (result.ok ? t.copied : t.failed) : ''}
      </p>
      {result ? (
        <figure className="psoas-share__qr" data-testid="share-qr">
          <Suspense fallback={null}>
            <QrCode text={result.url} label={t.qrLabel} />
          </Suspense>
          <figcaption className="psoas-explainer__note">{t.qrHint}</figcaption>
        </figure>
      ) : null}
      {result && !result.ok ? (
        <div>
          <label className="psoas-explainer__label" htmlFor={fieldId}>
            {t.linkLabel}
          </label>
          <input id={fieldId} className="psoas-share__url" type="text" readOnly value={result.url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
    </div>
  )
}

import { useId, useState } from 'react'
import { useSceneStoreApi } from '../react/index.ts'
import { pickSceneState, STATE_QUERY_KEYS, toQuery } from '../scene-state/index.ts'
import type { Catalog } from '../content/index.ts'

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

/** Copies a link to the current view to the clipboard; shows the link to copy by hand when it cannot. */
export function ShareButton({ catalog, shareUrl = defaultShareUrl }: ShareButtonProps) {
  const store = useSceneStoreApi()
  const [result, setResult] = useState<{ ok: boolean; url: string } | null>(null)
  const fieldId = useId()
  const t = catalog.ui.share
  const share = async () => {
    const url = shareUrl(toQuery(pickSceneState(store.getState())))
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
      <p role="status" className="psoas-explainer__note">
        {result ? (result.ok ? t.copied : t.failed) : ''}
      </p>
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

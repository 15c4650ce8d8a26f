/**
 * Smaller parts of the explainer's side panel that read the scene-state store: the selected
 * structure, the consultation notes (annotation pins), the nerves that could be irritated, and the
 * share-link button. Each is keyboard operable and takes all its text from the catalog.
 */
import { useId, useRef, useState } from 'react'
import { useSceneStore, useSceneStoreApi, useSceneView } from '../react/index.ts'
import { cloneState, toQuery } from '../scene-state/index.ts'
import type { Catalog } from '../content/types.ts'
import { fill } from './format.ts'

/** The selected structure's name and one-sentence description (nothing when none is selected). */
export function StructureInfo({ catalog }: { catalog: Catalog }) {
  const focus = useSceneStore((s) => s.focus)
  // a polite live region that stays in the DOM, so a new selection is read out
  return (
    <div className="psoas-structure-live" aria-live="polite" aria-atomic="true">
      {focus ? (
        <div className="psoas-structure" data-testid="structure-info" data-structure={focus}>
          <strong>
            {catalog.ui.selected}: {catalog.structures[focus].name}
          </strong>
          <p>{catalog.structures[focus].description}</p>
        </div>
      ) : null}
    </div>
  )
}

/**
 * The annotation pins of the scene state as a list: structure, note text and a remove button.
 * Renders nothing when there are no notes. After a removal the focus moves to the next remove
 * button (or the previous one, or `fallbackFocus` when the list is gone).
 */
export function AnnotationList({ catalog, fallbackFocus }: { catalog: Catalog; fallbackFocus?: () => HTMLElement | null }) {
  const annotations = useSceneStore((s) => s.annotations)
  const store = useSceneStoreApi()
  const headingId = useId()
  const listRef = useRef<HTMLUListElement>(null)
  if (annotations.length === 0) return null
  const t = catalog.ui.annotations
  const remove = (index: number, id: string) => {
    store.actions.removeAnnotation(id)
    // after React has re-rendered the list
    requestAnimationFrame(() => {
      const buttons = listRef.current ? [...listRef.current.querySelectorAll<HTMLButtonElement>('button[data-action="remove-annotation"]')] : []
      const next = buttons[Math.min(index, buttons.length - 1)] ?? fallbackFocus?.() ?? null
      next?.focus()
    })
  }
  return (
    <section className="psoas-annotations" aria-labelledby={headingId} data-count={annotations.length}>
      <h3 id={headingId} className="psoas-explainer__label">
        {t.title}
      </h3>
      <ul ref={listRef} className="psoas-annotations__list">
        {annotations.map((a, i) => {
          const structure = catalog.structures[a.structure].name
          const text = a.text.trim() || structure
          return (
            <li key={a.id} data-annotation={a.id} data-structure={a.structure}>
              <span>{a.text.trim() ? fill(t.item, { structure, text }) : structure}</span>
              <button
                type="button"
                data-action="remove-annotation"
                aria-label={fill(t.removeLabel, { text })}
                onClick={() => remove(i, a.id)}
              >
                {t.remove}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}


/**
 * The nerves the teaching model marks at the current setting, each with its spinal level, as
 * buttons that select (focus) the nerve; and the note on the nerves the psoas is not thought to pinch.
 */
export function NerveList({ catalog }: { catalog: Catalog }) {
  const marked = useSceneView().markedNerves
  const focus = useSceneStore((s) => s.focus)
  const store = useSceneStoreApi()
  const headingId = useId()
  const notSupported = (['lateralFemoralCutaneous', 'lumbosacralTrunk'] as const).map((k) => catalog.nerves[k].name)
  return (
    <section className="psoas-nerves" aria-labelledby={headingId} data-count={marked.length}>
      <h3 id={headingId} className="psoas-explainer__label">
        {catalog.ui.nerveList.title}
      </h3>
      {marked.length ? (
        <ul className="psoas-nerves__list">
          {marked.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                data-nerve={n.id}
                aria-pressed={focus === n.id}
                data-state={focus === n.id ? 'on' : 'off'}
                onClick={() => store.actions.setFocus(focus === n.id ? null : n.id)}
              >
                {fill(catalog.ui.nerveMayBeIrritated, { nerve: catalog.structures[n.id].name, roots: catalog.nerves[n.key].roots })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="psoas-explainer__note">{catalog.ui.nerveList.none}</p>
      )}
      <p className="psoas-explainer__note" data-testid="not-supported-nerves">
        {notSupported.join(', ')}: {catalog.ui.notSupportedNerveCaveat}
      </p>
    </section>
  )
}

/** Scene-state keys of the URL query (scene-state/query.ts); other page parameters are kept. */
export const STATE_QUERY_KEYS: readonly string[] = ['v', 't', 's', 'p', 'l', 'f', 'c', 'ch', 'cmp', 'ct', 'cs', 'cp', 'a']

/**
 * The default share link: this page's address with its scene-state parameters replaced by `query`
 * (other parameters, e.g. a language, and the #hash are kept).
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
    const url = shareUrl(toQuery(cloneState(store.getState())))
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

/**
 * A one-line form that pins a note to the selected structure (scene state `annotations`, at the
 * structure's origin). Renders nothing while no structure is selected. Enter in the field adds it.
 */
export function AddAnnotation({ catalog }: { catalog: Catalog }) {
  const focus = useSceneStore((s) => s.focus)
  const store = useSceneStoreApi()
  const [text, setText] = useState('')
  const fieldId = useId()
  if (!focus) return null
  const t = catalog.ui.annotations
  return (
    <form
      className="psoas-annotations__add"
      data-structure={focus}
      onSubmit={(e) => {
        e.preventDefault()
        const note = text.trim()
        if (!note) return
        if (store.actions.addAnnotation({ structure: focus, text: note }) !== null) setText('')
      }}
    >
      <label className="psoas-explainer__label" htmlFor={fieldId}>
        {fill(t.newLabel, { structure: catalog.structures[focus].name })}
      </label>
      <div className="psoas-controls__row">
        <input id={fieldId} type="text" maxLength={280} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <button type="submit" data-action="add-annotation" disabled={!text.trim()}>
          {t.add}
        </button>
      </div>
    </form>
  )
}

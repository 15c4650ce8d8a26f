/**
 * The iframe embed: a page that shows the explainer from its URL and talks to the host page
 * through postMessage (protocol in messages.ts).
 *
 * URL parameters: the scene state (toQuery/fromQuery format, e.g. `t=0.66&s=r&p=sit`) plus
 * `model` (glb URL), `quality` (auto | full | low), `lang`, `controls`, `mode` (standard | consult), `theme`, `height`, `motion=reduce`,
 * `origins` (the pages allowed to drive the embed, e.g. `origins=https://a.example,https://b.example`;
 * default: this page's own origin) and `notes=1` (send the notes with every `stateChange`).
 *
 * Security (README, "Embedding safely"): a message is heard only from the parent window and an
 * allowed origin; every reply names an allowed origin as its target, never '*'; the notes leave the
 * page only when the host asks; `model` must be on this page's origin or an allowed one.
 */
import { Suspense, createRef, type ReactElement } from 'react'
import { createRoot } from 'react-dom/client'
import { PsoasExplainer, type ControlsMode, type ExplainerMode, type PsoasExplainerApi } from '../components/PsoasExplainer.tsx'
import { deriveView, fromQuery } from '../scene-state/index.ts'
import type { SceneState } from '../scene-state/types.ts'
import type { Problem } from '../scene-state/problems.ts'
import type { ModelQuality } from '../platform/model-quality.ts'
import { describe, resolveLocale, type Locale } from '../content/index.ts'
import { useCatalog } from '../components/useCatalog.ts'
import { MESSAGE_SOURCE, parseHostMessage, type EmbedMessage, type SharedState } from './messages.ts'
import { checkModelUrl, isAllowedOrigin, parseAllowedOrigins } from './origins.ts'
import { MODEL_FIELD } from '../components/leftOut.ts'

type WithoutSource<T> = T extends unknown ? Omit<T, 'source'> : never

const OPTION_KEYS = ['model', 'quality', 'lang', 'controls', 'mode', 'theme', 'height', 'motion', 'origins', 'notes'] as const

export interface IframeOptions {
  modelUrl?: string
  modelQuality?: ModelQuality
  locale?: string
  controls?: ControlsMode
  /** the layout (`mode=consult`: the consultation toolbar) */
  mode?: ExplainerMode
  theme: 'light' | 'dark'
  height?: number
  reducedMotion?: boolean
  /** the `origins` parameter as written ('' when absent) */
  origins: string
  /** `notes=1`: every stateChange carries the notes */
  notes: boolean
}

/** Splits a page query into explainer options and the scene-state query. */
export function readIframeQuery(search: string): { options: IframeOptions; stateQuery: string } {
  const params = new URLSearchParams(search)
  const get = (k: string) => params.get(k) ?? undefined
  const height = Number(get('height'))
  const options: IframeOptions = {
    modelUrl: get('model'),
    modelQuality: get('quality') as ModelQuality | undefined,
    locale: get('lang'),
    controls: get('controls') as ControlsMode | undefined,
    mode: get('mode') as ExplainerMode | undefined,
    theme: get('theme') === 'dark' ? 'dark' : 'light',
    height: Number.isFinite(height) && height > 0 ? height : undefined,
    reducedMotion: get('motion') === 'reduce' ? true : undefined,
    origins: get('origins') ?? '',
    notes: get('notes') === '1',
  }
  for (const k of OPTION_KEYS) params.delete(k)
  return { options, stateQuery: params.toString() }
}

/**
 * Renders the explainer into `container` and connects it to the parent window. Returns a cleanup.
 * `win` is the iframe's window (default: this one); `search` its query (default: its location's).
 */
export function mountIframeExplainer(container: HTMLElement, win: Window = window, search: string = win.location.search): () => void {
  const page = createIframePage(win, search)
  const disconnect = page.connect()
  const root = createRoot(container)
  root.render(page.element)
  return () => {
    disconnect()
    root.unmount()
  }
}

/** The iframe page for a window and a query: what it renders, and its link to the host page. */
export interface IframePage {
  /** the explainer as the page shows it (and the disclaimer under a view without a panel) */
  element: ReactElement
  /** starts hearing the host's messages; returns how to stop */
  connect(): () => void
}

/**
 * The iframe page without a React root of its own (`mountIframeExplainer` gives it one; a story or
 * a host React app can render `element` itself and call `connect` in an effect).
 */
export function createIframePage(win: Window = window, search: string = win.location.search): IframePage {
  const { options, stateQuery } = readIframeQuery(search)
  const api = createRef<PsoasExplainerApi>()
  const parent = win.parent !== win ? win.parent : null
  const pageOrigin = originOf(win.location.href)
  // Who may drive the embed: the listed origins, or this page's own origin when none are listed.
  const listed = parseAllowedOrigins(options.origins)
  for (const r of listed.rejected) console.warn(`[psoas-explainer] origins: ${JSON.stringify(r)} is not an origin (like https://clinic.example); ignored.`)
  const allowed = listed.origins.length > 0 ? listed.origins : pageOrigin ? [pageOrigin] : []
  // Messages nobody asked for (ready, stateChange, error) go to the embedding page's origin when the
  // referrer names an allowed one; otherwise to each allowed origin (the browser delivers a message
  // only when its target is the parent's real origin, so the others are dropped unread).
  const referrerOrigin = originOf(win.document.referrer)
  const targets = referrerOrigin && isAllowedOrigin(referrerOrigin, allowed) ? [referrerOrigin] : allowed
  const post = (m: WithoutSource<EmbedMessage>, to: readonly string[] = targets) => {
    for (const origin of to) parent?.postMessage({ source: MESSAGE_SOURCE, ...m }, origin)
  }
  // the sentence the explainer shows, from the one derived view of the state
  const locale = resolveLocale(options.locale)
  const describeState = (state: SceneState) => describe(deriveView(state), locale)
  // `model` only from this page's origin or an allowed one; otherwise the default model, and a clear message
  let modelUrl = options.modelUrl
  let modelProblem: string | null = null
  if (modelUrl !== undefined) {
    const check = checkModelUrl(modelUrl, win.location.href, allowed)
    if (!check.ok) {
      modelProblem = check.message
      modelUrl = undefined
      console.warn(check.message)
    }
  }

  const onMessage = (e: MessageEvent) => {
    if (parent === null || e.source !== parent || !isAllowedOrigin(e.origin, allowed)) return
    const m = parseHostMessage(e.data)
    if (!m || !api.current) return
    const reply = [e.origin]
    switch (m.type) {
      case 'setState':
        api.current.setState(m.state)
        break
      case 'getState': {
        const state = api.current.getState()
        post({ type: 'state', id: m.id, ...share(state, m.notes === true), description: describeState(state) }, reply)
        break
      }
      case 'resetCamera':
        api.current.resetCamera()
        break
      case 'snapshot':
        api.current
          .snapshot()
          .then(
            (blob) =>
              new Promise<string>((resolve, reject) => {
                const r = new FileReader()
                r.addEventListener('load', () => resolve(String(r.result)))
                r.addEventListener('error', () => reject(r.error))
                r.readAsDataURL(blob)
              }),
          )
          .then(
            (dataUrl) => post({ type: 'snapshot', id: m.id, dataUrl }, reply),
            (err: unknown) => post({ type: 'snapshot', id: m.id, error: err instanceof Error ? err.message : String(err) }, reply),
          )
        break
    }
  }
  // what the link carried that the view cannot hold is shown in the panel (inputProblems)
  const initial = stateQuery ? fromQuery(stateQuery) : { state: {}, problems: [] }
  // a refused model is part of the link that could not be used: the patient sees it left out too
  const problems: readonly Problem[] = modelProblem
    ? [...initial.problems, { field: MODEL_FIELD, value: String(options.modelUrl).slice(0, 80), expected: "a model on this page's origin or an allowed origin" }]
    : initial.problems
  // the component shows the disclaimer in its panel; without a panel the page shows it under the view
  const disclaimer = options.controls === 'none'
  const element = (
    <>
      <PsoasExplainer
        ref={api}
        defaultState={initial.state}
        inputProblems={problems}
        modelUrl={modelUrl}
        modelQuality={options.modelQuality}
        locale={options.locale}
        controls={options.controls}
        mode={options.mode}
        theme={options.theme}
        height={options.height}
        reducedMotion={options.reducedMotion}
        onStateChange={(state) => post({ type: 'stateChange', ...share(state, options.notes), description: describeState(state) })}
        onReady={() => {
          if (modelProblem) post({ type: 'error', kind: 'modelUrl', message: modelProblem })
          post({ type: 'ready' })
        }}
        onError={(e) => post({ type: 'error', kind: e.kind, message: e.message })}
      />
      {disclaimer ? (
        <Suspense fallback={null}>
          <PageDisclaimer locale={locale} />
        </Suspense>
      ) : null}
    </>
  )
  return {
    element,
    connect() {
      win.addEventListener('message', onMessage)
      return () => win.removeEventListener('message', onMessage)
    },
  }
}

/** The disclaimer under a view without a panel, in the explainer's language (its catalog loads on demand). */
function PageDisclaimer({ locale }: { locale: Locale }) {
  return (
    <p className="psoas-embed__disclaimer" data-testid="embed-disclaimer" lang={locale}>
      {useCatalog(locale).ui.disclaimer}
    </p>
  )
}

/** The state as sent to the host: without the notes unless asked for (then `notesLeftOut` counts them). */
function share(state: SceneState, notes: boolean): { state: SharedState; notesLeftOut?: number } {
  if (notes) return { state }
  const { annotations, ...rest } = state
  return annotations.length > 0 ? { state: rest, notesLeftOut: annotations.length } : { state: rest }
}

/** The origin of a URL, or '' (an empty referrer, a bad URL, an opaque origin). */
function originOf(href: string | undefined): string {
  if (!href) return ''
  try {
    const o = new URL(href).origin
    return o === 'null' ? '' : o
  } catch {
    return ''
  }
}

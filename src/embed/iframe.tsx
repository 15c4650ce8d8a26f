/**
 * The iframe embed: a page that shows the explainer from its URL and talks to the host page
 * through postMessage (protocol in messages.ts).
 *
 * URL parameters: the scene state (toQuery/fromQuery format, e.g. `t=0.66&s=r&p=sit`) plus
 * `model` (glb URL), `quality` (auto | full | low), `lang`, `controls`, `theme`, `height`, `motion=reduce`.
 */
import { createRef } from 'react'
import { createRoot } from 'react-dom/client'
import { PsoasExplainer, type ControlsMode, type PsoasExplainerApi } from '../components/PsoasExplainer.tsx'
import { deriveView, fromQuery } from '../scene-state/index.ts'
import type { SceneState } from '../scene-state/types.ts'
import type { ModelQuality } from '../platform/model-quality.ts'
import { describe, getCatalog, resolveLocale } from '../content/index.ts'
import { MESSAGE_SOURCE, parseHostMessage, type EmbedMessage } from './messages.ts'

type WithoutSource<T> = T extends unknown ? Omit<T, 'source'> : never

const OPTION_KEYS = ['model', 'quality', 'lang', 'controls', 'theme', 'height', 'motion'] as const

export interface IframeOptions {
  modelUrl?: string
  modelQuality?: ModelQuality
  locale?: string
  controls?: ControlsMode
  theme: 'light' | 'dark'
  height?: number
  reducedMotion?: boolean
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
    theme: get('theme') === 'dark' ? 'dark' : 'light',
    height: Number.isFinite(height) && height > 0 ? height : undefined,
    reducedMotion: get('motion') === 'reduce' ? true : undefined,
  }
  for (const k of OPTION_KEYS) params.delete(k)
  return { options, stateQuery: params.toString() }
}

/**
 * Renders the explainer into `container` and connects it to the parent window. Returns a cleanup.
 * `win` is the iframe's window (default: this one); `search` its query (default: its location's).
 */
export function mountIframeExplainer(container: HTMLElement, win: Window = window, search: string = win.location.search): () => void {
  const { options, stateQuery } = readIframeQuery(search)
  const api = createRef<PsoasExplainerApi>()
  const parent = win.parent !== win ? win.parent : null
  // Answer only the embedding page; reply to its origin when the browser tells us which it is.
  let targetOrigin = '*'
  try {
    if (win.document.referrer) targetOrigin = new URL(win.document.referrer).origin
  } catch {
    targetOrigin = '*'
  }
  const post = (m: WithoutSource<EmbedMessage>) => parent?.postMessage({ source: MESSAGE_SOURCE, ...m }, targetOrigin)
  // the sentence the explainer shows, from the one derived view of the state
  const locale = resolveLocale(options.locale)
  const describeState = (state: SceneState) => describe(deriveView(state), locale)

  const onMessage = (e: MessageEvent) => {
    if (parent === null || e.source !== parent) return
    const m = parseHostMessage(e.data)
    if (!m || !api.current) return
    switch (m.type) {
      case 'setState':
        api.current.setState(m.state)
        break
      case 'getState': {
        const state = api.current.getState()
        post({ type: 'state', id: m.id, state, description: describeState(state) })
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
            (dataUrl) => post({ type: 'snapshot', id: m.id, dataUrl }),
            (err: unknown) => post({ type: 'snapshot', id: m.id, error: err instanceof Error ? err.message : String(err) }),
          )
        break
    }
  }
  win.addEventListener('message', onMessage)
  const root = createRoot(container)
  // the component shows the disclaimer in its panel; without a panel the page shows it under the view
  const disclaimer = options.controls === 'none' ? getCatalog(locale).ui.disclaimer : null
  root.render(
    <>
      <PsoasExplainer
        ref={api}
        defaultState={stateQuery ? fromQuery(stateQuery).state : {}}
        modelUrl={options.modelUrl}
        modelQuality={options.modelQuality}
        locale={options.locale}
        controls={options.controls}
        theme={options.theme}
        height={options.height}
        reducedMotion={options.reducedMotion}
        onStateChange={(state) => post({ type: 'stateChange', state, description: describeState(state) })}
        onReady={() => post({ type: 'ready' })}
        onError={(e) => post({ type: 'error', kind: e.kind, message: e.message })}
      />
      {disclaimer ? (
        <p className="psoas-embed__disclaimer" data-testid="embed-disclaimer" lang={locale}>
          {disclaimer}
        </p>
      ) : null}
    </>,
  )
  return () => {
    win.removeEventListener('message', onMessage)
    root.unmount()
  }
}

/**
 * `<psoas-explainer>`: the explainer as a custom element for pages that do not use React.
 *
 * Attributes: `model-url`, `model-quality` (auto | full | low), `locale`, `controls` (full | minimal | none), `mode` (standard | consult), `theme` (light | dark),
 * `height`, `reduced-motion` (present = on), `state` (a URL query such as "t=0.66&s=r", or JSON),
 * `allowed-origins` (origins besides the page's own that `model-url` may point to, comma-separated;
 * a model elsewhere is refused with a `psoas-error` of kind `modelUrl` and the default model is drawn),
 * `nonce` (the page's CSP nonce: the component CSS goes into a `<style nonce>` instead of a constructed stylesheet).
 * Events: `psoas-statechange` (detail: the complete state), `psoas-ready`, `psoas-error` (detail: { kind, message }).
 * Methods: `getState()`, `setState(partial)`, `snapshot()` → Promise<Blob>, `resetCamera()`.
 */
import { createRef } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { PsoasExplainer, type ControlsMode, type ExplainerMode, type PsoasExplainerApi } from '../components/PsoasExplainer.tsx'
import { OPENING_STATE, fromQuery, parseState, type Problem } from '../scene-state/index.ts'
import type { SceneState } from '../scene-state/types.ts'
import type { ModelQuality } from '../platform/model-quality.ts'
import { checkModelUrl, parseAllowedOrigins } from './origins.ts'

const OBSERVED = ['model-url', 'model-quality', 'locale', 'controls', 'mode', 'theme', 'height', 'reduced-motion', 'state', 'allowed-origins'] as const

/**
 * Reads the `state` attribute: JSON (starting with "{"; fields it leaves out are the opening view's)
 * or a URL query (a share link: without `c=` it is the front view, as when the link was made); with
 * what could not be used.
 */
export function parseStateAttribute(value: string | null): { state: Partial<SceneState>; problems: Problem[] } {
  if (!value) return { state: {}, problems: [] }
  const v = value.trim()
  return v.startsWith('{') ? parseState(v, OPENING_STATE) : fromQuery(v.replace(/^\?/, ''))
}

/** Reads the `state` attribute: JSON (starting with "{") or a URL query. */
export function stateFromAttribute(value: string | null): Partial<SceneState> {
  return parseStateAttribute(value).state
}

/** The element class (a factory, so that importing this module defines nothing by itself). */
export function createPsoasExplainerElementClass(): CustomElementConstructor {
  return class PsoasExplainerElement extends HTMLElement {
    static get observedAttributes(): readonly string[] {
      return OBSERVED
    }
    #root: Root | null = null
    #api = createRef<PsoasExplainerApi>()
    #pending: Partial<SceneState> | null = null

    connectedCallback(): void {
      if (!this.#root) this.#root = createRoot(this)
      this.#render()
    }
    disconnectedCallback(): void {
      const root = this.#root
      this.#root = null
      // Unmount after the current task, so a move within the document (disconnect + connect) is cheap.
      queueMicrotask(() => {
        if (!this.isConnected) root?.unmount()
        else if (!this.#root) this.#root = root
      })
    }
    attributeChangedCallback(): void {
      if (this.#root) this.#render()
    }

    /** A copy of the current scene state. */
    getState(): SceneState {
      return this.#api.current?.getState() ?? parseState(stateFromAttribute(this.getAttribute('state')), OPENING_STATE).state
    }
    /** Sets part of the state (validated). */
    setState(next: Partial<SceneState>): void {
      if (this.#api.current) this.#api.current.setState(next)
      else this.#pending = { ...this.#pending, ...next }
    }
    /** PNG of the current 3D view. */
    snapshot(): Promise<Blob> {
      return this.#api.current ? this.#api.current.snapshot() : Promise.reject(new Error('<psoas-explainer>: not rendered yet'))
    }
    resetCamera(): void {
      this.#api.current?.resetCamera()
    }

    /** `model-url` when it is on this page's origin or an allowed one; otherwise undefined (the default model), reported once. */
    #modelUrl(): string | undefined {
      const url = this.getAttribute('model-url')
      if (url === null) return undefined
      const check = checkModelUrl(url, this.ownerDocument.location?.href ?? '', parseAllowedOrigins(this.getAttribute('allowed-origins')).origins)
      if (check.ok) return url
      if (this.#refused !== url) {
        this.#refused = url
        console.warn(check.message)
        queueMicrotask(() => this.dispatchEvent(new CustomEvent('psoas-error', { detail: { kind: 'modelUrl', message: check.message }, bubbles: true })))
      }
      return undefined
    }
    #refused: string | null = null

    #render(): void {
      const height = Number(this.getAttribute('height'))
      const theme = this.getAttribute('theme') === 'dark' ? 'dark' : 'light'
      const parsed = parseStateAttribute(this.getAttribute('state'))
      const initial = { ...parsed.state, ...this.#pending }
      const modelUrl = this.#modelUrl()
      this.#root?.render(
        <PsoasExplainer
          ref={(api) => {
            this.#api.current = api
            if (api && this.#pending) {
              api.setState(this.#pending)
              this.#pending = null
            }
          }}
          // `state` attribute changes re-key the component: the attribute is an initial state
          key={this.getAttribute('state') ?? ''}
          defaultState={initial}
          inputProblems={parsed.problems}
          // the CSP nonce (browsers hide the attribute; the property keeps it)
          nonce={this.nonce || undefined}
          modelUrl={modelUrl}
          modelQuality={(this.getAttribute('model-quality') as ModelQuality | null) ?? undefined}
          locale={this.getAttribute('locale') ?? undefined}
          controls={(this.getAttribute('controls') as ControlsMode | null) ?? undefined}
          mode={(this.getAttribute('mode') as ExplainerMode | null) ?? undefined}
          theme={theme}
          height={Number.isFinite(height) && height > 0 ? height : undefined}
          reducedMotion={this.hasAttribute('reduced-motion') ? true : undefined}
          onStateChange={(state) => this.dispatchEvent(new CustomEvent('psoas-statechange', { detail: state, bubbles: true }))}
          onReady={() => this.dispatchEvent(new CustomEvent('psoas-ready', { bubbles: true }))}
          onError={(e) => this.dispatchEvent(new CustomEvent('psoas-error', { detail: { kind: e.kind, message: e.message }, bubbles: true }))}
        />,
      )
    }
  }
}

/** Defines `<psoas-explainer>` (or another tag name) once; returns the tag name. */
export function definePsoasExplainerElement(tagName = 'psoas-explainer'): string {
  if (typeof customElements !== 'undefined' && !customElements.get(tagName)) customElements.define(tagName, createPsoasExplainerElementClass())
  return tagName
}

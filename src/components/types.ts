/** The public types of <PsoasExplainer>: props, the imperative API, the error passed to onError. */
import type { ModelQuality } from '../platform/model-quality.ts'
import type { CSSProperties, Ref } from 'react'
import type { SceneState } from '../scene-state/types.ts'
import type { Problem } from '../scene-state/validate.ts'
import type { PsoasThemeProp } from './theme.ts'

/** How much UI the explainer shows around the 3D view. */
export type ControlsMode = 'full' | 'minimal' | 'none'
export const CONTROLS_MODES: readonly ControlsMode[] = ['full', 'minimal', 'none']

/** The layout: 'standard' (view beside or above the panel) or 'consult' (adds a compact toolbar for tablets: one-tap scenarios, compare, nerves, undo/redo, print, shortcuts). */
export type ExplainerMode = 'standard' | 'consult'
export const EXPLAINER_MODES: readonly ExplainerMode[] = ['standard', 'consult']

/**
 * What went wrong with the 3D view: the model is missing, damaged or another model (`modelLoad`),
 * did not arrive within `timeouts.load` (`timeout`), no WebGL (`noWebgl`), the WebGL context was
 * lost (`contextLost`: the view comes back by itself when the browser restores it), or the explainer
 * itself failed (`render`).
 */
export type ExplainerErrorKind = 'modelLoad' | 'timeout' | 'noWebgl' | 'contextLost' | 'render'

/** How long the 3D view waits before it offers "Try again" (milliseconds). */
export interface PsoasExplainerTimeouts {
  /** for the model to download and parse. Default 30,000 (30 s). */
  load?: number
  /** for the browser to restore a lost WebGL context. Default 5,000. */
  contextRestore?: number
}

/** The error passed to `onError`. */
export class PsoasExplainerError extends Error {
  readonly kind: ExplainerErrorKind
  constructor(kind: ExplainerErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'PsoasExplainerError'
    this.kind = kind
  }
}

/** The imperative API (through `ref`). */
export interface PsoasExplainerApi {
  /** A copy of the current scene state. */
  getState(): SceneState
  /**
   * Sets part or all of the state (validated like props; bad fields are dropped with a dev warning).
   * In controlled mode this asks the parent through `onStateChange`.
   */
  setState(next: Partial<SceneState> | ((current: SceneState) => Partial<SceneState>)): void
  /**
   * A PNG image of the current 3D view with a caption band under it (what is shown and "this explains,
   * it does not diagnose"); the caption is also in the PNG's iTXt "Description" chunk. Rejects when
   * the 3D view is not available.
   */
  snapshot(): Promise<Blob>
  /** Moves the camera back to the state's preset (or the front view). */
  resetCamera(): void
}

export interface PsoasExplainerProps {
  /**
   * The scene state, for controlled use (pair with `onStateChange`). Partial or invalid fields are
   * replaced by defaults (a dev warning names each one).
   */
  state?: Partial<SceneState>
  /** Initial scene state for uncontrolled use. Ignored when `state` is given. */
  defaultState?: Partial<SceneState>
  /**
   * The problems found when the host read the state it passes from outside, e.g.
   * `fromQuery(location.search).problems` for a share link: the panel then says what was left out
   * (notes over the limits, values that could not be used). Read once, on mount.
   */
  inputProblems?: readonly Problem[]
  /** Called with the new complete state after every change made inside the component. */
  onStateChange?: (state: SceneState) => void
  /** URL of the glb model. Default `/models/lumbar-psoas.glb`. */
  modelUrl?: string
  /**
   * Which model to draw: 'full', 'low' (the low-poly model: same structures, about a third of the
   * triangles and bytes) or 'auto' (low on small screens — the shorter side of the screen or window
   * under 600 CSS px — and on software WebGL, full elsewhere). Decided once per mount. Default 'auto'.
   */
  modelQuality?: ModelQuality
  /** URL of the low-poly model. Default: `modelUrl` with `-lowpoly` before `.glb`. */
  lowModelUrl?: string
  /**
   * A still picture shown at once in the 3D view, kept until the 3D view has drawn its first frame,
   * and shown with the message when the 3D view cannot be (no WebGL, model missing), like
   * model-viewer's `poster`. Default: the package's posters (`models/poster/`, one per camera preset,
   * light and dark theme), looked for beside `modelUrl` when it is the package's model. A URL: your
   * picture of the default front view. `false`: none. A poster is shown only while the state is what
   * it shows (relaxed standing, nothing selected or compared; a preset camera); otherwise the view
   * shows its loading bar alone.
   */
  poster?: string | false
  /** Language of all text: one of `LOCALES` (a BCP 47 tag like 'es-MX' picks 'es'). Default 'en'. */
  locale?: string
  /** 'full' (all controls, chapters, body map), 'minimal' (tightness, side, posture) or 'none' (view only). Default 'full'. */
  controls?: ControlsMode
  /**
   * 'standard' or 'consult': the consultation layout adds a toolbar with 44 px targets over the view
   * (one-tap scenarios that set side, tightness and posture together, compare, nerves, undo/redo,
   * print, keyboard shortcuts). Not shown with `controls='none'`. Default 'standard'.
   */
  mode?: ExplainerMode
  /** CSS width of the component (number = px). Default: fills its container. */
  width?: number | string
  /** CSS height of the 3D view (number = px). Default 520 px. */
  height?: number | string
  /** Extra class name on the root element. */
  className?: string
  /**
   * The page's Content-Security-Policy nonce: the component CSS is then added as a `<style nonce>`
   * instead of a constructed stylesheet (`document.adoptedStyleSheets`, the default, which
   * `style-src 'self'` allows without a nonce).
   */
  nonce?: string
  /** Extra inline style on the root element (may set `--psoas-*` variables). */
  style?: CSSProperties
  /** 'light', 'dark', or colours laid over the light theme. Also exposed as `--psoas-*` CSS variables. Default 'light'. */
  theme?: PsoasThemeProp
  /** Jump to the target pose instead of animating, and never auto-advance the tour. Default: the user's `prefers-reduced-motion`. */
  reducedMotion?: boolean
  /** Called once the model is loaded and the first frame drawn. */
  onReady?: () => void
  /**
   * Called when the 3D view fails (model missing, corrupt or too slow, no WebGL, lost context), with
   * the technical detail in `message`; the user sees plain wording. The text still works.
   */
  onError?: (error: PsoasExplainerError) => void
  /** How long to wait for the model and for a lost WebGL context before offering "Try again". */
  timeouts?: PsoasExplainerTimeouts
  /**
   * Builds the link of the "share link" button (shown with `controls='full'`) from the state's URL
   * query (`toQuery(state)`, e.g. "v=1&t=0.66&s=r"). Default: this page's address with its
   * scene-state parameters replaced by the query (other parameters and the #hash kept).
   */
  shareUrl?: (query: string) => string
  /** The imperative API: getState, setState, snapshot, resetCamera. */
  ref?: Ref<PsoasExplainerApi>
}

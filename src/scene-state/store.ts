/**
 * The vanilla scene-state store (zustand/vanilla; the React binding lives outside scene-state).
 *
 * Shape (decision): the store's state is `SceneStoreState` = the SceneState fields, the actions
 * (stable functions, the same object as `store.actions`) and two history flags `canUndo`/`canRedo`.
 * So `useStore(store, (s) => s.tightness)`, `store.getState().setTightness(0.5)` and
 * `useStore(store, (s) => s.canUndo)` all work. `cloneState(store.getState())` (or
 * `pickSceneState`) gives the pure, serialisable SceneState; `store.getView()` the derived view
 * (pose, readouts, marked nerves, symptoms, description facts) that everything shown reads.
 * `store.setState` is wrapped: whatever it is given is validated through `actions.replace` (so it
 * is undoable and never stores invalid data); `subscribe`, `getState`, `getInitialState` are zustand's.
 */
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import { subscribeWithSelector } from 'zustand/middleware'
import { createActions, stripStoreExtras } from './actions.ts'
import type { HistoryFlags, HistoryOptions, SceneActions } from './actions.ts'
import { DEFAULT_STATE, cloneState } from './state.ts'
import type { Posture, SceneState, TightSide } from './types.ts'
import { parseState } from './validate.ts'
import { createViewSelector, type SceneView } from './view.ts'

export type SceneStoreOptions = HistoryOptions
/** What the store holds: scene fields + actions + history flags. */
export type SceneStoreState = SceneState & SceneActions & HistoryFlags

type Subscribe = StoreApi<SceneStoreState>['subscribe'] & {
  /** zustand's `subscribeWithSelector`: the listener runs when `selector(state)` changes (Object.is by default). */
  <U>(
    selector: (state: SceneStoreState) => U,
    listener: (slice: U, previous: U) => void,
    options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
  ): () => void
}
export interface SceneStore extends Omit<StoreApi<SceneStoreState>, 'subscribe'> {
  subscribe: Subscribe
  actions: SceneActions
  /** The derived view of the current state (memoised per store: the same object until the pose inputs change). */
  getView(): SceneView
  /** The store's view selector (stable; for `useStore(store, store.selectView)`). */
  selectView(state: SceneStoreState): SceneView
}

/** The pure SceneState part of a store state (a deep copy of the scene fields only). */
export function pickSceneState(s: Readonly<SceneState>): SceneState {
  return cloneState(s)
}

/**
 * Creates a store. `initial` may be a partial state or anything from outside (it is validated, the
 * fields it leaves out come from `options.home`, DEFAULT_STATE unless given; its
 * problems go to `options.onProblem`). Never throws.
 */
export function createSceneStore(initial?: Partial<SceneState> | unknown, options?: SceneStoreOptions): SceneStore {
  let init: unknown
  try {
    init = stripStoreExtras(initial ?? {})
  } catch {
    init = initial
  }
  const first = parseState(init, options?.home ?? DEFAULT_STATE)
  if (options?.onProblem) for (const p of first.problems) options.onProblem(p)
  let api: StoreApi<SceneStoreState> | null = null
  const get = (): SceneState => (api as StoreApi<SceneStoreState>).getState()
  const setRaw = (next: SceneState, flags: HistoryFlags): void => {
    ;(api as StoreApi<SceneStoreState>).setState({ ...cloneState(next), ...actions, ...flags }, true)
  }
  const actions: SceneActions = Object.freeze(createActions(get, setRaw, options))
  const store = createStore<SceneStoreState>()(
    subscribeWithSelector((): SceneStoreState => ({ ...first.state, ...actions, canUndo: false, canRedo: false })),
  )
  api = store
  const setState = ((partial: unknown, replace?: boolean) => {
    const value =
      typeof partial === 'function' ? (partial as (s: SceneStoreState) => unknown)(store.getState()) : partial
    actions.replace(value, { full: replace === true })
  }) as StoreApi<SceneStoreState>['setState']
  const selectView = createViewSelector()
  return {
    getState: store.getState,
    getInitialState: store.getInitialState,
    subscribe: store.subscribe as Subscribe,
    setState,
    actions,
    getView: () => selectView(store.getState()),
    selectView,
  }
}

// ------------------------------------------------------------------ selectors

export const selectTightness = (s: SceneState): number => s.tightness
export const selectSide = (s: SceneState): TightSide => s.side
export const selectPosture = (s: SceneState): Posture => s.posture
export const selectLayers = (s: SceneState): SceneState['layers'] => s.layers
export const selectFocus = (s: SceneState): SceneState['focus'] => s.focus
export const selectCamera = (s: SceneState): SceneState['camera'] => s.camera
export const selectChapter = (s: SceneState): SceneState['chapter'] => s.chapter
export const selectCompare = (s: SceneState): SceneState['compare'] => s.compare
export const selectAnnotations = (s: SceneState): SceneState['annotations'] => s.annotations

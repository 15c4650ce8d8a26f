/**
 * The vanilla scene-state store (zustand/vanilla; the React binding lives outside scene-state).
 *
 * Shape (decision): the store's state is `SceneStoreState` = the SceneState fields, the actions
 * (stable functions, the same object as `store.actions`) and two history flags `canUndo`/`canRedo`.
 * So `useStore(store, (s) => s.tightness)`, `store.getState().setTightness(0.5)` and
 * `useStore(store, (s) => s.canUndo)` all work. `cloneState(store.getState())` (or
 * `pickSceneState`) gives the pure, serialisable SceneState; `toQuery`/`describe`/`derivePose`
 * read only the scene fields and accept the store state directly.
 * `store.setState` is wrapped: whatever it is given is validated through `actions.replace` (so it
 * is undoable and never stores invalid data); `subscribe`, `getState`, `getInitialState` are zustand's.
 */
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import { createActions, stripStoreExtras } from './actions.ts'
import type { HistoryFlags, HistoryOptions, SceneActions } from './actions.ts'
import { derivePose } from './biomechanics.ts'
import { DEFAULT_STATE, cloneState, resolveCompare } from './state.ts'
import type { Pose, Posture, SceneState, TightSide } from './types.ts'
import { parseState } from './validate.ts'

export type SceneStoreOptions = HistoryOptions
/** What the store holds: scene fields + actions + history flags. */
export type SceneStoreState = SceneState & SceneActions & HistoryFlags

export interface SelectOptions<U> {
  equalityFn?: (a: U, b: U) => boolean
  /** call the listener once at once with the current slice */
  fireImmediately?: boolean
}
export interface SceneStore extends StoreApi<SceneStoreState> {
  actions: SceneActions
  /** Subscribes to a slice: the listener runs when `selector(state)` changes (Object.is by default). */
  select<U>(selector: (state: SceneStoreState) => U, listener: (slice: U, previous: U) => void, options?: SelectOptions<U>): () => void
}

/** The pure SceneState part of a store state (a deep copy of the scene fields only). */
export function pickSceneState(s: Readonly<SceneState>): SceneState {
  return cloneState(s)
}

/**
 * Creates a store. `initial` may be a partial state or anything from outside (it is validated; its
 * problems go to `options.onProblem`). Never throws.
 */
export function createSceneStore(initial?: Partial<SceneState> | unknown, options?: SceneStoreOptions): SceneStore {
  let init: unknown
  try {
    init = stripStoreExtras(initial ?? {})
  } catch {
    init = initial
  }
  const first = parseState(init, DEFAULT_STATE)
  if (options?.onProblem) for (const p of first.problems) options.onProblem(p)
  let api: StoreApi<SceneStoreState> | null = null
  const get = (): SceneState => (api as StoreApi<SceneStoreState>).getState()
  const setRaw = (next: SceneState, flags: HistoryFlags): void => {
    ;(api as StoreApi<SceneStoreState>).setState({ ...cloneState(next), ...actions, ...flags }, true)
  }
  const actions: SceneActions = Object.freeze(createActions(get, setRaw, options))
  api = createStore<SceneStoreState>()(() => ({ ...first.state, ...actions, canUndo: false, canRedo: false }))
  const store = api
  const setState = ((partial: unknown, replace?: boolean) => {
    const value =
      typeof partial === 'function' ? (partial as (s: SceneStoreState) => unknown)(store.getState()) : partial
    actions.replace(value, { full: replace === true })
  }) as StoreApi<SceneStoreState>['setState']
  function select<U>(
    selector: (state: SceneStoreState) => U,
    listener: (slice: U, previous: U) => void,
    opts?: SelectOptions<U>,
  ): () => void {
    const eq = opts?.equalityFn ?? Object.is
    let current = selector(store.getState())
    if (opts?.fireImmediately) listener(current, current)
    return store.subscribe((state) => {
      const next = selector(state)
      if (eq(current, next)) return
      const prev = current
      current = next
      listener(next, prev)
    })
  }
  return {
    getState: store.getState,
    getInitialState: store.getInitialState,
    subscribe: store.subscribe,
    setState,
    actions,
    select,
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

/**
 * A memoised selector of the target pose: returns the same Pose object while tightness, side and
 * posture are unchanged (safe for `useStore`, whose selectors must return stable references).
 */
export function createPoseSelector(): (s: SceneState) => Pose {
  let key = ''
  let pose: Pose | null = null
  return (s) => {
    const k = `${s.tightness}|${s.side}|${s.posture}`
    if (pose === null || k !== key) {
      key = k
      pose = derivePose(s)
    }
    return pose
  }
}
/** Memoised selector of the compare view's pose (null when compare is off). */
export function createComparePoseSelector(): (s: SceneState) => Pose | null {
  const inner = createPoseSelector()
  return (s) => {
    const c = resolveCompare(s)
    return c === null ? null : inner(c)
  }
}

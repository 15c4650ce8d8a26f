/**
 * The public React binding of the scene-state store: a provider, a selector hook and an
 * accessor for the store itself. The store core is vanilla zustand (no React); this is the thin
 * hook on top (style.md, zustand).
 */
import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { createPoseSelector, createSceneStore, type SceneStore, type SceneStoreState } from '../scene-state/index.ts'
import type { Pose, SceneState } from '../scene-state/types.ts'

export type { SceneStore, SceneStoreState }

const SceneStoreContext = createContext<SceneStore | null>(null)
SceneStoreContext.displayName = 'SceneStoreContext'

export interface SceneStoreProviderProps {
  /**
   * A store you created with `createSceneStore()`, e.g. to drive it from outside React.
   * When omitted the provider creates one (once, on mount) from `initialState`.
   */
  store?: SceneStore
  /** Initial state for the store the provider creates; ignored when `store` is given. */
  initialState?: Partial<SceneState>
  children?: ReactNode
}

/** Makes a scene-state store available to `useSceneStore`, `useSceneStoreApi` and `<PsoasScene>`. */
export function SceneStoreProvider({ store, initialState, children }: SceneStoreProviderProps) {
  // Created once; a later change of `initialState` does not recreate the store (it is "initial").
  const [own] = useState<SceneStore | null>(() => (store ? null : createSceneStore(initialState)))
  const value = store ?? own
  return <SceneStoreContext.Provider value={value}>{children}</SceneStoreContext.Provider>
}

/** The store from the nearest `SceneStoreProvider`, or null when there is none. */
export function useOptionalSceneStoreApi(): SceneStore | null {
  return useContext(SceneStoreContext)
}

/** The store from the nearest `SceneStoreProvider` (for `getState`, `subscribe` and actions outside render). */
export function useSceneStoreApi(): SceneStore {
  const store = useContext(SceneStoreContext)
  if (!store)
    throw new Error(
      'useSceneStoreApi/useSceneStore: no scene store found. Wrap the component in <SceneStoreProvider> ' +
        '(or pass a `store` prop to <PsoasScene>).',
    )
  return store
}

/**
 * Subscribes to a slice of the scene state; re-renders only when the selected value changes
 * (Object.is). Select primitives or stable references, e.g. `useSceneStore((s) => s.tightness)`.
 */
export function useSceneStore<U>(selector: (state: SceneStoreState) => U): U {
  return useStore(useSceneStoreApi(), selector)
}

/** One memoised pose selector per store, so every component showing the pose shares one derivation. */
const poseSelectors = new WeakMap<SceneStore, (s: SceneState) => Pose>()

/**
 * The derived pose (angles, loads, nerve compression, readout) of the current tightness, side and
 * posture. Derived once per change for the whole store, however many components ask.
 */
export function usePose(): Pose {
  const store = useSceneStoreApi()
  let select = poseSelectors.get(store)
  if (!select) {
    select = createPoseSelector()
    poseSelectors.set(store, select)
  }
  return useStore(store, select)
}

/**
 * The public React binding of the scene-state store: a provider, a selector hook and an
 * accessor for the store itself. The store core is vanilla zustand (no React); this is the thin
 * hook on top (style.md, zustand).
 */
import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { createSceneStore, type SceneStore, type SceneStoreState, type SceneView } from '../scene-state/index.ts'
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

/**
 * The derived view of the store's state (target and compare pose, readouts, marked nerves,
 * symptoms, caption flags, description facts): one memoised derivation per store, however many
 * components ask. Re-renders when the pose inputs or the compare state change.
 */
export function useSceneView(): SceneView {
  const store = useSceneStoreApi()
  return useStore(store, store.selectView)
}

/** The derived target pose (angles, loads, nerve compression, readout): `useSceneView().pose`. */
export function usePose(): Pose {
  return useSceneView().pose
}

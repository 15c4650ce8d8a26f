/**
 * The explainer's scene store, controlled (`state` + `onStateChange`) or uncontrolled
 * (`defaultState`), like Radix's controllable state — for a store that the panel and the 3D view
 * subscribe to directly.
 *
 * Uncontrolled: the store is the truth; every change made inside is reported to `onStateChange`.
 *
 * Controlled: the prop is the truth. A change made inside (a control, the 3D view, the ref API)
 * reaches the store and is reported to `onStateChange`; in the same call this hook schedules a
 * re-render of its own, which React batches with the parent's state update (same event, same
 * priority). The layout effect of that render compares the store with the prop: a parent that
 * accepted has passed the new state (nothing to do); one that did not gets the store put back to
 * its prop — before the browser paints, with no timer and no second copy of the state. A new prop
 * is written into the store without a call to `onStateChange` (like a controlled <input>).
 */
import { useLayoutEffect, useMemo, useReducer, useState } from 'react'
import { OPENING_STATE, createSceneStore, pickSceneState, statesEqual, type SceneStore } from '../scene-state/index.ts'
import type { SceneState } from '../scene-state/types.ts'
import { useLatest } from './hooks.ts'
import type { Sanitize, WarnOnce } from './propWarnings.ts'

export interface ControllableStoreOptions {
  state: Partial<SceneState> | undefined
  defaultState: Partial<SceneState> | undefined
  onStateChange: ((state: SceneState) => void) | undefined
  sanitize: Sanitize
  warn: WarnOnce
}

/** A store and a write that is not reported as a change made inside (it follows the prop). */
interface Sync {
  store: SceneStore
  following: boolean
  follow(next: SceneState): void
}

export function useControllableStore({ state, defaultState, onStateChange, sanitize, warn }: ControllableStoreOptions): {
  store: SceneStore
  controlled: boolean
} {
  const controlled = state !== undefined
  const [sync] = useState((): Sync => {
    const s: Sync = {
      // fields the state leaves out, and reset, come from the opening view (the side: issue 11)
      store: createSceneStore(sanitize(controlled ? state : defaultState, controlled ? 'state' : 'defaultState'), { home: OPENING_STATE }),
      following: false,
      follow(next) {
        s.following = true
        try {
          s.store.actions.replace(next)
        } finally {
          s.following = false
        }
      },
    }
    return s
  })
  const [wasControlled] = useState(controlled)
  if (wasControlled !== controlled)
    warn(
      `[psoas-explainer] <PsoasExplainer state>: the component switched from ${wasControlled ? 'controlled to uncontrolled' : 'uncontrolled to controlled'}. ` +
        'Pass `state` on every render (controlled) or never (uncontrolled, with `defaultState`).',
    )

  const propState = useMemo(() => (controlled ? sanitize(state, 'state') : null), [controlled, state, sanitize])
  // bumped by each change made inside, in the same batch as the parent's answer to onStateChange
  const [, changed] = useReducer((n: number) => n + 1, 0)
  const report = useLatest(onStateChange)
  const isControlled = useLatest(controlled)

  // A layout effect: subscribed before anyone can reach the DOM or the ref API, so no change is missed.
  useLayoutEffect(
    () =>
      sync.store.subscribe((next, prev) => {
        if (sync.following || statesEqual(next, prev)) return
        report.current?.(pickSceneState(next))
        if (isControlled.current) changed()
      }),
    [sync, report, isControlled],
  )

  // Controlled: after every render (a new prop, or the parent's answer to a change made inside,
  // or no answer) the store shows the prop. One comparison of two small objects.
  useLayoutEffect(() => {
    if (propState && !statesEqual(sync.store.getState(), propState)) sync.follow(propState)
  })

  return { store: sync.store, controlled }
}

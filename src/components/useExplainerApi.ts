/** The imperative API of <PsoasExplainer> (through `ref`): getState, setState, snapshot, resetCamera. */
import { useCallback, useImperativeHandle, type Ref, type RefObject } from 'react'
import { pickSceneState, type SceneStore } from '../scene-state/index.ts'
import type { Catalog } from '../content/index.ts'
import type { ExplainerCanvasApi } from '../render/index.ts'
import type { Sanitize } from './propWarnings.ts'
import { captionSnapshot, snapshotCaptionLines } from './snapshotCaption.ts'
import type { PsoasTheme } from './theme.ts'
import { PsoasExplainerError, type PsoasExplainerApi } from './types.ts'

/** The view as a PNG with the state in words, the notes and "explains, does not diagnose" under it and in its metadata. */
function captionedSnapshot(canvas: RefObject<ExplainerCanvasApi | null>, store: SceneStore, catalog: Catalog, theme: PsoasTheme): Promise<Blob> {
  const c = canvas.current
  if (!c)
    return Promise.reject(
      new PsoasExplainerError('render', 'PsoasExplainer.snapshot: the 3D view is not available (not scrolled into view yet, still loading, or no WebGL)'),
    )
  const notes = store.getState().annotations.map((a) => a.text).filter(Boolean)
  const lines = snapshotCaptionLines(store.getView(), catalog, notes)
  return c.snapshot().then((png) => captionSnapshot(png, lines, { background: theme.surface, text: theme.text }, catalog.meta.locale))
}

export function useExplainerApi(
  ref: Ref<PsoasExplainerApi> | undefined,
  store: SceneStore,
  sanitize: Sanitize,
  canvas: RefObject<ExplainerCanvasApi | null>,
  catalog: Catalog,
  theme: PsoasTheme,
): () => Promise<Blob> {
  const snapshot = useCallback(() => captionedSnapshot(canvas, store, catalog, theme), [store, canvas, catalog, theme])
  useImperativeHandle(
    ref,
    (): PsoasExplainerApi => ({
      getState: () => pickSceneState(store.getState()),
      setState: (next) => {
        const current = pickSceneState(store.getState())
        const partial = typeof next === 'function' ? next(current) : next
        // goes through the store like a control: in controlled mode the parent is asked
        store.actions.replace(sanitize({ ...current, ...partial }, 'setState'))
      },
      snapshot,
      resetCamera: () => canvas.current?.resetCamera(),
    }),
    [store, sanitize, canvas, snapshot],
  )
  return snapshot
}

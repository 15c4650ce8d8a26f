/** The imperative API of <PsoasExplainer> (through `ref`): getState, setState, snapshot, resetCamera. */
import { useImperativeHandle, type Ref, type RefObject } from 'react'
import { pickSceneState, type SceneStore } from '../scene-state/index.ts'
import type { Catalog } from '../content/index.ts'
import type { ExplainerCanvasApi } from '../render/index.ts'
import type { Sanitize } from './propWarnings.ts'
import { captionSnapshot, snapshotCaptionLines } from './snapshotCaption.ts'
import type { PsoasTheme } from './theme.ts'
import { PsoasExplainerError, type PsoasExplainerApi } from './types.ts'

export function useExplainerApi(
  ref: Ref<PsoasExplainerApi> | undefined,
  store: SceneStore,
  sanitize: Sanitize,
  canvas: RefObject<ExplainerCanvasApi | null>,
  catalog: Catalog,
  theme: PsoasTheme,
): void {
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
      snapshot: () => {
        const c = canvas.current
        if (!c) return Promise.reject(new PsoasExplainerError('render', 'PsoasExplainer.snapshot: the 3D view is not available'))
        // the caption (what is shown + "explains, does not diagnose") goes under the image and into its metadata
        const lines = snapshotCaptionLines(store.getView(), catalog)
        return c.snapshot().then((png) => captionSnapshot(png, lines, { background: theme.surface, text: theme.text }, catalog.meta.locale))
      },
      resetCamera: () => canvas.current?.resetCamera(),
    }),
    [store, sanitize, canvas, catalog, theme],
  )
}

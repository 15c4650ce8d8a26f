import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import type { Catalog } from '../content/index.ts'
import { keyshortcuts } from './shortcuts.ts'

export interface HistoryButtonsProps {
  catalog: Catalog
  /** called after reset (e.g. to reset the camera too) */
  onReset?: () => void
}

/** Undo, redo, reset, and the compare toggle (relaxed in the same posture beside the current state). */
export function HistoryButtons({ catalog, onReset }: HistoryButtonsProps) {
  const store = useSceneStoreApi()
  const canUndo = useSceneStore((s) => s.canUndo)
  const canRedo = useSceneStore((s) => s.canRedo)
  const compareOn = useSceneStore((s) => s.compare !== null)
  const c = catalog.ui.controls
  return (
    <div className="psoas-controls__row" data-control="history">
      <button type="button" onClick={() => store.actions.undo()} disabled={!canUndo} data-action="undo" aria-keyshortcuts={keyshortcuts('undo')}>
        {c.undo}
      </button>
      <button type="button" onClick={() => store.actions.redo()} disabled={!canRedo} data-action="redo" aria-keyshortcuts={keyshortcuts('redo')}>
        {c.redo}
      </button>
      <button
        type="button"
        data-action="reset"
        onClick={() => {
          store.actions.reset()
          onReset?.()
        }}
      >
        {c.reset}
      </button>
      <button
        type="button"
        data-action="compare"
        aria-keyshortcuts={keyshortcuts('compare')}
        aria-pressed={compareOn}
        data-state={compareOn ? 'on' : 'off'}
        onClick={() => store.actions.toggleCompare()}
      >
        {c.compare}
      </button>
    </div>
  )
}

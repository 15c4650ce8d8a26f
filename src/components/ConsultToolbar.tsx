/**
 * The consult layout's toolbar (`mode="consult"`): large targets (at least 44 × 44 px) for a tablet
 * during a consultation — one-tap scenarios that set side, tightness and posture together (one undo
 * step; the active one is pressed), one tightness stop looser/tighter, compare and nerves on/off,
 * undo/redo, print, and the keyboard-shortcut overlay. Each button names its key in aria-keyshortcuts.
 */
import { useLayoutEffect, useRef } from 'react'
import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import { SCENARIO_IDS, activeScenario, scenarioState, stepTightness } from '../scene-state/consult.ts'
import type { Catalog } from '../content/index.ts'
import { keyshortcuts, scenarioKey } from './shortcuts.ts'

export interface ConsultToolbarProps {
  catalog: Catalog
  /** prints the handout */
  onPrint: () => void
  /** opens the keyboard-shortcut overlay */
  onShortcuts: () => void
}

/** aria-pressed and data-state of a toggle button */
const toggle = (on: boolean) => ({ 'aria-pressed': on, 'data-state': on ? 'on' : 'off' }) as const

export function ConsultToolbar({ catalog, onPrint, onShortcuts }: ConsultToolbarProps) {
  const store = useSceneStoreApi()
  const active = useSceneStore((s) => activeScenario(s))
  const tightness = useSceneStore((s) => s.tightness)
  const compareOn = useSceneStore((s) => s.compare !== null)
  const nervesOn = useSceneStore((s) => s.layers.nerves)
  const canUndo = useSceneStore((s) => s.canUndo)
  const canRedo = useSceneStore((s) => s.canRedo)
  const c = catalog.ui.consult
  const controls = catalog.ui.controls
  const scenarioRow = useRef<HTMLDivElement>(null)
  // On a phone the scenarios are one row that scrolls sideways: keep the pressed one in it, as a link or a key may
  // choose one that is scrolled out, and again when the row changes width (full screen, a turned phone).
  // scrollLeft, not scrollIntoView, which would scroll the host page too.
  useLayoutEffect(() => {
    const row = scenarioRow.current
    const pressed = active && row?.querySelector(`[data-scenario="${active}"]`)
    if (!row || !pressed) return
    const keepInView = () => {
      const pad = parseFloat(getComputedStyle(row).paddingLeft) || 0
      const r = row.getBoundingClientRect()
      const b = pressed.getBoundingClientRect()
      // its start to the row's start, where the row snaps (scroll-snap-align: start): a scroll to its end snapped back
      if (b.left < r.left + pad || b.right > r.right - pad) row.scrollLeft += b.left - (r.left + pad)
    }
    keepInView()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(keepInView)
    observer.observe(row)
    return () => observer.disconnect()
  }, [active])
  return (
    <div className="psoas-consult" role="group" aria-label={c.toolbar} data-testid="consult-toolbar">
      <div ref={scenarioRow} className="psoas-consult__row" role="group" aria-label={c.scenarios} data-control="scenarios" data-state={active ?? 'none'}>
        {SCENARIO_IDS.map((id) => (
          <button
            key={id}
            type="button"
            data-scenario={id}
            {...toggle(active === id)}
            aria-keyshortcuts={scenarioKey(id)}
            onClick={() => store.actions.replace(scenarioState(id))}
          >
            {c.scenarioNames[id]}
          </button>
        ))}
      </div>
      <div className="psoas-consult__row">
        <div className="psoas-consult__group" role="group" aria-label={c.tightnessSteps}>
          <button
            type="button"
            data-action="looser"
            aria-keyshortcuts={keyshortcuts('looser')}
            disabled={stepTightness(tightness, -1) === tightness}
            onClick={() => store.actions.setTightness(stepTightness(store.getState().tightness, -1))}
          >
            {c.looser}
          </button>
          <button
            type="button"
            data-action="tighter"
            aria-keyshortcuts={keyshortcuts('tighter')}
            disabled={stepTightness(tightness, 1) === tightness}
            onClick={() => store.actions.setTightness(stepTightness(store.getState().tightness, 1))}
          >
            {c.tighter}
          </button>
        </div>
        <button
          type="button"
          data-action="compare"
          {...toggle(compareOn)}
          aria-keyshortcuts={keyshortcuts('compare')}
          onClick={() => store.actions.toggleCompare()}
        >
          {controls.compare}
        </button>
        <button type="button" data-action="nerves" {...toggle(nervesOn)} aria-keyshortcuts={keyshortcuts('nerves')} onClick={() => store.actions.toggleLayer('nerves')}>
          {c.nerves}
        </button>
        <button type="button" data-action="undo" disabled={!canUndo} aria-keyshortcuts={keyshortcuts('undo')} onClick={() => store.actions.undo()}>
          {controls.undo}
        </button>
        <button type="button" data-action="redo" disabled={!canRedo} aria-keyshortcuts={keyshortcuts('redo')} onClick={() => store.actions.redo()}>
          {controls.redo}
        </button>
        <button type="button" data-action="consult-print" aria-keyshortcuts={keyshortcuts('print')} onClick={onPrint}>
          {catalog.ui.handout.button}
        </button>
        <button type="button" data-action="shortcuts" aria-haspopup="dialog" aria-keyshortcuts={keyshortcuts('help')} onClick={onShortcuts}>
          {c.shortcuts}
        </button>
      </div>
    </div>
  )
}

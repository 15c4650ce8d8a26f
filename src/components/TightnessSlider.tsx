import { useId } from 'react'
import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import { TIGHTNESS_STOP_NAMES, TIGHTNESS_STOPS, type TightnessStop } from '../scene-state/index.ts'
import { format, type Catalog } from '../content/index.ts'

/** The named stop nearest to a tightness (ties go to the lower stop). */
export function nearestStop(t: number): TightnessStop {
  let best: TightnessStop = 'relaxed'
  let bestDistance = Infinity
  for (const s of TIGHTNESS_STOP_NAMES) {
    const d = Math.abs(TIGHTNESS_STOPS[s] - t)
    if (d < bestDistance - 1e-9) {
      best = s
      bestDistance = d
    }
  }
  return best
}

/** Tightness as the slider's spoken value, e.g. "tight, 66 %". */
export function tightnessValueText(t: number, catalog: Catalog): string {
  return format(catalog.ui.controls.tightnessValue, {
    stop: catalog.ui.controls.stops[nearestStop(t)],
    percent: Math.round(t * 100),
  })
}

export interface TightnessSliderProps {
  catalog: Catalog
}

/** The tightness slider (arrows, PageUp/PageDown, Home, End) and a button per named stop. */
export function TightnessSlider({ catalog }: TightnessSliderProps) {
  const id = useId()
  const t = useSceneStore((s) => s.tightness)
  const store = useSceneStoreApi()
  const c = catalog.ui.controls
  const valueText = tightnessValueText(t, catalog)
  return (
    <div className="psoas-controls__tightness" data-state={nearestStop(t)}>
      <label className="psoas-explainer__label" htmlFor={id}>
        {c.tightness}: <span data-testid="tightness-value">{valueText}</span>
      </label>
      <input
        id={id}
        className="psoas-controls__slider"
        type="range"
        min={0}
        max={1}
        step={0.01}
        value={t}
        aria-valuetext={valueText}
        data-control="tightness"
        onChange={(e) => store.actions.setTightness(Number(e.currentTarget.value), { coalesce: true })}
      />
      <div className="psoas-controls__stops" role="group" aria-label={c.tightness}>
        {TIGHTNESS_STOP_NAMES.map((s) => {
          const on = Math.abs(TIGHTNESS_STOPS[s] - t) < 0.005
          return (
            <button key={s} type="button" aria-pressed={on} data-state={on ? 'on' : 'off'} data-stop={s} onClick={() => store.actions.setTightness(TIGHTNESS_STOPS[s])}>
              {c.stops[s]}
            </button>
          )
        })}
      </div>
    </div>
  )
}

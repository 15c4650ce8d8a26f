/**
 * The explainer's controls. Everything is a native form control or a button, so all of it works
 * by keyboard without dragging: the slider takes arrows, PageUp/PageDown, Home and End.
 * State is reflected in `data-state` attributes (Radix style).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import { TIGHTNESS_STOPS } from '../scene-state/index.ts'
import { CAMERA_PRESETS, CHAPTER_IDS, LAYER_KEYS, POSTURES, TIGHT_SIDES } from '../scene-state/types.ts'
import type { ChapterId, Posture, TightSide } from '../scene-state/types.ts'
import type { Catalog, TightnessStop } from '../content/types.ts'
import { fill } from './format.ts'

export type ControlsPanelMode = 'full' | 'minimal'

const STOP_NAMES = ['relaxed', 'mild', 'tight', 'severe'] as const satisfies readonly TightnessStop[]

/** The named stop nearest to a tightness (ties go to the lower stop). */
export function nearestStop(t: number): TightnessStop {
  let best: TightnessStop = 'relaxed'
  let bestD = Infinity
  for (const s of STOP_NAMES) {
    const d = Math.abs(TIGHTNESS_STOPS[s] - t)
    if (d < bestD - 1e-9) {
      best = s
      bestD = d
    }
  }
  return best
}

/** Tightness as the slider's spoken value, e.g. "tight, 66 %". */
export function tightnessValueText(t: number, catalog: Catalog): string {
  return fill(catalog.ui.controls.tightnessValue, {
    stop: catalog.ui.controls.stops[nearestStop(t)],
    percent: Math.round(t * 100),
  })
}

export interface TightnessSliderProps {
  catalog: Catalog
}

export function TightnessSlider({ catalog }: TightnessSliderProps) {
  const id = useId()
  const t = useSceneStore((s) => s.tightness)
  const store = useSceneStoreApi()
  const c = catalog.ui.controls
  const stop = nearestStop(t)
  return (
    <div className="psoas-controls__tightness" data-state={stop}>
      <label className="psoas-explainer__label" htmlFor={id}>
        {c.tightness}: <span data-testid="tightness-value">{tightnessValueText(t, catalog)}</span>
      </label>
      <input
        id={id}
        className="psoas-controls__slider"
        type="range"
        min={0}
        max={1}
        step={0.01}
        value={t}
        aria-valuetext={tightnessValueText(t, catalog)}
        data-control="tightness"
        onChange={(e) => store.actions.setTightness(Number(e.currentTarget.value), { coalesce: true })}
      />
      <div className="psoas-controls__stops" role="group" aria-label={c.tightness}>
        {STOP_NAMES.map((s) => {
          const on = Math.abs(TIGHTNESS_STOPS[s] - t) < 0.005
          return (
            <button
              key={s}
              type="button"
              aria-pressed={on}
              data-state={on ? 'on' : 'off'}
              data-stop={s}
              onClick={() => store.actions.setTightness(TIGHTNESS_STOPS[s])}
            >
              {c.stops[s]}
            </button>
          )
        })}
      </div>
    </div>
  )
}

export function SideRadios({ catalog }: { catalog: Catalog }) {
  const name = useId()
  const side = useSceneStore((s) => s.side)
  const store = useSceneStoreApi()
  const c = catalog.ui.controls
  return (
    <fieldset data-control="side" data-state={side}>
      <legend>{c.side}</legend>
      <div className="psoas-controls__row">
        {TIGHT_SIDES.map((s) => (
          <label key={s} className="psoas-controls__radio" data-state={s === side ? 'checked' : 'unchecked'}>
            <input
              type="radio"
              name={name}
              value={s}
              checked={s === side}
              onChange={() => store.actions.setSide(s as TightSide)}
            />
            {c.sides[s]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

export function PostureSelect({ catalog }: { catalog: Catalog }) {
  const id = useId()
  const posture = useSceneStore((s) => s.posture)
  const store = useSceneStoreApi()
  const c = catalog.ui.controls
  return (
    <div data-control="posture" data-state={posture}>
      <label className="psoas-explainer__label" htmlFor={id}>
        {c.posture}
      </label>
      <select id={id} value={posture} onChange={(e) => store.actions.setPosture(e.currentTarget.value as Posture)}>
        {POSTURES.map((p) => (
          <option key={p} value={p}>
            {c.postures[p].name}
          </option>
        ))}
      </select>
      <p className="psoas-explainer__note">{c.postures[posture].explanation}</p>
    </div>
  )
}

export function LayerToggles({ catalog }: { catalog: Catalog }) {
  const layers = useSceneStore((s) => s.layers)
  const store = useSceneStoreApi()
  const c = catalog.ui.controls
  return (
    <div role="group" aria-label={c.layers} data-control="layers">
      <span className="psoas-explainer__label" aria-hidden="true">
        {c.layers}
      </span>
      <div className="psoas-controls__row">
        {LAYER_KEYS.map((k) => (
          <button
            key={k}
            type="button"
            aria-pressed={layers[k]}
            data-state={layers[k] ? 'on' : 'off'}
            data-layer={k}
            onClick={() => store.actions.toggleLayer(k)}
          >
            {c.layerNames[k]}
          </button>
        ))}
      </div>
    </div>
  )
}

export function CameraButtons({ catalog, onPreset }: { catalog: Catalog; onPreset?: () => void }) {
  const camera = useSceneStore((s) => s.camera)
  const store = useSceneStoreApi()
  const c = catalog.ui.controls
  return (
    <div role="group" aria-label={c.camera} data-control="camera" data-state={typeof camera === 'string' ? camera : 'free'}>
      <span className="psoas-explainer__label" aria-hidden="true">
        {c.camera}
      </span>
      <div className="psoas-controls__row">
        {CAMERA_PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={camera === p}
            data-state={camera === p ? 'on' : 'off'}
            data-camera={p}
            onClick={() => {
              store.actions.setCamera(p)
              onPreset?.()
            }}
          >
            {c.cameras[p]}
          </button>
        ))}
      </div>
    </div>
  )
}

export interface TourControlsProps {
  catalog: Catalog
  /** go to a chapter (applies the chapter's scene) */
  onChapter: (id: ChapterId | null) => void
  /** no automatic advance while true */
  reducedMotion: boolean
  /** milliseconds between chapters while playing (default 8000) */
  intervalMs?: number
}

export function TourControls({ catalog, onChapter, reducedMotion, intervalMs = 8000 }: TourControlsProps) {
  const chapter = useSceneStore((s) => s.chapter)
  const [playing, setPlaying] = useState(false)
  const c = catalog.ui.controls.tour
  const index = chapter ? CHAPTER_IDS.indexOf(chapter) : -1
  const onChapterRef = useRef(onChapter)
  useLayoutEffect(() => {
    onChapterRef.current = onChapter
  })
  const autoAdvance = playing && !reducedMotion

  useEffect(() => {
    if (!autoAdvance) return
    const timer = setInterval(() => {
      const i = chapter ? CHAPTER_IDS.indexOf(chapter) : -1
      if (i >= CHAPTER_IDS.length - 1) {
        setPlaying(false)
        return
      }
      onChapterRef.current(CHAPTER_IDS[i + 1])
    }, intervalMs)
    return () => clearInterval(timer)
  }, [autoAdvance, chapter, intervalMs])

  const go = (i: number) => onChapter(CHAPTER_IDS[Math.max(0, Math.min(CHAPTER_IDS.length - 1, i))])
  return (
    <div role="group" aria-label={c.label} data-control="tour" data-state={playing ? 'playing' : 'paused'}>
      <span className="psoas-explainer__label" aria-hidden="true">
        {c.label}
      </span>
      <div className="psoas-controls__row">
        <button type="button" onClick={() => go(index - 1)} disabled={index <= 0} data-action="previous">
          {c.previous}
        </button>
        <button
          type="button"
          aria-pressed={playing}
          data-state={playing ? 'on' : 'off'}
          data-action="play"
          onClick={() => {
            if (!playing && index < 0) go(0)
            setPlaying(!playing)
          }}
        >
          {playing ? c.pause : c.play}
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= CHAPTER_IDS.length - 1} data-action="next">
          {c.next}
        </button>
        {chapter ? (
          <button type="button" onClick={() => { setPlaying(false); onChapter(null) }} data-action="close">
            {c.close}
          </button>
        ) : null}
        <span className="psoas-controls__tour-status" aria-live="off">
          {index >= 0 ? fill(c.progress, { current: index + 1, total: CHAPTER_IDS.length }) : ''}
        </span>
      </div>
    </div>
  )
}

export interface HistoryButtonsProps {
  catalog: Catalog
  /** called after reset (e.g. to reset the camera too) */
  onReset?: () => void
}

export function HistoryButtons({ catalog, onReset }: HistoryButtonsProps) {
  const store = useSceneStoreApi()
  const canUndo = useSceneStore((s) => s.canUndo)
  const canRedo = useSceneStore((s) => s.canRedo)
  const compare = useSceneStore((s) => s.compare)
  const c = catalog.ui.controls
  return (
    <div className="psoas-controls__row" data-control="history">
      <button type="button" onClick={() => store.actions.undo()} disabled={!canUndo} data-action="undo">
        {c.undo}
      </button>
      <button type="button" onClick={() => store.actions.redo()} disabled={!canRedo} data-action="redo">
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
        aria-pressed={compare !== null}
        data-state={compare !== null ? 'on' : 'off'}
        onClick={() => store.actions.setCompare(compare ? null : { tightness: 0 })}
      >
        {c.compare}
      </button>
    </div>
  )
}

export interface ControlsProps {
  /** 'full' shows everything; 'minimal' only tightness, side and posture */
  mode: ControlsPanelMode
  catalog: Catalog
  reducedMotion: boolean
  onChapter: (id: ChapterId | null) => void
  onResetCamera?: () => void
}

/** All controls in their usual order. */
export function Controls({ mode, catalog, reducedMotion, onChapter, onResetCamera }: ControlsProps) {
  return (
    <div className="psoas-controls" data-mode={mode}>
      <TightnessSlider catalog={catalog} />
      <SideRadios catalog={catalog} />
      <PostureSelect catalog={catalog} />
      {mode === 'full' ? (
        <>
          <LayerToggles catalog={catalog} />
          <CameraButtons catalog={catalog} />
          <TourControls catalog={catalog} onChapter={onChapter} reducedMotion={reducedMotion} />
          <HistoryButtons catalog={catalog} onReset={onResetCamera} />
        </>
      ) : null}
    </div>
  )
}

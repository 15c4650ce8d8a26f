/**
 * The explainer's controls. Everything is a native form control or a button, so all of it works
 * by keyboard without dragging: the slider takes arrows, PageUp/PageDown, Home and End.
 * State is reflected in `data-state` attributes (Radix style).
 */
import { useId } from 'react'
import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import { CAMERA_PRESETS, LAYER_KEYS, POSTURES, TIGHT_SIDES } from '../scene-state/types.ts'
import type { ChapterId, LayerKey, Posture } from '../scene-state/types.ts'
import type { Catalog } from '../content/index.ts'
import { TightnessSlider } from './TightnessSlider.tsx'
import { TourControls, type TourState } from './TourControls.tsx'
import { HistoryButtons } from './HistoryButtons.tsx'
import { keyshortcuts } from './shortcuts.ts'

export type ControlsPanelMode = 'full' | 'minimal'

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
            <input type="radio" name={name} value={s} checked={s === side} onChange={() => store.actions.setSide(s)} />
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

interface ToggleGroupProps<K extends string> {
  /** group name (visible label and accessible name) */
  label: string
  /** `data-control` of the group */
  control: string
  /** `data-state` of the group */
  state?: string
  keys: readonly K[]
  /** the data attribute that names each button's key, e.g. `data-layer` */
  keyAttribute: `data-${string}`
  pressed: (key: K) => boolean
  name: (key: K) => string
  onPress: (key: K) => void
  /** the button's aria-keyshortcuts, if it has a shortcut */
  shortcut?: (key: K) => string | undefined
}

/** A labelled row of toggle buttons (aria-pressed + data-state on each). */
function ToggleGroup<K extends string>({ label, control, state, keys, keyAttribute, pressed, name, onPress, shortcut }: ToggleGroupProps<K>) {
  return (
    <div role="group" aria-label={label} data-control={control} data-state={state}>
      <span className="psoas-explainer__label" aria-hidden="true">
        {label}
      </span>
      <div className="psoas-controls__row">
        {keys.map((k) => (
          <button key={k} type="button" aria-pressed={pressed(k)} aria-keyshortcuts={shortcut?.(k)} data-state={pressed(k) ? 'on' : 'off'} {...{ [keyAttribute]: k }} onClick={() => onPress(k)}>
            {name(k)}
          </button>
        ))}
      </div>
    </div>
  )
}

/**
 * The layers the panel offers. Not 'outline': the shipped models have no body-outline part, so its
 * toggle changed nothing on screen (a control with no effect is a defect); the state keeps the key,
 * and `<PsoasScene>` still shows an outline node of a model that has one.
 */
export const PANEL_LAYERS: readonly LayerKey[] = LAYER_KEYS.filter((k) => k !== 'outline')

export function LayerToggles({ catalog }: { catalog: Catalog }) {
  const layers = useSceneStore((s) => s.layers)
  const store = useSceneStoreApi()
  const c = catalog.ui.controls
  return (
    <ToggleGroup
      label={c.layers}
      control="layers"
      keys={PANEL_LAYERS}
      keyAttribute="data-layer"
      pressed={(k) => layers[k]}
      name={(k) => c.layerNames[k]}
      onPress={(k) => store.actions.toggleLayer(k)}
      shortcut={(k) => (k === 'nerves' ? keyshortcuts('nerves') : undefined)}
    />
  )
}

export function CameraButtons({ catalog, onPreset }: { catalog: Catalog; onPreset?: () => void }) {
  const camera = useSceneStore((s) => s.camera)
  const store = useSceneStoreApi()
  const c = catalog.ui.controls
  return (
    <ToggleGroup
      label={c.camera}
      control="camera"
      state={typeof camera === 'string' ? camera : 'free'}
      keys={CAMERA_PRESETS}
      keyAttribute="data-camera"
      pressed={(p) => camera === p}
      name={(p) => c.cameras[p]}
      onPress={(p) => {
        store.actions.setCamera(p)
        onPreset?.()
      }}
    />
  )
}

export interface ControlsProps {
  /** 'full' shows everything; 'minimal' only tightness, side and posture */
  mode: ControlsPanelMode
  catalog: Catalog
  reducedMotion: boolean
  onChapter: (id: ChapterId | null) => void
  onResetCamera?: () => void
  /**
   * The tour's state, when its buttons show elsewhere while a chapter is open (the explainer's panel
   * puts them at its top with the chapter): then they are left out here until the tour closes.
   */
  tour?: TourState
}

/** All controls in their usual order. */
export function Controls({ mode, catalog, reducedMotion, onChapter, onResetCamera, tour }: ControlsProps) {
  const chapterOpen = useSceneStore((s) => s.chapter !== null)
  return (
    <div className="psoas-controls" data-mode={mode}>
      <TightnessSlider catalog={catalog} />
      <SideRadios catalog={catalog} />
      <PostureSelect catalog={catalog} />
      {mode === 'full' ? (
        <>
          <LayerToggles catalog={catalog} />
          <CameraButtons catalog={catalog} />
          {tour && chapterOpen ? null : <TourControls catalog={catalog} onChapter={onChapter} reducedMotion={reducedMotion} tour={tour} />}
          <HistoryButtons catalog={catalog} onReset={onResetCamera} />
        </>
      ) : null}
    </div>
  )
}

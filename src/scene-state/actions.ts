/**
 * Actions on the scene state, with bounded undo/redo and coalescing of continuous edits (slider
 * drags, camera orbits). Every action sends its input through the same sanitiser as external input
 * (`parseState` with the current state as base): bad input is ignored or clamped, the problem goes
 * to `onProblem`, nothing throws.
 */
import type { StructureId } from './ids.ts'
import { DEFAULT_STATE, cloneState, statesEqual } from './state.ts'
import type { Annotation, BodyRegionChoice, CameraState, ChapterId, CompareState, LayerKey, Posture, SceneState, TightSide } from './types.ts'
import { parseState } from './validate.ts'
import { readBodyRegion } from './body-map.ts'
import { deriveView } from './view.ts'
import type { Problem } from './validate.ts'

export interface ActionOptions {
  /**
   * Merge this change with the directly preceding change of the same kind (e.g. every step of one
   * slider drag) into a single undo step. Any other action, `endCoalesce()` or undo/redo ends the run.
   */
  coalesce?: boolean
}
export interface ReplaceOptions extends ActionOptions {
  /** true: fields missing from the input take their DEFAULT values; false (default): they keep the current ones */
  full?: boolean
}
export interface NewAnnotation {
  /** optional; a free id "pin1", "pin2", … is chosen when absent */
  id?: string
  structure: StructureId
  offset?: [number, number, number]
  text?: string
}

export interface SceneActions {
  setTightness(t: number, options?: ActionOptions): void
  setSide(side: TightSide): void
  setPosture(posture: Posture): void
  setLayer(key: LayerKey, on: boolean): void
  toggleLayer(key: LayerKey): void
  setFocus(id: StructureId | null): void
  setCamera(camera: CameraState, options?: ActionOptions): void
  setChapter(chapter: ChapterId | null): void
  setCompare(compare: CompareState | null): void
  /** compare off, or on with the relaxed state (tightness 0): what the compare buttons and key do */
  toggleCompare(): void
  /**
   * The patient points at a body-map region (or null: none). One undo step: stores the choice,
   * focuses the region's most relevant nerve in the current pose (none outside the lumbar plexus),
   * turns the camera to it and shows the nerves layer (readBodyRegion).
   */
  selectBodyRegion(choice: BodyRegionChoice | null): void
  /** returns the new pin's id, or null when it was rejected (invalid, duplicate id, or 50 pins already) */
  addAnnotation(a: NewAnnotation): string | null
  updateAnnotation(id: string, patch: Partial<Omit<Annotation, 'id'>>, options?: ActionOptions): void
  removeAnnotation(id: string): void
  /** validated replacement by a partial or full state (object, JSON string or URL query); returns the problems */
  replace(input: unknown, options?: ReplaceOptions): Problem[]
  /** back to the home state (`home` option; DEFAULT_STATE unless given), undoable */
  reset(): void
  undo(): void
  redo(): void
  /** ends a coalesced run, so the next coalesced change starts a new undo step */
  endCoalesce(): void
  clearHistory(): void
}

export interface HistoryOptions {
  /** undo steps kept (oldest dropped first); default 100 */
  historyLimit?: number
  onProblem?: (problem: Problem) => void
  /**
   * The state `reset()` returns to and the base of a full `replace` (fields the input leaves out);
   * default DEFAULT_STATE. The explainer passes OPENING_STATE.
   */
  home?: Readonly<SceneState>
}
export const DEFAULT_HISTORY_LIMIT = 100

function co(kind: string, o?: ActionOptions): string | null {
  return o?.coalesce ? kind : null
}
function freeId(annotations: readonly Annotation[]): string {
  const used = new Set(annotations.map((a) => a.id))
  let i = annotations.length + 1
  while (used.has(`pin${i}`)) i++
  return `pin${i}`
}

export interface HistoryFlags {
  canUndo: boolean
  canRedo: boolean
}
/**
 * Removes action functions and the history flags from a store-state-like object, so that a whole
 * `store.getState()` can be passed to `replace`.
 */
export function stripStoreExtras(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v
  const src = v as Record<string, unknown>
  let keys: string[]
  try {
    keys = Object.keys(src)
  } catch {
    return v
  }
  if (!keys.some((k) => k === 'canUndo' || k === 'canRedo' || typeof src[k] === 'function')) return v
  const out: Record<string, unknown> = {}
  for (const k of keys) {
    if (k === 'canUndo' || k === 'canRedo' || typeof src[k] === 'function') continue
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') {
      Object.defineProperty(out, k, { value: src[k], enumerable: true, configurable: true, writable: true })
      continue // kept as an own key so parseState reports it; never assigned through the prototype setter
    }
    out[k] = src[k]
  }
  return out
}

/** Builds the actions on top of a getter and a raw setter (used by createSceneStore). */
export function createActions(
  get: () => SceneState,
  setRaw: (next: SceneState, flags: HistoryFlags) => void,
  options?: HistoryOptions,
): SceneActions {
  const home = options?.home ?? DEFAULT_STATE
  const limit = Math.max(0, Math.floor(options?.historyLimit ?? DEFAULT_HISTORY_LIMIT))
  const past: SceneState[] = []
  const future: SceneState[] = []
  let runKey: string | null = null
  const set = (next: SceneState): void => setRaw(next, { canUndo: past.length > 0, canRedo: future.length > 0 })
  const report = (ps: readonly Problem[]): void => {
    if (options?.onProblem) for (const p of ps) options.onProblem(p)
  }

  function commit(next: SceneState, key: string | null): void {
    const current = get()
    if (statesEqual(next, current)) return
    if (!(key !== null && key === runKey)) {
      past.push(cloneState(current))
      if (past.length > limit) past.splice(0, past.length - limit)
    }
    future.length = 0
    runKey = key
    set(next)
  }
  function apply(patch: Record<string, unknown>, key: string | null, base: SceneState = get()): Problem[] {
    const r = parseState(patch, base)
    report(r.problems)
    commit(r.state, key)
    return r.problems
  }
  return {
    setTightness: (t, o) => void apply({ tightness: t }, co('tightness', o)),
    setSide: (side) => void apply({ side }, null),
    setPosture: (posture) => void apply({ posture }, null),
    setLayer: (key, on) => void apply({ layers: { [key]: on } }, null),
    toggleLayer: (key) => {
      const layers = get().layers as Record<string, boolean>
      if (!Object.prototype.hasOwnProperty.call(layers, key)) {
        apply({ layers: { [key]: true } }, null) // reports the unknown key
        return
      }
      apply({ layers: { [key]: !layers[key] } }, null)
    },
    setFocus: (id) => void apply({ focus: id }, null),
    setCamera: (camera, o) => void apply({ camera }, co('camera', o)),
    setChapter: (chapter) => void apply({ chapter }, null),
    setCompare: (compare) => void apply({ compare }, null),
    toggleCompare: () => void apply({ compare: get().compare ? null : { tightness: 0 } }, null),
    selectBodyRegion: (choice) => {
      const current = get()
      const r = parseState({ bodyRegion: choice }, current)
      report(r.problems)
      const chosen = r.state.bodyRegion
      if (r.problems.length > 0 || chosen === null) return commit(r.state, null)
      const reading = readBodyRegion(chosen, deriveView(current).pose)
      if (!reading) return
      const next = cloneState(r.state)
      next.focus = reading.focus
      next.camera = reading.camera
      if (reading.focus) next.layers.nerves = true
      commit(next, null)
    },
    addAnnotation: (a) => {
      const current = get()
      const isObj = typeof a === 'object' && a !== null
      const id = isObj && a.id !== undefined ? a.id : freeId(current.annotations)
      const pin = isObj ? { id, structure: a.structure, offset: a.offset ?? [0, 0, 0], text: a.text ?? '' } : a
      const r = parseState({ annotations: [...current.annotations, pin] }, current)
      report(r.problems)
      const added = r.state.annotations.length === current.annotations.length + 1
      if (!added) return null
      commit(r.state, null)
      return id
    },
    updateAnnotation: (id, patch, o) => {
      const current = get()
      const i = current.annotations.findIndex((x) => x.id === id)
      if (i < 0 || typeof patch !== 'object' || patch === null) {
        report([{ field: 'annotations', value: JSON.stringify(String(id)).slice(0, 80), expected: 'the id of an existing pin and a patch object' }])
        return
      }
      const merged = { ...current.annotations[i] } as Record<string, unknown>
      for (const k of ['structure', 'offset', 'text'] as const) if (Object.prototype.hasOwnProperty.call(patch, k)) merged[k] = patch[k]
      const list: unknown[] = [...current.annotations]
      list[i] = merged
      const r = parseState({ annotations: list }, current)
      report(r.problems)
      // an invalid patch drops the pin in the parsed list: keep the old pin then
      if (r.state.annotations.length !== current.annotations.length) return
      commit(r.state, co(`annotation:${id}`, o))
    },
    removeAnnotation: (id) => {
      const current = get()
      if (!current.annotations.some((x) => x.id === id)) {
        report([{ field: 'annotations', value: JSON.stringify(String(id)).slice(0, 80), expected: 'the id of an existing pin' }])
        return
      }
      const next = cloneState(current)
      next.annotations = next.annotations.filter((x) => x.id !== id)
      commit(next, null)
    },
    replace: (input, o) => {
      const base = o?.full ? home : get()
      let value: unknown
      try {
        value = stripStoreExtras(input)
      } catch {
        value = input
      }
      const r = parseState(value, base)
      report(r.problems)
      commit(r.state, co('replace', o))
      return r.problems
    },
    reset: () => commit(cloneState(home), null),
    undo: () => {
      const prev = past.pop()
      if (!prev) return
      future.push(cloneState(get()))
      runKey = null
      set(prev)
    },
    redo: () => {
      const next = future.pop()
      if (!next) return
      past.push(cloneState(get()))
      runKey = null
      set(next)
    },
    endCoalesce: () => {
      runKey = null
    },
    clearHistory: () => {
      past.length = 0
      future.length = 0
      runKey = null
      set(cloneState(get()))
    },
  }
}

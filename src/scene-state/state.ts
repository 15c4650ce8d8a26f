/**
 * Default scene state, named tightness stops, quantisation and clone/equality helpers.
 * Plain data only: no React, three.js or DOM.
 */
import * as ref from './reference.runtime.json' with { type: 'json' }
import type { Annotation, BodyRegionChoice, CameraState, CompareState, Layers, SceneState } from './types.ts'
import { LAYER_KEYS } from './types.ts'

/** Named tightness stops (anatomy-reference §5.2 "Named stops"), read from the reference. */
export const TIGHTNESS_STOPS: Readonly<{ relaxed: number; mild: number; tight: number; severe: number }> = Object.freeze({
  relaxed: ref.teachingModel.namedStops.relaxed,
  mild: ref.teachingModel.namedStops.mild,
  tight: ref.teachingModel.namedStops.tight,
  severe: ref.teachingModel.namedStops.severe,
})
export type TightnessStop = keyof typeof TIGHTNESS_STOPS
export const TIGHTNESS_STOP_NAMES = ['relaxed', 'mild', 'tight', 'severe'] as const satisfies readonly TightnessStop[]

/** Tightness is stored with this step everywhere (setters, parser, codec), so URL round trips are exact. */
export const TIGHTNESS_QUANTUM = 0.001
/** Lengths (annotation offsets, free camera) are stored to 0.1 mm. */
export const LENGTH_QUANTUM = 0.0001

/** Limits of what the state may hold (also enforced by parseState). */
export const LIMITS = Object.freeze({
  maxAnnotations: 50,
  maxAnnotationText: 280,
  maxAnnotationId: 64,
  /** |offset| per axis, metres */
  maxOffset: 1,
  /** |camera coordinate| per axis, metres */
  maxCameraCoord: 50,
  /** longest string accepted for an enum/id field before it is rejected without being inspected */
  maxIdString: 200,
})

function quantiseTo(v: number, inverseStep: number): number {
  // `+ 0` turns -0 into 0 so deep equality after a text round trip holds.
  return Math.round(v * inverseStep) / inverseStep + 0
}
/** Round a tightness to the stored step (0.001). Idempotent. */
export function quantiseTightness(t: number): number {
  return quantiseTo(t, 1000)
}
/** Round a length in metres to the stored step (0.1 mm). Idempotent. */
export function quantiseLength(m: number): number {
  return quantiseTo(m, 10000)
}

export const DEFAULT_LAYERS: Readonly<Layers> = Object.freeze({
  bones: true,
  discs: true,
  muscles: true,
  nerves: true,
  forces: true,
  labels: true,
  outline: false,
})

/** Relaxed standing, both sides, front camera, everything but the outline shown. */
export const DEFAULT_STATE: Readonly<SceneState> = Object.freeze({
  tightness: 0,
  side: 'both',
  posture: 'standing',
  layers: DEFAULT_LAYERS,
  focus: null,
  camera: 'front',
  chapter: null,
  compare: null,
  annotations: Object.freeze([]) as unknown as Annotation[],
  bodyRegion: null,
}) as Readonly<SceneState>

/**
 * Where the explainer opens and what its reset returns to: the default state seen from the side,
 * where tightening visibly deepens the lower-back curve (the front view cannot show it). DEFAULT_STATE
 * keeps the front camera: it is the frame's reference view (design.md: the patient faces the default
 * camera) and the codec's baseline, so a share link without `c=` still opens the front view.
 */
export const OPENING_STATE: Readonly<SceneState> = Object.freeze({ ...DEFAULT_STATE, camera: 'side' }) as Readonly<SceneState>

function cloneCamera(c: CameraState): CameraState {
  return typeof c === 'string' ? c : { position: [c.position[0], c.position[1], c.position[2]], target: [c.target[0], c.target[1], c.target[2]] }
}
function cloneCompare(c: CompareState | null): CompareState | null {
  if (c === null) return null
  const out: CompareState = {}
  if (c.tightness !== undefined) out.tightness = c.tightness
  if (c.side !== undefined) out.side = c.side
  if (c.posture !== undefined) out.posture = c.posture
  return out
}

/** A deep, mutable copy of a state (only the known fields are copied). */
export function cloneState(s: Readonly<SceneState>): SceneState {
  const layers = {} as Layers
  for (const k of LAYER_KEYS) layers[k] = s.layers[k]
  return {
    tightness: s.tightness,
    side: s.side,
    posture: s.posture,
    layers,
    focus: s.focus,
    camera: cloneCamera(s.camera),
    chapter: s.chapter,
    compare: cloneCompare(s.compare),
    annotations: s.annotations.map((a) => ({
      id: a.id,
      structure: a.structure,
      offset: [a.offset[0], a.offset[1], a.offset[2]],
      text: a.text,
    })),
    bodyRegion: s.bodyRegion ? { region: s.bodyRegion.region, side: s.bodyRegion.side } : null,
  }
}

function vec3Equal(a: readonly number[], b: readonly number[]): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2]
}
export function cameraEqual(a: CameraState, b: CameraState): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b
  return vec3Equal(a.position, b.position) && vec3Equal(a.target, b.target)
}
export function compareEqual(a: CompareState | null, b: CompareState | null): boolean {
  if (a === null || b === null) return a === b
  return a.tightness === b.tightness && a.side === b.side && a.posture === b.posture
}
export function layersEqual(a: Layers, b: Layers): boolean {
  return LAYER_KEYS.every((k) => a[k] === b[k])
}
export function annotationsEqual(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  if (a.length !== b.length) return false
  return a.every((x, i) => {
    const y = b[i]
    return x.id === y.id && x.structure === y.structure && x.text === y.text && vec3Equal(x.offset, y.offset)
  })
}
export function bodyRegionEqual(a: BodyRegionChoice | null, b: BodyRegionChoice | null): boolean {
  if (a === null || b === null) return a === b
  return a.region === b.region && a.side === b.side
}
/** Value equality of two scene states (field by field). */
export function statesEqual(a: Readonly<SceneState>, b: Readonly<SceneState>): boolean {
  return (
    a.tightness === b.tightness &&
    a.side === b.side &&
    a.posture === b.posture &&
    layersEqual(a.layers, b.layers) &&
    a.focus === b.focus &&
    cameraEqual(a.camera, b.camera) &&
    a.chapter === b.chapter &&
    compareEqual(a.compare, b.compare) &&
    annotationsEqual(a.annotations, b.annotations) &&
    bodyRegionEqual(a.bodyRegion, b.bodyRegion)
  )
}

/** The state the compare view shows: the main state with the compare fields laid over it (null when compare is off). */
export function resolveCompare(s: Readonly<SceneState>): SceneState | null {
  if (s.compare === null) return null
  const out = cloneState(s)
  out.tightness = s.compare.tightness ?? s.tightness
  out.side = s.compare.side ?? s.side
  out.posture = s.compare.posture ?? s.posture
  out.compare = null
  out.annotations = []
  return out
}

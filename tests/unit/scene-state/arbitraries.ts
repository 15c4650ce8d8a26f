/** fast-check arbitraries of VALID scene states (quantised as the state stores them). */
import * as fc from 'fast-check'
import {
  BODY_REGION_IDS,
  CAMERA_PRESETS,
  CHAPTER_IDS,
  LAYER_KEYS,
  LIMITS,
  POSTURES,
  SIDES,
  STRUCTURE_IDS,
  TIGHT_SIDES,
} from '../../../src/scene-state/index.ts'
import type { Annotation, CameraState, CompareState, Layers, SceneState } from '../../../src/scene-state/index.ts'

export const arbTightness = fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000)
const arbMetres = (max: number) => fc.integer({ min: -max * 10000, max: max * 10000 }).map((k) => k / 10000 + 0)
const arbVec = (max: number) => fc.tuple(arbMetres(max), arbMetres(max), arbMetres(max))

export const arbLayers: fc.Arbitrary<Layers> = fc.record(
  Object.fromEntries(LAYER_KEYS.map((k) => [k, fc.boolean()])) as Record<keyof Layers, fc.Arbitrary<boolean>>,
)
export const arbCamera: fc.Arbitrary<CameraState> = fc.oneof(
  fc.constantFrom(...CAMERA_PRESETS),
  fc.record({ position: arbVec(LIMITS.maxCameraCoord), target: arbVec(LIMITS.maxCameraCoord) }),
)
export const arbCompare: fc.Arbitrary<CompareState | null> = fc.option(
  fc.record(
    { tightness: arbTightness, side: fc.constantFrom(...TIGHT_SIDES), posture: fc.constantFrom(...POSTURES) },
    { requiredKeys: [] },
  ),
)
/** texts of any Unicode code points (no lone surrogates), including ",", "&", "=", "%", "+", "#" */
const arbText = (min: number, max: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', minLength: min, maxLength: max }),
    fc.string({ unit: fc.constantFrom(',', '&', '=', '%', '+', '#', '?', ' ', 'a', 'é', '😀', '%2C'), minLength: min, maxLength: max }),
  )
export const arbAnnotation: fc.Arbitrary<Annotation> = fc.record({
  id: fc.string({ unit: fc.constantFrom(...'abcXYZ019_-'), minLength: 1, maxLength: LIMITS.maxAnnotationId }),
  structure: fc.constantFrom(...STRUCTURE_IDS),
  offset: arbVec(LIMITS.maxOffset),
  text: arbText(0, LIMITS.maxAnnotationText),
})
export const arbAnnotations = fc.uniqueArray(arbAnnotation, { maxLength: 6, selector: (a) => a.id })

export const arbValidState: fc.Arbitrary<SceneState> = fc.record({
  tightness: arbTightness,
  side: fc.constantFrom(...TIGHT_SIDES),
  posture: fc.constantFrom(...POSTURES),
  layers: arbLayers,
  focus: fc.option(fc.constantFrom(...STRUCTURE_IDS)),
  camera: arbCamera,
  chapter: fc.option(fc.constantFrom(...CHAPTER_IDS)),
  compare: arbCompare,
  annotations: arbAnnotations,
  bodyRegion: fc.option(fc.record({ region: fc.constantFrom(...BODY_REGION_IDS), side: fc.constantFrom(...SIDES) })),
})

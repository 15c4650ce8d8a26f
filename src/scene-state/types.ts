/**
 * The scene-state contract (design.md, "Scene state"). Plain serialisable data only.
 */
import type { NerveKey, SegmentKey, StructureId, BodySide } from './ids.ts'

export const POSTURES = ['standing', 'sitting', 'supine', 'risingFromChair', 'thomasTest', 'hipFlexorStretch'] as const
export type Posture = (typeof POSTURES)[number]

export const TIGHT_SIDES = ['left', 'right', 'both'] as const
export type TightSide = (typeof TIGHT_SIDES)[number]

export const LAYER_KEYS = ['bones', 'discs', 'muscles', 'nerves', 'forces', 'labels', 'outline'] as const
export type LayerKey = (typeof LAYER_KEYS)[number]
export type Layers = Record<LayerKey, boolean>

export const CAMERA_PRESETS = ['front', 'side', 'back', 'oblique', 'top'] as const
export type CameraPreset = (typeof CAMERA_PRESETS)[number]
/** A free camera: position and target in metres, model frame. */
export interface FreeCamera {
  position: [number, number, number]
  target: [number, number, number]
}
export type CameraState = CameraPreset | FreeCamera

export const CHAPTER_IDS = ['anatomy', 'spine', 'nerves', 'causes', 'signs', 'otherCauses', 'examination', 'treatment'] as const
export type ChapterId = (typeof CHAPTER_IDS)[number]

export interface Annotation {
  id: string
  structure: StructureId
  /** metres, in that structure's rest frame */
  offset: [number, number, number]
  text: string
}

/** A body-map region the user pointed at, on one side of the patient (region ids of anatomy-reference §7). */
export interface BodyRegionChoice {
  region: string
  side: BodySide
}

/** A second, partial state shown beside the first (consultation: normal vs tight). */
export interface CompareState {
  tightness?: number
  side?: TightSide
  posture?: Posture
}

export interface SceneState {
  /** 0 relaxed .. 1 severely shortened */
  tightness: number
  side: TightSide
  posture: Posture
  layers: Layers
  focus: StructureId | null
  camera: CameraState
  chapter: ChapterId | null
  compare: CompareState | null
  annotations: Annotation[]
  /** where the patient pointed on the body map ("point where it hurts"), or none */
  bodyRegion: BodyRegionChoice | null
}

/**
 * Rotation from rest (relaxed standing), radians. Signs per anatomy-reference §1:
 * - segments, pelvis, root: node rotations about the parent's rest axes: `flexion` = about X
 *   (+ = the part above tips forward: segment flexion / lordosis DEcrease; pelvis + = ANTERIOR tilt),
 *   `lateralBend` = about Z (+ = bend to the patient's RIGHT), `axialRotation` = about Y (+ = front
 *   turns to the patient's LEFT).
 * - hips: ANATOMICAL angles: `flexion` + = hip flexion (node X rotation = −flexion for both legs),
 *   `lateralBend` = abduction, `axialRotation` = internal rotation (both 0 in the teaching model).
 * Convert with `rotToNodeEuler(kind, rot)` (biomechanics.ts), Euler order `JOINT_EULER_ORDER` ('XYZ').
 */
export interface Rot {
  flexion: number
  lateralBend: number
  axialRotation: number
}

export interface Readout {
  /** L1–S1 lordosis shown = population posture value + teaching change (degrees) */
  lordosisDeg: number
  /** change in anterior pelvic tilt relative to standing (degrees, + = anterior) */
  anteriorTiltChangeDeg: number
  /** L4–L5 disc pressure estimate (MPa), example values from one person */
  discL4L5MPa: number
  /** facet share of compressive load 0..0.35 */
  facetLoad: number
  /** hip flexion of each side relative to the pelvis (degrees) */
  hipFlexionDeg: Record<BodySide, number>
  /** lateral lean (degrees, + = toward the patient's right) */
  lateralLeanDeg: number
  /** reference values in this posture at tightness 0, for "against normal" */
  normal: { lordosisDeg: number; anteriorTiltChangeDeg: number; discL4L5MPa: number }
  /** Thomas test: tested thigh angle above horizontal (degrees), else null */
  thomasThighDeg: number | null
}

export interface Pose {
  /**
   * whole-body placement: rotation.flexion = −π/2 for the lying postures (supine, thomasTest: on the
   * back, face up, feet toward +Z), else 0; position keeps the lumbar centre where it is in standing
   */
  root: { position: [number, number, number]; rotation: Rot }
  /** at pelvisJoint; flexion = anterior tilt */
  pelvis: Rot
  segments: Record<SegmentKey, Rot>
  /** anatomical hip angles relative to the pelvis (flexion + = hip flexion; see Rot) */
  hips: Record<BodySide, Rot>
  /**
   * per side: shortening = fraction of muscle–tendon length (0..0.03); tension share τ_side =
   * t_side × postureFactor (only the tested/rear leg in thomasTest/hipFlexorStretch);
   * tensionN = τ_side × 766 N (Christophy Fmax per side); tense = τ_side (0..1 morph weight)
   */
  muscles: Record<BodySide, { shortening: number; tensionN: number; tense: number }>
  /** compression 0..0.6 per nerve and side (teaching model; LFCN and lumbosacral trunk always 0) */
  nerves: Record<NerveKey, Record<BodySide, number>>
  readout: Readout
}

export type { NerveKey, SegmentKey, StructureId, BodySide }

/**
 * What the feature components of one <PsoasScene> share per frame: the displayed (damped) pose
 * written by the pose animator, layers/focus/hover, and flags for settling. One mutable object per
 * scene, read in `useFrame` callbacks (no React state per frame, no allocation).
 *
 * Order of the frame callbacks (R3F runs them by ascending priority; all are negative, so R3F still
 * draws the frame itself): the animator first, then the joints, the materials, the overlays that
 * ride on the joints; the camera rig and drei's OrbitControls move the camera around priority -1; then the overlays that
 * face or project to the camera (compression rings, labels); last the settle report.
 */
import { createContext, useContext } from 'react'
import type { SceneStore } from '../scene-state/index.ts'
import type { StructureId } from '../scene-state/ids.ts'
import type { Layers, Pose } from '../scene-state/types.ts'
import type { ModelInstance } from './model.ts'

export const FRAME_PRIORITY = Object.freeze({
  animate: -60,
  skeleton: -50,
  appearance: -40,
  overlays: -30,
  // the preset move runs before drei's OrbitControls updates (-1), the rest check after it; a compare
  // view's camera copies the main one after that
  camera: -1.5,
  cameraRest: -0.95,
  followCamera: -0.9,
  cameraFacing: -0.6,
  labels: -0.5,
  report: -0.1,
})

/** Which pose of the store a scene shows: the state's own, or the compare state's (consultation). */
export type SceneVariant = 'main' | 'compare'

export interface SceneFrame {
  store: SceneStore
  variant: SceneVariant
  instance: ModelInstance
  /** target pose (from the store's derived view) */
  target: Pose
  /** displayed pose: written in place by the animator every frame (a copy, never the view's object) */
  displayed: Pose
  /** displayed L4–L5 disc pressure (MPa), damped like the pose */
  discMPa: number
  layers: Layers
  focus: StructureId | null
  hover: StructureId | null
  /** jump to the target on the next frame (reduced motion, settle(), context restored) */
  jump: boolean
  /** the pose reached its target this frame */
  poseSettled: boolean
  /** something other than the pose (the camera) still moves this frame */
  busy: boolean
  /** nothing moves: no further frame is requested */
  settled: boolean
  /** frames run by this scene */
  frames: number
}

export const SceneFrameContext = createContext<SceneFrame | null>(null)

/** The scene's shared frame state (inside <PsoasScene>). */
export function useSceneFrame(): SceneFrame {
  const f = useContext(SceneFrameContext)
  if (!f) throw new Error('useSceneFrame: use the feature components of the render layer inside <PsoasScene>')
  return f
}

/** The target pose a scene of this variant shows (from the store's derived view). */
export function targetPoseOf(store: SceneStore, variant: SceneVariant): Pose {
  const view = store.getView()
  return variant === 'compare' ? (view.compare?.pose ?? view.pose) : view.pose
}

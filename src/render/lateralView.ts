/**
 * How close the camera is to a lateral (side) view of the body, and which side is near: the side
 * view's cut-away and lordosis arc depend on it, so a preset move or an orbit into the side view
 * brings them in, in the side preset as well as in a compare pane that follows it or a free camera.
 * Allocation-free (frame loop).
 */
import { type Camera, MathUtils, type Object3D, Vector3 } from 'three'

/** Within this angle (degrees) of the body's left–right axis the near hip bone is cut away entirely. */
export const CUTAWAY_FULL_DEG = 20
/** Beyond this angle nothing is cut; in between the cut slides in from the side. */
export const CUTAWAY_START_DEG = 40
/** The lordosis arc is drawn within this angle of a lateral view (the side presets look from 3.4° and 11.3° above it). */
export const ARC_MAX_DEG = 25

const view = new Vector3()
const axis = new Vector3()

/**
 * Cosine of the angle between the camera's view direction and the pelvis's +X axis (the patient's
 * left): near +1 the camera looks from the patient's right (the side preset), near −1 from the left,
 * near 0 from the front, back or top.
 */
export function lateralCosine(camera: Camera, pelvis: Object3D): number {
  camera.getWorldDirection(view)
  axis.setFromMatrixColumn(pelvis.matrixWorld, 0).normalize()
  return view.dot(axis)
}

/** 0 (nothing cut) … 1 (near hip bone cut away) for a lateral cosine. */
export function cutawayAmount(cosine: number): number {
  const c = Math.abs(cosine)
  return MathUtils.smoothstep(c, Math.cos(CUTAWAY_START_DEG * MathUtils.DEG2RAD), Math.cos(CUTAWAY_FULL_DEG * MathUtils.DEG2RAD))
}

/** Whether the lordosis arc is drawn for a lateral cosine. */
export function showsArc(cosine: number): boolean {
  return Math.abs(cosine) >= Math.cos(ARC_MAX_DEG * MathUtils.DEG2RAD)
}

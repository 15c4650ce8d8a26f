/**
 * Where the camera goes for a camera state: a preset (front, side, back, oblique, top) looks at the
 * posed body from a fixed direction and distance, framed on the body in the target pose (so sitting
 * or lying bodies stay framed); a free camera is its own position and target. Pure functions.
 */
import { Quaternion, Vector3 } from 'three'
import type { CameraPreset, CameraState, Pose } from '../scene-state/types.ts'
import * as ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import { SEGMENT_KEYS } from '../scene-state/ids.ts'
import { rotToQuaternion } from './rotation.ts'

/** Orbit limits (m, rad). */
export const CAMERA_LIMITS = Object.freeze({ minDistance: 0.3, maxDistance: 2.4, minPolarAngle: 0.05, maxPolarAngle: Math.PI - 0.05 })

const DISTANCE = 1.0
/** Direction from the target to the camera per preset, upright body (root not rotated). */
const UPRIGHT: Record<CameraPreset, Vector3> = {
  front: new Vector3(0, 0.06, 1),
  side: new Vector3(-1, 0.06, 0), // from the patient's right: anterior on the screen's right
  back: new Vector3(0, 0.06, -1),
  oblique: new Vector3(-0.62, 0.28, 0.74),
  top: new Vector3(0, 1, 0.22),
}
/** Lying postures (root turned onto the back): in world terms, head toward −Z, face up. */
const LYING: Record<CameraPreset, Vector3> = {
  front: new Vector3(0, 1, 0.35), // from above, a little toward the feet: head at the top of the screen
  side: new Vector3(-1, 0.2, 0),
  back: new Vector3(0, -1, 0.35),
  oblique: new Vector3(-0.6, 0.7, 0.4),
  top: new Vector3(0, 0.35, -1), // from beyond the head
}
for (const v of [...Object.values(UPRIGHT), ...Object.values(LYING)]) v.normalize()

type V3 = [number, number, number]
const LM = ref.landmarks as unknown as Record<string, { position_m: V3 }>
const HIP_R = new Vector3(...LM.hipCentreRight.position_m)
const PIVOT = new Vector3(0, HIP_R.y, HIP_R.z)
const L1_TOP = new Vector3(...LM.jointT12L1.position_m)
const JOINTS = SEGMENT_KEYS.map((k) => new Vector3(...LM[`joint${k}`].position_m))
/** mid-thigh relative to the hip centre (half the femur) */
const MID_THIGH = new Vector3(0, -0.2, -0.004)

const qRoot = new Quaternion()
const qPelvis = new Quaternion()
const qTmp = new Quaternion()
const qChain = new Quaternion()
const p1 = new Vector3()
const p2 = new Vector3()
const rootPos = new Vector3()
const lo = new Vector3()
const hi = new Vector3()

/**
 * What the presets look at: the centre of the box around the top of L1, the hip centres and both
 * mid-thighs in the given pose, so sitting or lying bodies stay framed. Writes into `out`.
 */
export function framingTarget(pose: Pose, out: Vector3): Vector3 {
  rotToQuaternion('root', null, pose.root.rotation, qRoot)
  rootPos.fromArray(pose.root.position)
  rotToQuaternion('pelvis', null, pose.pelvis, qPelvis)
  const place = (p: Vector3) => p.applyQuaternion(qRoot).add(rootPos)
  lo.set(Infinity, Infinity, Infinity)
  hi.set(-Infinity, -Infinity, -Infinity)
  const grow = (p: Vector3) => {
    lo.min(p)
    hi.max(p)
  }
  // top of L1 through the pelvis and the segment chain
  qChain.copy(qPelvis)
  p1.copy(JOINTS[0]).sub(PIVOT).applyQuaternion(qChain).add(PIVOT)
  for (let i = 0; i < SEGMENT_KEYS.length; i++) {
    rotToQuaternion('segment', null, pose.segments[SEGMENT_KEYS[i]], qTmp)
    qChain.multiply(qTmp)
    const next = i + 1 < JOINTS.length ? JOINTS[i + 1] : L1_TOP
    p1.add(p2.copy(next).sub(JOINTS[i]).applyQuaternion(qChain))
  }
  grow(place(p1))
  for (const side of ['left', 'right'] as const) {
    const hip = p1.copy(HIP_R)
    if (side === 'left') hip.x = -hip.x
    hip.sub(PIVOT).applyQuaternion(qPelvis).add(PIVOT)
    rotToQuaternion('hip', side, pose.hips[side], qTmp)
    p2.copy(MID_THIGH).applyQuaternion(qTmp).applyQuaternion(qPelvis).add(hip)
    grow(place(hip))
    grow(place(p2))
  }
  return out.addVectors(lo, hi).multiplyScalar(0.5)
}

/** Camera position and target for a camera state, given the (target) pose. Writes into out*. */
export function cameraGoal(cam: CameraState, pose: Pose, outPos: Vector3, outTarget: Vector3): void {
  if (typeof cam !== 'string') {
    outPos.fromArray(cam.position)
    outTarget.fromArray(cam.target)
    return
  }
  framingTarget(pose, outTarget)
  const lying = Math.abs(pose.root.rotation.flexion) > Math.PI / 4
  outPos.copy(lying ? LYING[cam] : UPRIGHT[cam]).multiplyScalar(DISTANCE).add(outTarget)
}

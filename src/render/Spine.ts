/**
 * Applies the skeleton part of a Pose to a model instance: root placement, pelvis tilt, the five
 * lumbar segments and both hips. Allocation-free (called from the frame loop).
 */
import { Quaternion } from 'three'
import { SEGMENT_KEYS } from '../scene-state/ids.ts'
import type { Pose } from '../scene-state/types.ts'
import type { ModelInstance } from './model.ts'
import { rotToQuaternion, type RotKind } from './rotation.ts'
import type { BodySide, Rot } from '../scene-state/types.ts'
import type { Object3D } from 'three'

const q = new Quaternion()

function setJoint(inst: ModelInstance, node: Object3D, kind: RotKind, side: BodySide | null, rot: Rot) {
  const rest = inst.rest.get(node)!
  rotToQuaternion(kind, side, rot, q)
  node.quaternion.multiplyQuaternions(rest.quaternion, q)
}

export function applySpinePose(inst: ModelInstance, pose: Pose): void {
  const j = inst.joints
  const rootRest = inst.rest.get(j.root)!
  setJoint(inst, j.root, 'root', null, pose.root.rotation)
  j.root.position.set(
    rootRest.position.x + pose.root.position[0],
    rootRest.position.y + pose.root.position[1],
    rootRest.position.z + pose.root.position[2],
  )
  setJoint(inst, j.pelvisJoint, 'pelvis', null, pose.pelvis)
  for (const k of SEGMENT_KEYS) setJoint(inst, j.segments[k], 'segment', null, pose.segments[k])
  setJoint(inst, j.hipLeft, 'hip', 'left', pose.hips.left)
  setJoint(inst, j.hipRight, 'hip', 'right', pose.hips.right)
}

/**
 * Rot → node quaternion: the one mapping from the pose contract to three.js joint rotations.
 * Signs and the Euler order come from scene-state's `rotToNodeEuler` (anatomy-reference §1):
 * spine/pelvis/root flexion = +X, lateral bend = +Z (toward the patient's right), axial = +Y;
 * hips carry anatomical angles (flexion = −X for both legs; abduction and rotation mirrored).
 */
import { Euler, Quaternion } from 'three'
import { JOINT_EULER_ORDER, rotToNodeEuler } from '../scene-state/biomechanics.ts'
import type { BodySide, Rot } from '../scene-state/types.ts'

/** Which joint a Rot is applied to. */
export type RotKind = 'root' | 'pelvis' | 'segment' | 'hip'

const angles: [number, number, number] = [0, 0, 0]
const euler = new Euler(0, 0, 0, JOINT_EULER_ORDER)

/**
 * Writes the node quaternion (relative to the rest pose; rest quaternions are identity in the glb
 * contract, else pre-multiply by the rest quaternion) for a Rot of the given joint kind into `out`.
 * `side` is required for hips (mirror rule) and ignored otherwise. Allocation-free.
 */
export function rotToQuaternion(kind: RotKind, side: BodySide | null, rot: Rot, out: Quaternion): Quaternion {
  if (kind === 'hip' && side === null) throw new Error('rotToQuaternion: kind "hip" needs side "left" or "right"')
  rotToNodeEuler(kind === 'hip' ? (side === 'left' ? 'hipLeft' : 'hipRight') : kind, rot, angles)
  euler.set(angles[0], angles[1], angles[2], JOINT_EULER_ORDER)
  return out.setFromEuler(euler)
}

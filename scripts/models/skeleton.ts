/**
 * Joint nodes (design.md "Joints and rest pose"): names, rest world positions (metres) from the reference, the skin's
 * joint order, and the joint weights of points along the muscles and nerves.
 */
import type { Level } from './reference.ts'
import { LEVELS, landmarkM, landmarkMm } from './reference.ts'
import type { Vec3 } from './vec.ts'
import { mirrorX } from './vec.ts'
import type { JointWeights } from './loft.ts'

/** Skin joint order (index = JOINTS_0 value). */
export const SKIN_JOINTS = ['pelvisJoint', 'hipLeft', 'hipRight', 'jointL5S1', 'jointL4L5', 'jointL3L4', 'jointL2L3', 'jointL1L2'] as const
export type JointName = (typeof SKIN_JOINTS)[number]
export const J = Object.fromEntries(SKIN_JOINTS.map((n, i) => [n, i])) as Record<JointName, number>

/** The joint node that carries each vertebra. */
export const VERTEBRA_JOINT: Record<Level, JointName> = { L1: 'jointL1L2', L2: 'jointL2L3', L3: 'jointL3L4', L4: 'jointL4L5', L5: 'jointL5S1' }

/** Rest world position (metres) of each joint node. */
export function jointWorld(name: JointName | 'root'): Vec3 {
  switch (name) {
    case 'root':
      return [0, 0, 0]
    case 'pelvisJoint':
      return landmarkM('pelvisPivot')
    case 'hipRight':
      return landmarkM('hipCentreRight')
    case 'hipLeft':
      return mirrorX(landmarkM('hipCentreRight'))
    default:
      return landmarkM(name)
  }
}

/** Parent of each node in the fixed hierarchy. */
export const JOINT_PARENT: Record<JointName, JointName | 'root'> = {
  pelvisJoint: 'root',
  hipLeft: 'pelvisJoint',
  hipRight: 'pelvisJoint',
  jointL5S1: 'pelvisJoint',
  jointL4L5: 'jointL5S1',
  jointL3L4: 'jointL4L5',
  jointL2L3: 'jointL3L4',
  jointL1L2: 'jointL2L3',
}

/** Swap left/right joints (for mirroring right-side geometry). */
export function mirrorJoint(j: number): number {
  if (j === J.hipLeft) return J.hipRight
  if (j === J.hipRight) return J.hipLeft
  return j
}

/**
 * Joint weights of a point of a right-side soft structure at rest (mm): vertebrae by height in the lumbar region,
 * the pelvis in the pelvis and abdominal wall, the hip in the thigh (below the hip centre and in front of the
 * obturator region, or far down).
 */
export function skinAt(p: Vec3): JointWeights {
  const hip = landmarkMm('hipCentreRight')
  if (p[1] < hip[1] - 5 && p[2] > -30) return [[J.hipRight, 1]]
  if (p[1] < -150) return [[J.hipRight, 1]]
  if (Math.abs(p[0]) > 60) return [[J.pelvisJoint, 1]]
  const ys = LEVELS.map((l) => landmarkMm(`bodyCentre${l}`)[1]) // L1 (top) … L5
  const s1y = landmarkMm('s1EndplateCentre')[1]
  if (p[1] >= ys[0]) return [[J[VERTEBRA_JOINT.L1], 1]]
  for (let i = 0; i < 4; i++) {
    if (p[1] <= ys[i] && p[1] >= ys[i + 1]) {
      const t = (ys[i] - p[1]) / (ys[i] - ys[i + 1])
      return [
        [J[VERTEBRA_JOINT[LEVELS[i]]], 1 - t],
        [J[VERTEBRA_JOINT[LEVELS[i + 1]]], t],
      ]
    }
  }
  if (p[1] >= s1y) {
    const t = (ys[4] - p[1]) / (ys[4] - s1y)
    return [
      [J.jointL5S1, 1 - t],
      [J.pelvisJoint, t],
    ]
  }
  return [[J.pelvisJoint, 1]]
}

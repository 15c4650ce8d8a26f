/** All bone fields at rest (mm), for keeping soft tissue out of bone and for tests. */
import { LEVELS } from './reference.ts'
import type { Sdf } from './sdf.ts'
import { bounded, gradient } from './sdf.ts'
import { vertebraBox, vertebraSdf } from './vertebra.ts'
import { sacrumBox, sacrumSdf } from './sacrum.ts'
import { hipBoneRightBox, hipBoneRightSdf } from './pelvis.ts'
import { femurRightBox, femurRightSdf } from './femur.ts'
import type { Vec3 } from './vec.ts'

export interface BoneField {
  /** structure id of the bone */
  id: string
  /** skin joint name that carries it */
  joint: string
  sdf: Sdf
}

export function boneFields(): BoneField[] {
  const list: BoneField[] = LEVELS.map((l) => ({
    id: `vertebra${l}`,
    joint: { L1: 'jointL1L2', L2: 'jointL2L3', L3: 'jointL3L4', L4: 'jointL4L5', L5: 'jointL5S1' }[l],
    sdf: bounded(vertebraSdf(l), vertebraBox(l), 3),
  }))
  list.push({ id: 'sacrum', joint: 'pelvisJoint', sdf: bounded(sacrumSdf(), sacrumBox(), 3) })
  const hb = hipBoneRightBox()
  const hipR = bounded(hipBoneRightSdf(), hb, 3)
  list.push({ id: 'pelvis', joint: 'pelvisJoint', sdf: (x, y, z) => hipR(-Math.abs(x), y, z) })
  const fr = bounded(femurRightSdf(), femurRightBox(), 3)
  list.push({ id: 'femurRight', joint: 'hipRight', sdf: fr })
  list.push({ id: 'femurLeft', joint: 'hipLeft', sdf: (x, y, z) => fr(-x, y, z) })
  return list
}

/** Right hip bone (mirrored pelvis) and right femur fields (mm), for the hip skin-weight pass. */
export function hipFields(): { pelvis: Sdf; femur: Sdf } {
  const hipR = bounded(hipBoneRightSdf(), hipBoneRightBox(), 3)
  return { pelvis: (x, y, z) => hipR(-Math.abs(x), y, z), femur: bounded(femurRightSdf(), femurRightBox(), 3) }
}

export function allBonesSdf(fields: BoneField[] = boneFields()): Sdf {
  return (x, y, z) => {
    let d = Infinity
    for (const f of fields) {
      const v = f.sdf(x, y, z)
      if (v < d) d = v
    }
    return d
  }
}

/** Move points (mm, in place) that are closer than `clearance` to bone out along the field gradient. */
export function pushOutOfBone(positions: Float32Array, field: Sdf, clearance: number): number {
  let moved = 0
  for (let i = 0; i < positions.length; i += 3) {
    for (let it = 0; it < 3; it++) {
      const d = field(positions[i], positions[i + 1], positions[i + 2])
      if (d >= clearance) break
      const g: Vec3 = gradient(field, positions[i], positions[i + 1], positions[i + 2], 0.3)
      const step = clearance - d
      positions[i] += g[0] * step
      positions[i + 1] += g[1] * step
      positions[i + 2] += g[2] * step
      if (it === 0) moved++
    }
  }
  return moved
}

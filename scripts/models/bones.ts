/** All bone fields at rest (mm), for keeping soft tissue out of bone and for tests. */
import { LEVELS } from './reference.ts'
import type { Sdf } from './sdf.ts'
import { bounded, gradient } from './sdf.ts'
import { vertebraBox, vertebraSdf } from './vertebra.ts'
import { sacrumBox, sacrumSdf } from './sacrum.ts'
import { hipBoneRightBox, hipBoneRightSdf } from './pelvis.ts'
import { femurRightBox, femurRightSdf } from './femur.ts'
import type { Vec3 } from './vec.ts'
import { add, lerp3, scale } from './vec.ts'
import type { LoftResult } from './loft.ts'

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

/**
 * Keep a loft's sections out of bone, the way a muscle lies against it (rest pose, mm, in place): each ring moves out
 * whole until the core of its section (the part within `core` of the way from the centre to the rim, sampled on the
 * ring and halfway to each neighbouring ring, where the wall between them is straight) is at least `clearance` from
 * bone, along the field's gradient at the deepest sample; the moves are smoothed along the loft and the cores cleared
 * again, so the muscle bends round the bone instead of stepping. Then every rim vertex that still reaches into bone
 * is pulled back along its spoke to `clearance` from bone (the section flattens against the bone; its `tense`
 * thickening shrinks with it; not with `core` 1, where a ring that could not be cleared is left to pushOutOfBone).
 * Cap centres and the centreline move with their rings; an end ring that needs no move stays put. Vertex-wise
 * pushing (pushOutOfBone) alone cannot do this: where bone passes through a section, the vertices on either side of
 * it are pushed apart and the bone stays inside (the psoas held 11 cm³ of hip bone that way).
 */
export function clearRings(l: LoftResult, around: number, field: Sdf, clearance: number, core: number, smoothRounds = 3): void {
  const P = l.geo.positions
  const rings = l.centreline.length
  const off: Vec3[] = Array.from({ length: rings }, () => [0, 0, 0] as Vec3)
  const vert = (k: number, r: number): Vec3 => {
    const i = (k * around + (((r % around) + around) % around)) * 3
    return [P[i], P[i + 1], P[i + 2]]
  }
  const ringSamples = (k: number): Vec3[] => {
    const c = l.centreline[k]
    const out: Vec3[] = [c]
    for (let r = 0; r < around; r++) {
      const a = vert(k, r)
      const m = lerp3(a, vert(k, r + 1), 0.5)
      for (let s = 1; s <= 4; s++) if (s / 4 <= core + 1e-9) out.push(lerp3(c, a, s / 4), lerp3(c, m, s / 4))
    }
    return out
  }
  const own = Array.from({ length: rings }, (_, k) => ringSamples(k))
  // a ring also answers for the half of the wall towards each neighbour (sampled halfway, where the wall is straight)
  const samples = (k: number): Vec3[] => {
    const out = [...own[k]]
    for (const n of [k - 1, k + 1]) if (n >= 0 && n < rings) for (let i = 0; i < own[k].length; i++) out.push(lerp3(own[k][i], own[n][i], 0.5))
    return out
  }
  const clear = (k: number): void => {
    const pts = samples(k)
    for (let it = 0; it < 16; it++) {
      let worst = Infinity
      let at: Vec3 = pts[0]
      for (const q of pts) {
        const d = field(q[0] + off[k][0], q[1] + off[k][1], q[2] + off[k][2])
        if (d < worst) {
          worst = d
          at = q
        }
      }
      if (worst >= clearance) return
      const g = gradient(field, at[0] + off[k][0], at[1] + off[k][1], at[2] + off[k][2], 0.3)
      off[k] = add(off[k], scale(g, clearance - worst + 0.05))
    }
  }
  // an end ring that is clear where it is stays there (with its cap centre), so lofts that meet at an end (a nerve's
  // roots and trunk at their junction) stay joined
  const free = [0, rings - 1].filter((k) => {
    clear(k)
    return off[k][0] !== 0 || off[k][1] !== 0 || off[k][2] !== 0
  })
  const pinned = (k: number): boolean => (k === 0 || k === rings - 1) && !free.includes(k)
  for (let round = 0; round <= smoothRounds; round++) {
    for (let k = 0; k < rings; k++) if (pinned(k)) off[k] = [0, 0, 0]
    for (let k = 0; k < rings; k++) clear(k)
    if (round === smoothRounds) break
    for (let pass = 0; pass < 3; pass++) {
      const prev = off.map((o) => [...o] as Vec3)
      for (let k = 0; k < rings; k++) off[k] = scale(add(add(prev[Math.max(0, k - 1)], prev[Math.min(rings - 1, k + 1)]), scale(prev[k], 2)), 0.25)
    }
  }
  for (let k = 0; k < rings; k++) {
    const c = add(l.centreline[k], off[k])
    l.centreline[k] = c
    for (let r = 0; r < around; r++) {
      const i = (k * around + r) * 3
      const v: Vec3 = [P[i] + off[k][0], P[i + 1] + off[k][1], P[i + 2] + off[k][2]]
      const at = (t: number): Vec3 => lerp3(c, v, t)
      const ok = (t: number): boolean => {
        const q = at(t)
        return field(q[0], q[1], q[2]) >= clearance
      }
      let t = 1
      if (core < 1 && !ok(1) && ok(0)) {
        // the first spoke point that reaches bone, then bisect between it and the last clear one
        let lo = 0
        let hi = 1
        for (let s = 1; s <= 16; s++)
          if (!ok(s / 16)) {
            lo = (s - 1) / 16
            hi = s / 16
            break
          }
        for (let b = 0; b < 12; b++) {
          const m = (lo + hi) / 2
          if (ok(m)) lo = m
          else hi = m
        }
        t = lo
      }
      const q = at(t)
      P[i] = q[0]
      P[i + 1] = q[1]
      P[i + 2] = q[2]
      for (let j = 0; j < 3; j++) l.tense[i + j] *= t
    }
  }
  // cap centres (after the rings: start cap, then end cap)
  const caps = P.length / 3 - rings * around
  if (caps >= 1) for (let i = 0; i < 3; i++) P[rings * around * 3 + i] += off[0][i]
  if (caps >= 2) for (let i = 0; i < 3; i++) P[(rings * around + 1) * 3 + i] += off[rings - 1][i]
}

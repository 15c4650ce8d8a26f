/**
 * Lofted sweeps (muscles) and tubes (nerves) along Catmull-Rom curves through control sections, with per-vertex
 * skin weights interpolated between the control sections' joints and an optional belly profile for morph targets.
 */
import type { Vec3 } from './vec.ts'
import { add, arcParams, catmullRomSegment, cross, dot, len, lerp, norm, scale, sub } from './vec.ts'
import type { MeshData } from './mesher.ts'
import { faceNormals } from './mesher.ts'
import type { SkinData } from './gltf.ts'

export type JointWeights = Array<[number, number]> // [jointIndex, weight]

export interface Section {
  c: Vec3
  /** half width along the width axis, half thickness perpendicular (mm) */
  a: number
  b: number
  /** preferred width direction (re-orthogonalised to the tangent) */
  widthDir: Vec3
  joints: JointWeights
  /** 0..1: how much the `tense` morph thickens this section */
  belly: number
}

export interface LoftResult {
  geo: MeshData
  skin: SkinData
  /** morph deltas (mm): radial thickening scaled by belly */
  tense: Float32Array
  /** dense centreline (for tests/extras) */
  centreline: Vec3[]
}

/** The 4 largest of a joint's weights (above 1e-4), renormalised (ties by joint index: deterministic). */
export function topJoints(weights: JointWeights): JointWeights {
  const list = weights.filter(([, w]) => w > 1e-4).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 4)
  const s = list.reduce((acc, [, w]) => acc + w, 0)
  return list.map(([j, w]) => [j, w / s])
}

/** Joint weights a·(1 − t) + b·t, the 4 largest kept and renormalised (topJoints). */
export function blendJoints(a: JointWeights, b: JointWeights, t: number): JointWeights {
  const m = new Map<number, number>()
  for (const [j, w] of a) m.set(j, (m.get(j) ?? 0) + w * (1 - t))
  for (const [j, w] of b) m.set(j, (m.get(j) ?? 0) + w * t)
  return topJoints([...m.entries()])
}

/**
 * Loft an elliptical (optionally lens-bent) cross-section through the control sections.
 * `samplesPerMm` sets the density along the curve; `around` the vertices per ring.
 */
export function loft(sections: Section[], around: number, stepMm: number, tenseGain: number, capStart = true, capEnd = true): LoftResult {
  const ctrl = sections.map((s) => s.c)
  // samples per segment proportional to its length
  const dense: Vec3[] = []
  const owner: Array<{ i: number; t: number }> = []
  for (let i = 0; i < ctrl.length - 1; i++) {
    const segLen = len(sub(ctrl[i + 1], ctrl[i]))
    const n = Math.max(2, Math.ceil(segLen / stepMm))
    const pts = catmullRomSegment(ctrl, i, n)
    for (let s = 0; s < n; s++) {
      dense.push(pts[s])
      owner.push({ i, t: s / n })
    }
  }
  dense.push(ctrl[ctrl.length - 1])
  owner.push({ i: ctrl.length - 2, t: 1 })
  const arc = arcParams(dense)
  void arc
  // parallel-transport frames
  const tangents = dense.map((_, k) => norm(sub(dense[Math.min(dense.length - 1, k + 1)], dense[Math.max(0, k - 1)])))
  const pos: number[] = []
  const tense: number[] = []
  const joints: number[] = []
  const weights: number[] = []
  for (let k = 0; k < dense.length; k++) {
    const { i, t } = owner[k]
    const s0 = sections[i]
    const s1 = sections[i + 1]
    const tt = t * t * (3 - 2 * t)
    const a = lerp(s0.a, s1.a, tt)
    const b = lerp(s0.b, s1.b, tt)
    const belly = lerp(s0.belly, s1.belly, tt)
    const wd = norm(add(scale(s0.widthDir, 1 - t), scale(s1.widthDir, t)))
    const T = tangents[k]
    let u = sub(wd, scale(T, dot(wd, T)))
    if (len(u) < 1e-6) u = norm(cross(T, [0, 0, 1]))
    u = norm(u)
    const v = cross(T, u)
    const jw = blendJoints(s0.joints, s1.joints, t)
    for (let r = 0; r < around; r++) {
      const phi = (2 * Math.PI * r) / around
      const ca = Math.cos(phi)
      const sa = Math.sin(phi)
      const off = add(scale(u, a * ca), scale(v, b * sa))
      const p = add(dense[k], off)
      pos.push(...p)
      const g = tenseGain * belly
      tense.push(off[0] * g, off[1] * g, off[2] * g)
      for (let q = 0; q < 4; q++) {
        joints.push(jw[q]?.[0] ?? 0)
        weights.push(jw[q]?.[1] ?? 0)
      }
    }
  }
  const rings = dense.length
  const idx: number[] = []
  for (let k = 0; k < rings - 1; k++)
    for (let r = 0; r < around; r++) {
      const a = k * around + r
      const b = k * around + ((r + 1) % around)
      const c = (k + 1) * around + ((r + 1) % around)
      const d = (k + 1) * around + r
      idx.push(a, d, c, a, c, b)
    }
  const addCap = (k: number, flip: boolean): void => {
    const centre = pos.length / 3
    pos.push(...dense[k])
    tense.push(0, 0, 0)
    for (let q = 0; q < 4; q++) {
      joints.push(joints[k * around * 4 + q])
      weights.push(weights[k * around * 4 + q])
    }
    for (let r = 0; r < around; r++) {
      const a = k * around + r
      const b = k * around + ((r + 1) % around)
      if (flip) idx.push(centre, a, b)
      else idx.push(centre, b, a)
    }
  }
  // the side walls run ring k's edges r+1 → r (triangle a, c, b) and ring k+1's edges r → r+1 (triangle a, d, c):
  // each cap runs its ring the other way, so every cap edge meets its wall edge in the opposite direction
  if (capStart) addCap(0, true)
  if (capEnd) addCap(rings - 1, false)
  const positions = new Float32Array(pos)
  const indices = new Uint32Array(idx)
  fixWinding(positions, indices, dense)
  return {
    geo: { positions, normals: faceNormals(positions, indices), indices },
    skin: { joints: new Uint16Array(joints), weights: new Float32Array(weights) },
    tense: new Float32Array(tense),
    centreline: dense,
  }
}

/** Make the side walls face away from the centreline (checks one triangle near the middle). */
function fixWinding(p: Float32Array, ix: Uint32Array, centre: Vec3[]): void {
  const t = Math.floor(ix.length / 6) * 3
  const a: Vec3 = [p[ix[t] * 3], p[ix[t] * 3 + 1], p[ix[t] * 3 + 2]]
  const b: Vec3 = [p[ix[t + 1] * 3], p[ix[t + 1] * 3 + 1], p[ix[t + 1] * 3 + 2]]
  const c: Vec3 = [p[ix[t + 2] * 3], p[ix[t + 2] * 3 + 1], p[ix[t + 2] * 3 + 2]]
  const n = cross(sub(b, a), sub(c, a))
  let best = centre[0]
  let bd = Infinity
  for (const q of centre) {
    const d = len(sub(q, a))
    if (d < bd) {
      bd = d
      best = q
    }
  }
  if (dot(n, sub(a, best)) < 0)
    for (let i = 0; i < ix.length; i += 3) {
      const tmp = ix[i + 1]
      ix[i + 1] = ix[i + 2]
      ix[i + 2] = tmp
    }
}

/** Mirror a loft result to the other side (x negated, winding flipped; joints remapped). */
export function mirrorLoft(l: LoftResult, jointMap: (j: number) => number): LoftResult {
  const positions = l.geo.positions.slice()
  const normals = l.geo.normals.slice()
  const tense = l.tense.slice()
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]
    normals[i] = -normals[i]
    tense[i] = -tense[i]
  }
  const indices = l.geo.indices.slice()
  for (let t = 0; t < indices.length; t += 3) {
    const tmp = indices[t + 1]
    indices[t + 1] = indices[t + 2]
    indices[t + 2] = tmp
  }
  const joints = l.skin.joints.map((j, i) => (l.skin.weights[i] > 0 ? jointMap(j) : 0))
  return {
    geo: { positions, normals, indices },
    skin: { joints: new Uint16Array(joints), weights: l.skin.weights.slice() },
    tense,
    centreline: l.centreline.map((p) => [-p[0], p[1], p[2]] as Vec3),
  }
}

/**
 * Facet (zygapophyseal) joint spaces. Each articular process is built in its own vertebra's frame, so at levels
 * whose chords lean differently (L4/L5, L5/S1: about 20°) the two processes' plates are not parallel and, with
 * the arch blends around them, pass into each other. Here each joint gets one plane, through the reference joint
 * centre (`facetJointCentresRestRight_m`), at the reference angle to the sagittal plane
 * (`discs.<joint>.facetAngleToSagittalDeg`), tilted halfway between the two bones' frames; near the joint the
 * upper bone (inferior articular process) keeps only what lies on the medial-posterior side of the plane beyond half
 * the gap, the lower bone (superior articular process) only what lies on the other side beyond half the gap. The
 * joint space is then `gapMm` wide, 1.5 mm (the plates' own spacing, vertebra.ts), inside the adult 1–2 mm [R].
 * The process tips are ended flat where they would otherwise run into the other bone: the superior process's under
 * the pedicle above (at L5/S1 the S1 process reaches up under L5's pedicle), the inferior process's over the lamina
 * below (at L4/L5 L4's process tip lay in L5's pars).
 * Right side (x < 0) in world millimetres; the bones are mirrored fields, so the left joints follow.
 */
import { LOWER_OF, REF, UPPER_OF } from './reference.ts'
import type { DiscKey, Level } from './reference.ts'
import type { Sdf } from './sdf.ts'
import { roundBox, smax } from './sdf.ts'
import type { Vec3 } from './vec.ts'
import { cross, deg, mm, norm, rotX } from './vec.ts'

export const FACET_JOINT_DEFAULTS = {
  /** joint space (mm): each side is cut back to half of it from the joint plane */
  gapMm: 1.5,
  /** half extents (mm) of the box around the joint centre where the plane cuts apply, across the plane and along it */
  regionHalfMm: [8, 9] as [number, number],
  /**
   * up extent (mm from the joint centre, in the plane) of the upper bone's cut: from below the inferior process's tip
   * to just above the superior process's tip; the vertebra lowers the top to stay under its pedicle (vertebra.ts)
   */
  upperUpMm: [-12, 10] as [number, number],
  /** the same for the lower bone's cut: from above the inferior process's tip (its end is cut instead) to above the superior one's */
  lowerUpMm: [-6, 12] as [number, number],
  /** the superior process's tip ends this much more (mm) under the pedicle above: its lower side is rounded, and tilted to the joint's frame by up to 9° (L5/S1) */
  tipMarginMm: 1,
  /** rounding of the cuts' edges (mm) */
  blendMm: 1,
}
export type FacetJointShape = typeof FACET_JOINT_DEFAULTS

/** Joint plane of a facet joint (right side, world mm): centre, normal from the superior toward the inferior articular process, in-plane up and along. */
export interface FacetJointFrame {
  c: Vec3
  n: Vec3
  up: Vec3
  t: Vec3
}

const lean = (l: Level | 'S1'): number => (l === 'S1' ? 0 : deg((REF.vertebrae[l] as { chordLeanDeg: number }).chordLeanDeg))

export function facetJointFrame(key: DiscKey): FacetJointFrame {
  const c = mm((REF.facetJointCentresRestRight_m as Record<string, number[]>)[key])
  const th = deg(REF.discs[key].facetAngleToSagittalDeg)
  // the processes' plates use this normal in their own bone's frame (vertebra.ts, sacrum.ts); the joint takes the mean
  const n0: Vec3 = [Math.cos(th), 0, -Math.sin(th)]
  const a = rotX(n0, lean(UPPER_OF[key]))
  const b = rotX(n0, lean(LOWER_OF[key]))
  const n = norm([a[0] + b[0], a[1] + b[1], a[2] + b[2]])
  const t = norm(cross(n, [0, 1, 0]))
  const up = cross(t, n)
  return { c, n, up, t }
}

/** Box in the joint frame: up from u0 to u1, ±half[0] across the plane, ±half[1] along it (rounded 2 mm). */
function jointBox(f: FacetJointFrame, u0: number, u1: number, half: [number, number]): Sdf {
  const mid = (u0 + u1) / 2
  const centre: Vec3 = [f.c[0] + f.up[0] * mid, f.c[1] + f.up[1] * mid, f.c[2] + f.up[2] * mid]
  return roundBox(centre, [f.n, f.up, f.t], [half[0], (u1 - u0) / 2, half[1]], 2)
}

/**
 * Cut for one bone at one facet joint, as a field to smax with the bone's field (world mm, right side):
 * `side` 'upper' = the vertebra above the joint (keeps the +n side), 'lower' = the bone below (keeps the −n side).
 * `pedicleUp`: how high (mm, along up) the upper vertebra's pedicle starts above the joint centre. The upper bone's
 * cut stops there; the lower bone (its superior process's tip) ends `gapMm` (+ `tipMarginMm`) under it, cut flat. `floorUp`: where the
 * inferior process ends (facetFloorMm); the upper bone is cut flat there, and under the process (`thicknessMm` thick)
 * the lower bone's plane cut reaches down to it.
 */
export function facetCut(key: DiscKey, side: 'upper' | 'lower', pedicleUp: number, floorUp: number, thicknessMm: number, shape: FacetJointShape = FACET_JOINT_DEFAULTS): Sdf {
  const f = facetJointFrame(key)
  const half = shape.gapMm / 2
  const [u0, u1] = side === 'upper' ? [shape.upperUpMm[0], Math.min(shape.upperUpMm[1], pedicleUp)] : shape.lowerUpMm
  const region = jointBox(f, u0, u1, shape.regionHalfMm)
  const under = side === 'lower' && Number.isFinite(floorUp) && floorUp - shape.gapMm < u0 ? jointBox(f, floorUp - shape.gapMm, u0 + 2, [half + thicknessMm, shape.regionHalfMm[1]]) : null
  const wide: [number, number] = [shape.regionHalfMm[0] + 2, shape.regionHalfMm[1]]
  const end = side === 'lower' ? jointBox(f, pedicleUp - shape.gapMm - shape.tipMarginMm, pedicleUp + 12, wide) : Number.isFinite(floorUp) ? jointBox(f, floorUp - 12, floorUp, wide) : null
  const sgn = side === 'upper' ? 1 : -1
  return (x, y, z) => {
    const s = ((x - f.c[0]) * f.n[0] + (y - f.c[1]) * f.n[1] + (z - f.c[2]) * f.n[2]) * sgn
    // removed: the wrong side of the plane (s < half) inside the box(es), and the box beyond the process's end;
    // returned: minus that set's field
    const box = under ? Math.min(region(x, y, z), under(x, y, z)) : region(x, y, z)
    const d = -smax(s - half, box, shape.blendMm)
    return end ? smax(d, -end(x, y, z), shape.blendMm) : d
  }
}

/**
 * Where the inferior articular process's tip must end (mm along up from the joint centre, negative: below it) so that
 * it keeps `gapMm` above the lower bone (`lower`: its field with its plane cuts): the highest point of the lower bone
 * under the process (across the plane from half the gap to the process's thickness, along it ±7 mm, sampled every
 * 0.25–0.5 mm), plus the gap. The tips of the lumbar inferior processes reach down to the lamina below; the
 * upper vertebra's cut ends them flat there (a flat end rather than one that follows the lamina: no slivers).
 */
export function facetFloorMm(key: DiscKey, lower: Sdf, thicknessMm: number, shape: FacetJointShape = FACET_JOINT_DEFAULTS): number {
  const f = facetJointFrame(key)
  const half = shape.gapMm / 2
  let top = -Infinity
  for (let u = -16; u <= 0; u += 0.25)
    for (let s = half + 0.5; s <= half + thicknessMm; s += 0.5)
      for (let t = -7; t <= 7; t += 0.5) {
        const p: Vec3 = [0, 1, 2].map((k) => f.c[k] + s * f.n[k] + u * f.up[k] + t * f.t[k]) as Vec3
        if (u > top && lower(p[0], p[1], p[2]) < 0) top = u
      }
  return top + shape.gapMm
}

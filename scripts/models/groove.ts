/**
 * The groove between two lofted muscles that are built overlapping (psoas and iliacus over the pelvic brim and in
 * front of the hip, where the femoral nerve runs between them): where one reaches into the other, each rim vertex is
 * pulled back along its spoke (ring centre → vertex) to the surface halfway through the overlap, where the signed
 * distances to the two original surfaces are equal (less half the gap). Both are cut against the same original
 * surfaces, so they end up touching along one shared surface instead of passing into each other; the `tense`
 * thickening shrinks with the spoke, as in clearRings.
 */
import type { LoftResult } from './loft.ts'
import type { Vec3 } from './vec.ts'
import { lerp3 } from './vec.ts'
import { windingNumber } from './winding.ts'

/** Closed triangle mesh with a signed distance (mm; negative inside): exact distance, sign by winding number. */
export class Surface {
  private readonly lo: Vec3
  private readonly hi: Vec3
  /** per triangle: bounding sphere centre and radius (skips far triangles in `distance`) */
  private readonly sphere: Float64Array
  constructor(
    private readonly p: Float32Array,
    private readonly ix: Uint32Array,
  ) {
    this.lo = [Infinity, Infinity, Infinity]
    this.hi = [-Infinity, -Infinity, -Infinity]
    for (let i = 0; i < p.length; i++) {
      const k = i % 3
      if (p[i] < this.lo[k]) this.lo[k] = p[i]
      if (p[i] > this.hi[k]) this.hi[k] = p[i]
    }
    this.sphere = new Float64Array((ix.length / 3) * 4)
    for (let t = 0; t < ix.length; t += 3) {
      const o = (t / 3) * 4
      for (let k = 0; k < 3; k++) this.sphere[o + k] = (p[ix[t] * 3 + k] + p[ix[t + 1] * 3 + k] + p[ix[t + 2] * 3 + k]) / 3
      let r = 0
      for (let e = 0; e < 3; e++) {
        const i = ix[t + e] * 3
        r = Math.max(r, Math.hypot(p[i] - this.sphere[o], p[i + 1] - this.sphere[o + 1], p[i + 2] - this.sphere[o + 2]))
      }
      this.sphere[o + 3] = r
    }
  }
  /** Outside the bounding box by more than `pad`? (then the point is far from this surface) */
  far(q: Vec3, pad: number): boolean {
    for (let k = 0; k < 3; k++) if (q[k] < this.lo[k] - pad || q[k] > this.hi[k] + pad) return true
    return false
  }
  inside(q: Vec3): boolean {
    return Math.abs(windingNumber(this.p, this.ix, q)) > 0.5
  }
  distance(q: Vec3): number {
    const P = this.p
    let best = Infinity
    const S = this.sphere
    for (let t = 0, o = 0; t < this.ix.length; t += 3, o += 4) {
      const dc = Math.hypot(q[0] - S[o], q[1] - S[o + 1], q[2] - S[o + 2]) - S[o + 3]
      if (dc > 0 && dc * dc >= best) continue
      const d = triDist2(q, P, this.ix[t] * 3, this.ix[t + 1] * 3, this.ix[t + 2] * 3)
      if (d < best) best = d
    }
    return Math.sqrt(best)
  }
}

/** Squared point–triangle distance (Ericson, Real-Time Collision Detection 5.1.5). */
function triDist2(p: Vec3, P: Float32Array, ia: number, ib: number, ic: number): number {
  const ax = P[ia]
  const ay = P[ia + 1]
  const az = P[ia + 2]
  const abx = P[ib] - ax
  const aby = P[ib + 1] - ay
  const abz = P[ib + 2] - az
  const acx = P[ic] - ax
  const acy = P[ic + 1] - ay
  const acz = P[ic + 2] - az
  const apx = p[0] - ax
  const apy = p[1] - ay
  const apz = p[2] - az
  const d1 = abx * apx + aby * apy + abz * apz
  const d2 = acx * apx + acy * apy + acz * apz
  const at = (u: number, v: number): number => {
    const x = apx - abx * u - acx * v
    const y = apy - aby * u - acy * v
    const z = apz - abz * u - acz * v
    return x * x + y * y + z * z
  }
  if (d1 <= 0 && d2 <= 0) return at(0, 0)
  const bpx = apx - abx
  const bpy = apy - aby
  const bpz = apz - abz
  const d3 = abx * bpx + aby * bpy + abz * bpz
  const d4 = acx * bpx + acy * bpy + acz * bpz
  if (d3 >= 0 && d4 <= d3) return at(1, 0)
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return at(d1 / (d1 - d3), 0)
  const cpx = apx - acx
  const cpy = apy - acy
  const cpz = apz - acz
  const d5 = abx * cpx + aby * cpy + abz * cpz
  const d6 = acx * cpx + acy * cpy + acz * cpz
  if (d6 >= 0 && d5 <= d6) return at(0, 1)
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return at(0, d2 / (d2 - d6))
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6))
    return at(1 - w, w)
  }
  const den = 1 / (va + vb + vc)
  return at(vb * den, vc * den)
}

/** Pull `l`'s ring vertices that reach past the shared surface back along their spokes (in place). */
function cut(l: LoftResult, around: number, own: Surface, other: Surface, gapMm: number, halfway: boolean): void {
  const P = l.geo.positions
  const rings = l.centreline.length
  // a point belongs to `l` when it lies deeper in (or closer to) its own original surface than in the other's:
  // signed own ≤ signed other − gap, where points on a spoke are inside their own loft (the winding number, the
  // costly part, only where the other's sign decides)
  const ours = (q: Vec3, onRim: boolean): boolean => {
    if (!halfway) return other.distance(q) >= gapMm && !other.inside(q)
    const dOwn = onRim ? 0 : own.distance(q)
    const dOther = other.distance(q)
    if (dOwn >= dOther + gapMm) return true
    if (dOther < gapMm - dOwn) return false
    return !other.inside(q)
  }
  for (let k = 0; k < rings; k++) {
    const c = l.centreline[k]
    for (let r = 0; r < around; r++) {
      const i = (k * around + r) * 3
      const v: Vec3 = [P[i], P[i + 1], P[i + 2]]
      if (other.far(v, gapMm + 1) || ours(v, true)) continue
      // keep at least a tenth of the spoke (the ring's core stays where it is)
      let lo = 0.1
      let hi = 1
      if (!ours(lerp3(c, v, lo), false)) hi = lo
      else
        for (let b = 0; b < 8; b++) {
          const m = (lo + hi) / 2
          if (ours(lerp3(c, v, m), false)) lo = m
          else hi = m
        }
      const t = lo
      const q = lerp3(c, v, t)
      P[i] = q[0]
      P[i + 1] = q[1]
      P[i + 2] = q[2]
      for (let j = 0; j < 3; j++) l.tense[i + j] *= t
    }
  }
}

/**
 * Cut the overlap of two lofts (mm, in place) along the surface halfway through it, leaving `gapMm` between them;
 * then `a`'s vertices that still lie in `b` (between `b`'s vertices, where `b`'s faces are wide) are pulled back
 * out of it. Only ring vertices move (cap centres and the centreline stay).
 */
export function groove(a: LoftResult, aAround: number, b: LoftResult, bAround: number, gapMm: number): void {
  const sa = new Surface(a.geo.positions.slice(), a.geo.indices)
  const sb = new Surface(b.geo.positions.slice(), b.geo.indices)
  cut(a, aAround, sa, sb, gapMm, true)
  cut(b, bAround, sb, sa, gapMm, true)
  cut(a, aAround, sa, new Surface(b.geo.positions.slice(), b.geo.indices), gapMm / 2, false)
}

/**
 * Generalised winding number of a point with respect to a triangle mesh (Jacobson et al. 2013): 1 inside a closed,
 * outward-wound mesh, 0 outside, fractional near holes. Used by the builders (groove.ts) and by the model card's
 * volume measurement (scripts/model-card/measure.ts), which is why it lives here, with the builders.
 */
export function windingNumber(pos: ArrayLike<number>, idx: ArrayLike<number>, p: ArrayLike<number>): number {
  let w = 0
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t] * 3
    const b = idx[t + 1] * 3
    const c = idx[t + 2] * 3
    const ax = pos[a] - p[0]
    const ay = pos[a + 1] - p[1]
    const az = pos[a + 2] - p[2]
    const bx = pos[b] - p[0]
    const by = pos[b + 1] - p[1]
    const bz = pos[b + 2] - p[2]
    const cx = pos[c] - p[0]
    const cy = pos[c + 1] - p[1]
    const cz = pos[c + 2] - p[2]
    const la = Math.hypot(ax, ay, az)
    const lb = Math.hypot(bx, by, bz)
    const lc = Math.hypot(cx, cy, cz)
    const det = ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)
    const den = la * lb * lc + (ax * bx + ay * by + az * bz) * lc + (bx * cx + by * cy + bz * cz) * la + (cx * ax + cy * ay + cz * az) * lb
    w += 2 * Math.atan2(det, den)
  }
  return w / (4 * Math.PI)
}

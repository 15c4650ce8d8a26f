/** Swept-ellipse field along a polyline lying in the sagittal plane (x = 0): used for the sacrum. */
import type { Sdf } from './sdf.ts'
import type { Vec3 } from './vec.ts'
import { arcParams, catmullRom } from './vec.ts'

/**
 * Cross-section at arc parameter t: half width along x (hw), half thickness along the dorsal normal (ht), and an
 * offset of the section centre along the dorsal normal (off).
 */
export type Profile = (t: number) => { hw: number; ht: number; off: number }

export function sweptEllipse(ctrl: Vec3[], profile: Profile, capStart: boolean): Sdf {
  const pts = catmullRom(ctrl, 8)
  const ts = arcParams(pts)
  const segs = pts.slice(1).map((b, i) => {
    const a = pts[i]
    const d: Vec3 = [0, b[1] - a[1], b[2] - a[2]]
    const L = Math.hypot(d[1], d[2])
    const tan: Vec3 = [0, d[1] / L, d[2] / L]
    // dorsal normal (posterior/up for a downward-backward axis)
    const nor: Vec3 = [0, -tan[2], tan[1]]
    return { a, L, tan, nor, t0: ts[i], t1: ts[i + 1] }
  })
  return (x, y, z) => {
    let best = Infinity
    let bl = 0
    let bs = segs[0]
    for (const s of segs) {
      let l = (y - s.a[1]) * s.tan[1] + (z - s.a[2]) * s.tan[2]
      l = l < 0 ? 0 : l > s.L ? s.L : l
      const qy = s.a[1] + s.tan[1] * l
      const qz = s.a[2] + s.tan[2] * l
      const d2 = (y - qy) ** 2 + (z - qz) ** 2
      if (d2 < best) {
        best = d2
        bl = l
        bs = s
      }
    }
    const t = bs.t0 + ((bs.t1 - bs.t0) * bl) / bs.L
    const pr = profile(t)
    const ry = y - (bs.a[1] + bs.tan[1] * bl)
    const rz = z - (bs.a[2] + bs.tan[2] * bl)
    const n = ry * bs.nor[1] + rz * bs.nor[2] - pr.off
    const along = ry * bs.tan[1] + rz * bs.tan[2]
    const px = x / pr.hw
    const pn = n / pr.ht
    const k0 = Math.sqrt(px * px + pn * pn)
    const k1 = Math.sqrt((px / pr.hw) ** 2 + (pn / pr.ht) ** 2)
    const de = k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(pr.hw, pr.ht)
    // beyond the ends of the polyline: add the along-axis overshoot
    const isEnd = (bs === segs[0] && bl === 0 && along < 0 && capStart) || (bs === segs[segs.length - 1] && bl === bs.L && along > 0)
    if (isEnd) return Math.sqrt(Math.max(de, 0) ** 2 + along * along)
    return de
  }
}

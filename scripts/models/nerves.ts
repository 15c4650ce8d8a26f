/**
 * Lumbar plexus nerves as tubes along splines: each root leaves its intervertebral foramen (reference), the roots
 * join inside the psoas, the trunk leaves the psoas at the reference exit point (border and level) and runs through
 * the reference waypoints to its target region, or to the femur's distal cut if the model stops first (the femoral
 * nerve's saphenous course to the medial knee ends where the thigh is cut). Skinned like the muscles.
 */
import type { Document, Material, Mesh } from '@gltf-transform/core'
import type { NerveKey } from '../../src/scene-state/ids.ts'
import { REF, landmarkMm } from './reference.ts'
import type { Vec3 } from './vec.ts'
import { add, lerp3, mm, scale, sub } from './vec.ts'
import type { LoftResult, Section } from './loft.ts'
import { loft, mergeLofts, mirrorLoft } from './loft.ts'
import { mirrorJoint, skinAt } from './skeleton.ts'
import type { Sdf } from './sdf.ts'
import { clearRings, hipFields, pushOutOfBone } from './bones.ts'
import { optimiseHipWeights } from './hipweights.ts'
import { faceNormals } from './mesher.ts'
import { femurCutRight } from './femur.ts'
import { addPrimitiveMesh } from './gltf.ts'

/** cutMarginMm: a nerve that reaches the femur's distal cut ends this far before the cut plane */
export const NERVE_DEFAULTS = { around: 6, stepMm: 10, rootFraction: 0.75, clearanceMm: 0.4, cutMarginMm: 2 }
export type NerveShape = typeof NERVE_DEFAULTS

type NerveRef = {
  roots: string[]
  rootForamina_m: Record<string, number[]>
  exitFromPsoas: { position_m: number[]; border: string; level: string }
  waypoints: Array<{ name: string; position_m: number[] }>
  diameterMm: number
}

export function nerveRef(key: NerveKey): NerveRef {
  return (REF.nerves as unknown as Record<string, NerveRef>)[key]
}

const X: Vec3 = [1, 0, 0]
const sec = (c: Vec3, r: number): Section => ({ c, a: r, b: r, widthDir: X, joints: skinAt(c), belly: 0 })

/**
 * A polyline cut where it first reaches `marginMm` before the femur's distal cut plane (right side, mm): the last
 * point is on that plane, later points are dropped. Unchanged if it never gets there.
 */
export function clipAtFemurCut(pts: Vec3[], marginMm: number = NERVE_DEFAULTS.cutMarginMm): Vec3[] {
  const { end, dir } = femurCutRight()
  const past = (p: Vec3): number => (p[0] - end[0]) * dir[0] + (p[1] - end[1]) * dir[1] + (p[2] - end[2]) * dir[2] + marginMm
  for (let i = 1; i < pts.length; i++) {
    const a = past(pts[i - 1])
    const b = past(pts[i])
    if (b <= 0) continue
    if (a > 0) return pts.slice(0, i)
    return [...pts.slice(0, i), lerp3(pts[i - 1], pts[i], a / (a - b))]
  }
  return pts
}

/** Control polylines (right side, mm): trunk plus roots (and branches), each ending at or before the femur's cut. */
export function nervePaths(key: NerveKey, cutMarginMm: number = NERVE_DEFAULTS.cutMarginMm): { trunk: Vec3[]; roots: Vec3[][]; branches: Vec3[][] } {
  const n = nerveRef(key)
  const exit = mm(n.exitFromPsoas.position_m)
  const foramina = n.roots.map((r) => mm(n.rootForamina_m[r]))
  const lowest = foramina.reduce((a, b) => (b[1] < a[1] ? b : a))
  // roots join inside the psoas, between the lowest foramen and the exit point
  const junction = lerp3(lowest, exit, 0.45)
  const roots = foramina.map((f) => {
    const inCanal: Vec3 = [f[0] + 3, f[1] + 1, f[2] - 2]
    return [inCanal, f, add(lerp3(f, junction, 0.5), [-2, 0, 2]), junction]
  })
  const wps = n.waypoints.map((w) => ({ name: w.name, p: mm(w.position_m) }))
  const branches: Vec3[][] = []
  let trunkWps = wps
  if (key === 'genitofemoral') {
    const div = wps.findIndex((w) => w.name.startsWith('division'))
    const genital = wps.filter((w) => w.name.startsWith('genital'))
    trunkWps = wps.filter((w) => !w.name.startsWith('genital'))
    branches.push([wps[div].p, ...genital.map((w) => w.p)])
  }
  const trunk = [junction, exit, ...trunkWps.map((w) => w.p)]
  const clip = (pts: Vec3[]): Vec3[] => clipAtFemurCut(pts, cutMarginMm)
  return { trunk: clip(trunk), roots: roots.map(clip), branches: branches.map(clip) }
}

export interface NerveParams {
  nerve: NerveKey
  side: 'left' | 'right'
  shape: NerveShape
  bones: Sdf | null
}

export function nerveGeometry(p: NerveParams): LoftResult {
  const n = nerveRef(p.nerve)
  const r = n.diameterMm / 2
  const rr = Math.max(1, r * p.shape.rootFraction)
  const { trunk, roots, branches } = nervePaths(p.nerve, p.shape.cutMarginMm)
  const flat = p.nerve === 'lumbosacralTrunk'
  const trunkSecs = trunk.map((c, i) => {
    const s = sec(c, i === 0 ? rr : r)
    if (flat) {
      s.a = r
      s.b = r * 0.5
    }
    return s
  })
  const parts: LoftResult[] = [loft(trunkSecs, p.shape.around, p.shape.stepMm, 0)]
  for (const root of roots) parts.push(loft(root.map((c) => sec(c, rr)), p.shape.around, p.shape.stepMm, 0))
  for (const b of branches) parts.push(loft(b.map((c) => sec(c, r * 0.8)), p.shape.around, p.shape.stepMm, 0))
  if (p.bones) {
    const h = hipFields()
    for (const part of parts) {
      // whole rings out of bone first (a tube's section does not flatten: core 1), then any vertex still in it
      clearRings(part, p.shape.around, p.bones, p.shape.clearanceMm, 1)
      pushOutOfBone(part.geo.positions, p.bones, p.shape.clearanceMm)
      part.geo.normals = faceNormals(part.geo.positions, part.geo.indices)
      optimiseHipWeights(part, p.shape.around, h.pelvis, h.femur, landmarkMm('hipCentreRight'))
    }
  }
  const l = mergeLofts(parts)
  return p.side === 'right' ? l : mirrorLoft(l, mirrorJoint)
}

export function createNerve(doc: Document, params: NerveParams & { material: Material; name: string }): Mesh {
  const g = nerveGeometry(params)
  return addPrimitiveMesh(doc, params.name, g.geo, params.material, g.skin)
}

export { scale, sub }

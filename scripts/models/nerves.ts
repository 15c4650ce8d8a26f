/**
 * Lumbar plexus nerves as tubes along splines, one closed surface per nerve (nervefield.ts): each root leaves its intervertebral foramen (reference), the roots
 * join inside the psoas, the trunk leaves the psoas at the reference exit point (border and level) and runs through
 * the reference waypoints to its target region, or to the femur's distal cut if the model stops first (the femoral
 * nerve's saphenous course to the medial knee ends where the thigh is cut). Skinned like the muscles.
 */
import type { Document, Material, Mesh } from '@gltf-transform/core'
import type { NerveKey } from '../../src/scene-state/ids.ts'
import { REF, landmarkMm } from './reference.ts'
import type { Vec3 } from './vec.ts'
import { add, catmullRomSegment, cross, len, lerp3, mm, norm, scale, sub } from './vec.ts'
import type { LoftResult } from './loft.ts'
import type { MeshData } from './mesher.ts'
import { mirrorLoft } from './loft.ts'
import { mirrorJoint } from './skeleton.ts'
import type { Sdf } from './sdf.ts'
import type { Surface } from './groove.ts'
import { hipFields } from './bones.ts'
import type { ControlPath } from './nervefield.ts'
import { clearPath, densify, meshNerve, optimiseHipWeightsAlongPath } from './nervefield.ts'
import { femurCutRight } from './femur.ts'
import { addPrimitiveMesh } from './gltf.ts'

/** cutMarginMm: a nerve that reaches the femur's distal cut ends this far before the cut plane */
/**
 * around / stepMm: the triangle budget, `triangleFraction` of a tube `around` vertices round with a ring every `stepMm`
 * (an irregular mesh compresses worse than a loft's rings: 0.8 keeps the glb's bytes);
 * voxelFraction: the field's grid step as a fraction of the nerve's thinnest half axis (roots 1 mm in radius and up); pathStepMm: the path's sampling; blendMm: smooth-minimum
 * radius where roots and branches meet the trunk
 */
export const NERVE_DEFAULTS = {
  around: 6,
  stepMm: 10,
  rootFraction: 0.75,
  clearanceMm: 0.4,
  cutMarginMm: 2,
  voxelFraction: 0.5,
  pathStepMm: 2,
  blendMm: 1.5,
  triangleFraction: 0.8,
  /**
   * [D] the genitofemoral from its exit down to its division lies on the psoas, and the femoral from its exit to the
   * inguinal ligament in the groove between psoas and iliacus: the nerve's surface this far (mm) off the muscles,
   * checked every `onMuscleStepMm` along its course (from the reference exits the genitofemoral ran 1–4 mm under the
   * psoas's surface for 60 mm, the femoral up to 7 mm deep in the iliacus for 30 mm: the reference's points lie on
   * thinner muscles)
   */
  onMuscleGapMm: 0.5,
  onMuscleStepMm: 6,
  /** the femoral's search for a place clear of both muscles: up to this far (mm) from its course, in its normal plane */
  grooveSearchMm: 30,
}
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
  /** the right psoas's front surface: its z (mm) over (x, y), null where the muscle is not; the genitofemoral lies on it */
  psoasFront?: ((x: number, y: number) => number | null) | null
  /** the right psoas and iliacus as built (mm); the femoral runs in the groove between them */
  groove?: { psoas: Surface; iliacus: Surface } | null
}

/** z (mm) of a closed mesh's frontmost surface over the point (x, y): its triangles projected on the x–y plane (mm). */
export function frontOf(mesh: MeshData): (x: number, y: number) => number | null {
  const P = mesh.positions
  const ix = mesh.indices
  return (x, y) => {
    let best: number | null = null
    for (let t = 0; t < ix.length; t += 3) {
      const a = ix[t] * 3
      const b = ix[t + 1] * 3
      const c = ix[t + 2] * 3
      const d = (P[b + 1] - P[c + 1]) * (P[a] - P[c]) + (P[c] - P[b]) * (P[a + 1] - P[c + 1])
      if (Math.abs(d) < 1e-12) continue
      const u = ((P[b + 1] - P[c + 1]) * (x - P[c]) + (P[c] - P[b]) * (y - P[c + 1])) / d
      const v = ((P[c + 1] - P[a + 1]) * (x - P[c]) + (P[a] - P[c]) * (y - P[c + 1])) / d
      if (u < 0 || v < 0 || u + v > 1) continue
      const z = u * P[a + 2] + v * P[b + 2] + (1 - u - v) * P[c + 2]
      if (best === null || z > best) best = z
    }
    return best
  }
}

/**
 * A trunk with its straight control segments from the exit (control point 1) to control point `last` resampled
 * every `shape.onMuscleStepMm`, each new point (and the exit, `atExit` true) passed through `move` with the
 * segment's direction. Sections follow (the trunk's).
 */
function resampleTrunk(c: ControlPath, last: number, shape: NerveShape, move: (p: Vec3, dir: Vec3, atExit: boolean) => Vec3, keepCurveAfter = false): ControlPath {
  const out: ControlPath = { pts: c.pts.slice(0, 1), a: c.a.slice(0, 1), b: c.b.slice(0, 1) }
  const push = (p: Vec3, i: number): void => {
    out.pts.push(p)
    out.a.push(c.a[i])
    out.b.push(c.b[i])
  }
  for (let i = 1; i < c.pts.length; i++) {
    if (i === 1 || i > last) {
      push(i === 1 ? move(c.pts[1], norm(sub(c.pts[2], c.pts[1])), true) : c.pts[i], i)
      continue
    }
    const a = c.pts[i - 1]
    const b = c.pts[i]
    const n = Math.max(1, Math.ceil(len(sub(b, a)) / shape.onMuscleStepMm))
    for (let k = 1; k <= n; k++) push(move(lerp3(a, b, k / n), norm(sub(b, a)), false), i)
    if (i === last && keepCurveAfter && last + 1 < c.pts.length) {
      // the original curve's points a third and two thirds along the next segment: the dense points just before
      // `last` would otherwise bend the curve beyond it (its tangent there comes from the point before)
      const curve = catmullRomSegment(c.pts, last, 3)
      push(curve[1], last + 1)
      push(curve[2], last + 1)
    }
  }
  return out
}

/**
 * The genitofemoral's trunk from its exit to its division laid on the psoas: each point moved forward (+z) to the
 * muscle's front surface plus the nerve's radius and `onMuscleGapMm` where it was behind that; the exit itself to
 * the surface (it pierces the muscle there).
 */
function laidOnPsoas(c: ControlPath, divisionIndex: number, front: (x: number, y: number) => number | null, r: number, shape: NerveShape): ControlPath {
  return resampleTrunk(c, divisionIndex, shape, (p, _dir, atExit) => {
    const off = atExit ? 0 : r + shape.onMuscleGapMm
    const f = front(p[0], p[1])
    return f !== null && p[2] < f + off ? [p[0], p[1], f + off] : p
  })
}

/**
 * The femoral's trunk from its exit at the psoas's lateral border to the inguinal ligament (control point `last`)
 * in the groove between psoas and iliacus: each point that lies in either muscle, or nearer to one than the
 * nerve's radius plus `onMuscleGapMm`, moved to the nearest place in the plane across its course that is clear of
 * both (searched on rings 0.5 mm apart, every 10°, out to `grooveSearchMm`). Where the muscles meet, that place is
 * the notch between them. The exit stays on the border. Beyond the ligament the curve stays as it was (its bend in
 * front of the hip keeps the nerve off the bone as the hip flexes).
 */
function inGroove(c: ControlPath, last: number, g: { psoas: Surface; iliacus: Surface }, r: number, shape: NerveShape): ControlPath {
  const need = r + shape.onMuscleGapMm
  const clearOf = (s: Surface, q: Vec3): boolean => s.far(q, need) || (s.distance(q) >= need && !s.inside(q))
  const clear = (q: Vec3): boolean => clearOf(g.psoas, q) && clearOf(g.iliacus, q)
  return resampleTrunk(c, last, shape, (p, dir, atExit) => {
    if (atExit || clear(p)) return p
    const u = norm(cross(dir, [0, 1, 0]))
    const v = cross(dir, u)
    for (let rho = 0.5; rho <= shape.grooveSearchMm; rho += 0.5)
      for (let deg10 = 0; deg10 < 36; deg10++) {
        const a = (deg10 * Math.PI) / 18
        const q = add(p, add(scale(u, rho * Math.cos(a)), scale(v, rho * Math.sin(a))))
        if (clear(q)) return q
      }
    throw new Error(`femoral: no place clear of psoas and iliacus within ${shape.grooveSearchMm} mm of ${p.map((x) => x.toFixed(0)).join(', ')}`)
  }, true)
}

const path = (pts: Vec3[], ra: number[], rb: number[]): ControlPath => ({ pts, a: ra, b: rb })

/** Control paths with their sections (right side, mm): trunk first, then roots, then branches. */
export function nerveControlPaths(key: NerveKey, shape: NerveShape = NERVE_DEFAULTS): ControlPath[] {
  const n = nerveRef(key)
  const r = n.diameterMm / 2
  const rr = Math.max(1, r * shape.rootFraction)
  const { trunk, roots, branches } = nervePaths(key, shape.cutMarginMm)
  // [D] the lumbosacral trunk is a flat band (half thickness half its half width) where it crosses the sacral ala
  const flat = key === 'lumbosacralTrunk' ? 0.5 : 1
  return [
    path(
      trunk,
      trunk.map((_, i) => (i === 0 ? rr : r)),
      trunk.map((_, i) => (i === 0 ? Math.min(rr, r * flat) : r * flat)),
    ),
    ...roots.map((p) => path(p, p.map(() => rr), p.map(() => rr))),
    ...branches.map((p) => path(p, p.map(() => r * 0.8), p.map(() => r * 0.8))),
  ]
}

/** The triangle count of tubes `around` vertices round, a ring every `stepMm` along each path (the mesh budget). */
export function tubeTriangles(paths: ControlPath[], around: number, stepMm: number): number {
  let tris = 0
  for (const p of paths) {
    let rings = 1
    for (let i = 1; i < p.pts.length; i++) rings += Math.max(2, Math.ceil(len(sub(p.pts[i], p.pts[i - 1])) / stepMm))
    tris += (rings - 1) * around * 2 + 2 * around
  }
  return tris
}

/**
 * One closed surface per nerve (nervefield.ts): the paths moved clear of bone, swept into one field (roots and
 * branches blended into the trunk), bone cut out with the clearance, meshed at `voxelMm` and simplified to the
 * triangle count the tubes had; skinned from the path, hip weights re-chosen to keep out of bone as the hip moves.
 */
export function nerveGeometry(p: NerveParams): LoftResult {
  const key = JSON.stringify([p.nerve, p.shape, p.bones !== null, p.psoasFront != null, p.groove != null])
  let right = rightCache.get(key)
  if (!right || right.bones !== p.bones || right.psoasFront !== (p.psoasFront ?? null) || right.groove !== (p.groove ?? null)) {
    right = { bones: p.bones, psoasFront: p.psoasFront ?? null, groove: p.groove ?? null, l: rightNerve(p) }
    rightCache.set(key, right)
  }
  return p.side === 'right' ? right.l : mirrorLoft(right.l, mirrorJoint)
}

/** Right-side results by nerve and shape: the left side is their mirror, not meshed again. */
const rightCache = new Map<string, { bones: Sdf | null; psoasFront: NerveParams['psoasFront'] | null; groove: NerveParams['groove'] | null; l: LoftResult }>()

function rightNerve(p: NerveParams): LoftResult {
  const ctrl = nerveControlPaths(p.nerve, p.shape)
  // the triangle budget of the nerve as its tubes along the control paths (before the points laid on the psoas)
  const budget = tubeTriangles(ctrl, p.shape.around, p.shape.stepMm)
  if (p.nerve === 'genitofemoral' && p.psoasFront) {
    // trunk: [junction, exit, …waypoints without the genital branch]; the division is where the genital branch starts
    const d0 = ctrl[ctrl.length - 1].pts[0]
    const division = ctrl[0].pts.findIndex((q) => len(sub(q, d0)) < 1e-6)
    if (division < 2) throw new Error('genitofemoral: no division point on the trunk')
    ctrl[0] = laidOnPsoas(ctrl[0], division, p.psoasFront, nerveRef(p.nerve).diameterMm / 2, p.shape)
  }
  if (p.nerve === 'femoral' && p.groove) {
    // trunk: [junction, exit, groove, under the inguinal ligament, …]
    const inguinal = nerveRef('femoral').waypoints.findIndex((w) => w.name.startsWith('underInguinalLigament')) + 2
    if (inguinal < 3) throw new Error('femoral: no inguinal-ligament waypoint')
    ctrl[0] = inGroove(ctrl[0], inguinal, p.groove, nerveRef(p.nerve).diameterMm / 2, p.shape)
  }
  const dense = ctrl.map((c) => densify(c, p.shape.pathStepMm))
  const voxelMm = p.shape.voxelFraction * Math.min(...ctrl.flatMap((c) => [...c.a, ...c.b]))
  // [D] the narrowest a nerve gets where bone leaves no room, and its core that bone never cuts: 1.5 voxels
  const coreMm = 1.5 * voxelMm
  if (p.bones) for (const d of dense) clearPath(d, p.bones, p.shape.clearanceMm, coreMm)
  const { geo, skin, path, param } = meshNerve(dense, p.bones, {
    coreMm,
    voxelMm,
    maxTriangles: Math.round(p.shape.triangleFraction * budget),
    clearanceMm: p.shape.clearanceMm,
    blendMm: p.shape.blendMm,
  })
  if (p.bones) {
    const h = hipFields()
    // [D] stretches of 3 path points (6 mm) share a hip weight change
    optimiseHipWeightsAlongPath(geo.positions, skin, path, param, dense, 3, h.pelvis, h.femur, landmarkMm('hipCentreRight'), coreMm)
  }
  return { geo, skin, tense: new Float32Array(geo.positions.length), centreline: dense[0].pts }
}

export function createNerve(doc: Document, params: NerveParams & { material: Material; name: string }): Mesh {
  const g = nerveGeometry(params)
  return addPrimitiveMesh(doc, params.name, g.geo, params.material, g.skin)
}

export { scale, sub }

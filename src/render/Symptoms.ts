/**
 * Geometry of the symptom patches (drawn by SymptomPatches.tsx). Where symptoms could be felt, on
 * the groin and thigh in 3D (issue 5: "on a body map and on the thigh where visible"). The body map's front-view regions that lie on the groin and thigh
 * (anatomy-reference.json `bodyMap`) are wrapped onto a thin virtual skin surface around the upper
 * thigh and lower abdomen and drawn as translucent hatched patches with a solid rim (a pattern, not
 * colour alone); opacity grows with the compression of the nerves that supply the region (the same
 * rule as scene-state's `deriveSymptoms`: a region shows when any of its nerves is > 0 on that side).
 *
 * All patches of both sides are ONE skinned mesh (one draw call) bound to pelvisJoint and the two
 * hips, so they follow the pose. The geometry depends only on the reference data: it is built once
 * and shared by every viewer (never disposed); each viewer owns its material and skeleton. Per frame
 * only a uniform array of intensities is written (no allocation, no buffer upload).
 */
import { BufferAttribute, BufferGeometry, Float32BufferAttribute, ShapeUtils, Uint16BufferAttribute, Vector2 } from 'three'
import * as ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import { BODY_REGIONS, type BodyRegion } from '../scene-state/biomechanics.ts'
import { SIDES, type BodySide, type NerveKey } from '../scene-state/ids.ts'

type V3 = [number, number, number]
const LM = ref.landmarks as unknown as Record<string, { position_m: V3 }>
const LEVELS = ref.bodyMap.outlineKeyLevels_y
const HALF = ref.bodyMap.outlineHalfWidths
const KNEE = ref.femur.kneeCentre_m.position_m as unknown as V3
const ASIS = LM.asisRight.position_m
const HIP = LM.hipCentreRight.position_m
const PUBIS = LM.pubicSymphysisTop.position_m

/**
 * Body-map units → metres: the map's ASIS level and knee level are the ASIS landmark and the knee
 * centre of the reference (≈ 1.74 m for the whole map height, consistent with the model's size).
 */
export const BODY_MAP_SCALE_M = (ASIS[1] - KNEE[1]) / (LEVELS.knee - LEVELS.asis)

/** Skin in front of the ASIS / pubic symphysis (m): a small rendering offset so the patch lies over the bone, not in it. */
const SKIN_OVER_BONE_M = 0.015
/** Patch mesh resolution (m): triangles are subdivided to about this edge length so they follow the curved thigh. */
const STEP_M = 0.01
/** Width of the solid rim of a patch (m) and the period of its diagonal hatching (m): drawing parameters, not anatomy. */
export const RIM_M = 0.0035
export const HATCH_PERIOD_M = 0.01

/**
 * Body-map regions drawn in 3D: the front-view regions between the ASIS level and the knee (groin,
 * lower abdomen and thigh), except the genital region, which lies between the thighs and has no
 * surface in this model (it is shown on the body map).
 */
export const SYMPTOM_REGIONS_3D: readonly BodyRegion[] = BODY_REGIONS.filter(
  (r) => r.view === 'front' && r.id !== 'genital' && r.nerves.length > 0 && r.polygonRight.every(([, y]) => y >= LEVELS.asis && y <= LEVELS.knee),
)

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v)
const smooth = (e0: number, e1: number, v: number) => {
  const t = clamp((v - e0) / (e1 - e0), 0, 1)
  return t * t * (3 - 2 * t)
}
const lerp = (a: number, b: number, t: number) => a + (b - a) * t

/**
 * A body-map point (patient's right; x, y in map units) on the virtual skin, rest frame (metres), and
 * how much it belongs to the thigh (0 = trunk/pelvis, 1 = thigh). The thigh is an upright circular
 * tube whose width is the map's outline at that level (upper thigh at the crotch narrowing to the
 * knee) around the femur's hip-to-knee line; above the groin a plane just in front of ASIS and pubis,
 * as wide as the pelvis at the ASIS, blended into the tube between the ASIS level and the crotch.
 */
export function bodyMapToSkin(xm: number, ym: number, out: [number, number, number] = [0, 0, 0]): { point: [number, number, number]; thigh: number } {
  const s = BODY_MAP_SCALE_M
  const y = ASIS[1] - (ym - LEVELS.asis) * s
  const t = clamp((ym - LEVELS.crotch) / (LEVELS.knee - LEVELS.crotch), 0, 1)
  // thigh edges in map units (right side: outer edge at smaller x); at the crotch the thighs meet at the midline
  const outer = 0.5 - lerp(HALF.upperThighOuter, HALF.kneeOuter, t)
  const inner = 0.5 - lerp(0, HALF.kneeInner, t)
  const c = (outer + inner) / 2
  const hw = (inner - outer) / 2
  const u = clamp((xm - c) / hw, -1, 1)
  const axisZ = lerp(HIP[2], KNEE[2], clamp((HIP[1] - y) / (HIP[1] - KNEE[1]), 0, 1))
  const zThigh = axisZ + hw * s * Math.sqrt(1 - u * u)
  const zPlane = Math.max(ASIS[2], PUBIS[2]) + SKIN_OVER_BONE_M
  const w = smooth(LEVELS.asis, LEVELS.crotch, ym)
  const xOnThigh = (c + u * hw - 0.5) * s
  // above the groin the map's outline (skin over the hips) is fitted to the bony pelvis: the hips'
  // half-width lands on the ASIS, so the groin strip follows the inguinal ligament (ASIS → pubis)
  const xOnTrunk = ((xm - 0.5) / HALF.hips) * Math.abs(ASIS[0])
  out[0] = lerp(xOnTrunk, xOnThigh, w)
  out[1] = y
  // above the crotch the skin does not lie behind the front plane (the tube's inner side there is
  // the other thigh); below it that floor recedes at 1 m per m so the inner thigh comes into view
  const floor = zPlane - Math.max(0, ym - LEVELS.crotch) * s
  out[2] = lerp(zPlane, Math.max(floor, zThigh), w)
  return { point: out, thigh: w }
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax
  const dy = by - ay
  const l2 = dx * dx + dy * dy
  const t = l2 > 0 ? clamp(((px - ax) * dx + (py - ay) * dy) / l2, 0, 1) : 0
  return Math.hypot(px - ax - t * dx, py - ay - t * dy)
}

/** One patch per (region, side), in this order in the mesh and in the intensity array. */
export interface SymptomPatch {
  region: string
  side: BodySide
  nerves: readonly NerveKey[]
}
export const SYMPTOM_PATCHES: readonly SymptomPatch[] = SIDES.flatMap((side) =>
  SYMPTOM_REGIONS_3D.map((r) => ({ region: r.id, side, nerves: r.nerves })),
)

let sharedGeometry: BufferGeometry | null = null
/**
 * The patches' geometry (rest frame, metres), shared by every viewer and never disposed. Attributes:
 * skinIndex/skinWeight (0 = pelvisJoint, 1 = hipLeft, 2 = hipRight), `aPatch` (index into
 * SYMPTOM_PATCHES), `aRim` (distance to the region's border, m).
 */
export function symptomPatchGeometry(): BufferGeometry {
  if (sharedGeometry) return sharedGeometry
  const pos: number[] = []
  const skinIndex: number[] = []
  const skinWeight: number[] = []
  const patch: number[] = []
  const rim: number[] = []
  const index: number[] = []
  const p: [number, number, number] = [0, 0, 0]
  SYMPTOM_PATCHES.forEach((sp, pi) => {
    const region = SYMPTOM_REGIONS_3D.find((r) => r.id === sp.region)!
    const poly = region.polygonRight
    const mirror = sp.side === 'left' ? -1 : 1
    const hipIndex = sp.side === 'left' ? 1 : 2
    const vertex = (xm: number, ym: number) => {
      const { thigh } = bodyMapToSkin(xm, ym, p)
      pos.push(p[0] * mirror, p[1], p[2])
      skinIndex.push(0, hipIndex, 0, 0)
      skinWeight.push(1 - thigh, thigh, 0, 0)
      patch.push(pi)
      let d = Infinity
      for (let i = 0; i < poly.length; i++) {
        const a = poly[i]
        const b = poly[(i + 1) % poly.length]
        d = Math.min(d, distToSegment(xm, ym, a[0], a[1], b[0], b[1]))
      }
      rim.push(d * BODY_MAP_SCALE_M)
    }
    const contour = poly.map(([x, y]) => new Vector2(x, y))
    for (const [ia, ib, ic] of ShapeUtils.triangulateShape(contour, [])) {
      const A = contour[ia]
      const B = contour[ib]
      const C = contour[ic]
      const edge = Math.max(A.distanceTo(B), B.distanceTo(C), C.distanceTo(A)) * BODY_MAP_SCALE_M
      const n = Math.max(1, Math.ceil(edge / STEP_M))
      // barycentric subdivision into n² triangles over a shared (n+1)(n+2)/2 vertex grid
      const base = pos.length / 3
      const row = (i: number) => base + (i * (2 * n + 3 - i)) / 2
      for (let i = 0; i <= n; i++)
        for (let j = 0; j <= n - i; j++) {
          const a = 1 - (i + j) / n
          vertex(A.x * a + (B.x * i) / n + (C.x * j) / n, A.y * a + (B.y * i) / n + (C.y * j) / n)
        }
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n - i; j++) {
          const v0 = row(i) + j
          const v1 = row(i + 1) + j
          index.push(v0, v1, v0 + 1)
          if (j < n - i - 1) index.push(v1, v1 + 1, v0 + 1)
        }
    }
  })
  const g = new BufferGeometry()
  g.setAttribute('position', new Float32BufferAttribute(pos, 3))
  g.setAttribute('skinIndex', new Uint16BufferAttribute(skinIndex, 4))
  g.setAttribute('skinWeight', new Float32BufferAttribute(skinWeight, 4))
  g.setAttribute('aPatch', new BufferAttribute(new Float32Array(patch), 1))
  g.setAttribute('aRim', new BufferAttribute(new Float32Array(rim), 1))
  g.setIndex(index)
  g.computeVertexNormals()
  g.computeBoundingSphere()
  sharedGeometry = g
  return g
}

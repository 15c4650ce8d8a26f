/**
 * Pelvis (both hip bones in one mesh): iliac wing with concave iliac fossa bounded by the reference iliac crest
 * (ASIS → PSIS), arcuate line, acetabulum (cup at the hip centre, opening per the reference), superior pubic ramus
 * to the pubic body and symphysis, obturator ring around the obturator foramen, ischium with tuberosity, SI pad.
 * The right hip bone is meshed once; the left is its mirror (exact symmetry).
 */
import type { Document, Material, Mesh } from '@gltf-transform/core'
import { REF, landmarkMm } from './reference.ts'
import type { Box3, Sdf } from './sdf.ts'
import { AXES, bounded, boxOf, capsule, capsuleChain, ellipsoid, mirrored, smax, smin, sphere, triSurfacePlate } from './sdf.ts'
import type { Vec3 } from './vec.ts'
import { add, catmullRom, cross, lerp3, mm, norm, scale, sub } from './vec.ts'
import type { MeshData } from './mesher.ts'
import { meshField, mergeMeshes, mirrorMesh } from './mesher.ts'
import { sacrumBox, sacrumSdf } from './sacrum.ts'
import { addPrimitiveMesh } from './gltf.ts'

export const PELVIS_DEFAULTS = {
  voxelMm: 1.0,
  maxTrianglesPerSide: 4000,
  /** wing plate half thickness (mm) */
  plateHalf: 2.6,
  /** lateral bulge of the wing's middle (makes the iliac fossa concave medially), mm */
  fossaBulge: 11,
  /**
   * Lower border of the wing (ASIS side → PSIS side), right side, metres [R shape choice]: AIIS, acetabular roof,
   * greater sciatic notch top, posterior inferior iliac spine. Same count as the crest points.
   */
  wingLowerRight_m: [
    [-0.1, -0.04, -0.012],
    [-0.094, -0.046, -0.035],
    [-0.084, -0.05, -0.06],
    [-0.07, -0.045, -0.085],
    [-0.058, -0.033, -0.108],
    [-0.05, -0.02, -0.13],
    [-0.046, -0.012, -0.148],
  ],
  ischialTuberosityRight_m: [-0.058, -0.138, -0.078],
  /**
   * [R] ischial spine tip, right: on the ischium's posterior border between the greater and lesser sciatic notches,
   * about 15 mm below, 40 mm behind and 28 mm medial of the hip centre (interspinous diameter about 10 cm; not in
   * the reference, which has no ischial spine). The spine's base is on the ischium, `ischialSpineBaseMm` toward the
   * hip centre from the tip
   */
  ischialSpineRight_m: [-0.049, -0.094, -0.097],
  ischialSpineBaseMm: 20,
  /**
   * [R] iliac tubercle: a knob on the crest's outer lip at the reference `iliacTubercle` point (about 5 cm behind
   * the ASIS), standing this far (mm) out of the crest's rim, laterally; the rim there is as thick as either side
   */
  iliacTubercleMm: 5,
  pubicBodyHalfMm: [9.5, 18, 7] as Vec3,
  acetabulumWallMm: 8,
  /**
   * the cup's rim plane, this far (mm) out from the hip centre along the opening normal: -3 gives a lateral
   * centre-edge angle of 39° (normal adult 25-40°; it was 51.5° with +3, and the femoral neck of the flexed hip met
   * the anterior-superior rim in the Thomas test)
   */
  rimMm: -3,
  /**
   * the anterior ilium fill (arcuate line → acetabular roof point of the wing's lower border) ends this much higher
   * (mm) and thinner (end radius, mm) than that point: at 0 and 7 mm it bulged over the anterior-superior rim, where
   * the femoral neck of the flexed hip meets it
   */
  anteriorFillLiftMm: 5,
  anteriorFillEndRadiusMm: 5,
  /** half thickness (mm) of the ilium body between the pelvic brim and the acetabular roof */
  iliumBodyHalfMm: 4,
  /** acetabular fossa: half angle of the recessed floor seen from the hip centre (deg) and its depth behind the articular surface (mm) [R] */
  acetabularFossaHalfAngleDeg: 32,
  acetabularFossaDepthMm: 4,
  /** half width of the acetabular notch in the inferior rim (mm) [R] */
  acetabularNotchHalfWidthMm: 7,
  /** the pubic rami's width / thickness across the obturator plane */
  ramusFlatten: 1.6,
  /**
   * sacroiliac joint space: within `siRegionMm` of the reference joint line (superior → inferior end) the hip bone
   * stops this far short of the sacrum, which keeps its own surface there
   */
  siGapMm: 1,
  siRegionMm: 30,
  /** blend of that cut (mm); a sharp cut left thin slivers whose mesh had non-manifold edges */
  siBlendMm: 1.5,
}
export type PelvisShape = typeof PELVIS_DEFAULTS

export function hipBoneRightSdf(shape: PelvisShape = PELVIS_DEFAULTS): Sdf {
  const P = REF.pelvis
  const crest = P.iliacCrestRight_m.points.map((p) => mm(p))
  const lower = shape.wingLowerRight_m.map((p) => mm(p))
  // smooth the wing: Catmull-Rom along the crest and the lower border (3 samples per span)
  const crestS = catmullRom(crest, 3)
  const lowerS = catmullRom(lower, 3)
  const rows = 6
  const grid: Vec3[][] = []
  for (let r = 0; r <= rows; r++) {
    const v = r / rows
    grid.push(
      crestS.map((c, i) => {
        const l = lowerS[i]
        const m = lerp3(c, l, v)
        const u = i / (crestS.length - 1)
        const bulge = shape.fossaBulge * Math.sin(Math.PI * v) * (0.35 + 0.65 * Math.sin(Math.PI * Math.min(1, u * 1.1)))
        return [m[0] - bulge, m[1], m[2]] as Vec3
      }),
    )
  }
  const tris: Array<[Vec3, Vec3, Vec3]> = []
  for (let r = 0; r < rows; r++)
    for (let i = 0; i < crestS.length - 1; i++) {
      tris.push([grid[r][i], grid[r][i + 1], grid[r + 1][i + 1]])
      tris.push([grid[r][i], grid[r + 1][i + 1], grid[r + 1][i]])
    }
  const plate = bounded(triSurfacePlate(tris, shape.plateHalf), boxOf(grid.flat(), 0), 6)
  const crestRim = capsuleChain(crest, [6.5, 5.2, 5.3, 5.4, 5, 5.2, 6])
  const asis = sphere(add(crest[0], [1, -1, -3]), 6.5)
  // iliac tubercle: on the outer lip (lateral, perpendicular to the crest in the horizontal plane), a little below its top
  const crestT = norm(sub(crest[3], crest[1]))
  const crestTH = norm([crestT[0], 0, crestT[2]])
  const outward = norm(cross([0, 1, 0], crestTH))
  const lateral: Vec3 = outward[0] < 0 ? outward : scale(outward, -1)
  const tubercle = ellipsoid(add(crest[2], add(scale(lateral, shape.iliacTubercleMm), [0, -3, 0])), [crestTH, [0, 1, 0], lateral], [12, 7.5, 5.5])
  const arc = P.arcuateLineRight_m.points.map((p) => mm(p))
  // arcuate ridge from the SI joint margin to the iliopubic eminence (skip the sacral part), set behind its line
  const arcRidge = capsuleChain(arc.slice(2, 6).map((p) => add(p, [-3, -2, -3])), [7, 7.5, 7.5, 7.5])
  // ilium body below the pelvic brim: a thick plate from the arcuate ridge down to the wing's lower border, so the
  // brim, the ilium and the acetabular roof are one solid (capsules alone left windows between the brim and the wing:
  // 4 tunnels through each hip bone instead of the one obturator foramen)
  const brimLine = arc.slice(2, 6).map((p) => add(p, [-4, -5, -6]))
  const roofLine = [lower[4], lower[3], lower[2], add(lower[1], [0, shape.anteriorFillLiftMm, 0])]
  const fillTris: Array<[Vec3, Vec3, Vec3]> = []
  for (let i = 0; i < brimLine.length - 1; i++) {
    fillTris.push([brimLine[i], brimLine[i + 1], roofLine[i + 1]])
    fillTris.push([brimLine[i], roofLine[i + 1], roofLine[i]])
  }
  const iliumBody = bounded(triSurfacePlate(fillTris, shape.iliumBodyHalfMm), boxOf([...brimLine, ...roofLine], 0), 8)
  const body = [
    capsule(add(arc[3], [-3, -2, -3]), lower[3], 8, 7),
    capsule(add(arc[4], [-3, -2, -3]), lower[2], 8, 7),
    capsule(add(arc[2], [-3, -2, -3]), lower[4], 8, 7),
    capsule(add(arc[5], [-3, -4, -4]), add(lower[1], [0, shape.anteriorFillLiftMm, 0]), 8, shape.anteriorFillEndRadiusMm),
  ]
  // acetabulum: thick cup open along the reference opening normal
  const H = mm(P.acetabulumRight.centre_m)
  const rA = P.acetabulumRight.radiusMm
  const nA = norm(P.acetabulumRight.openingNormal as Vec3)
  const cupOuter = sphere(H, rA + shape.acetabulumWallMm)
  const cupInner = sphere(H, rA + 0.5)
  const cupCut = (x: number, y: number, z: number): number => (x - H[0]) * nA[0] + (y - H[1]) * nA[1] + (z - H[2]) * nA[2] - shape.rimMm
  const cup: Sdf = (x, y, z) => smax(smax(cupOuter(x, y, z), cupCut(x, y, z), 3), -cupInner(x, y, z), 1.5)
  // acetabular fossa and notch: the floor of the cup is recessed (non-articular fossa) below and in front of its
  // centre, and the recess opens through the inferior rim (the notch), so the articular (lunate) surface is a horseshoe
  const down = norm(sub([0, -1, 0], scale(nA, -nA[1]))) // inferior direction in the rim plane
  const fossaAxis = norm(add(scale(down, 0.45), scale(nA, -0.6)))
  const fossaHalfAngle = (shape.acetabularFossaHalfAngleDeg * Math.PI) / 180
  const fossa: Sdf = (x, y, z) => {
    const q: Vec3 = [x - H[0], y - H[1], z - H[2]]
    const len = Math.hypot(q[0], q[1], q[2]) || 1e-9
    const ang = Math.acos(Math.max(-1, Math.min(1, (q[0] * fossaAxis[0] + q[1] * fossaAxis[1] + q[2] * fossaAxis[2]) / len)))
    return len * Math.sin(Math.max(-Math.PI / 2, Math.min(Math.PI / 2, ang - fossaHalfAngle)))
  }
  const fossaFloor = sphere(H, rA + shape.acetabularFossaDepthMm)
  const notch = capsule(add(H, scale(down, rA * 0.5)), add(add(H, scale(down, rA + shape.acetabulumWallMm + 4)), scale(nA, 4)), shape.acetabularNotchHalfWidthMm)
  const recess: Sdf = (x, y, z) => smin(smax(fossa(x, y, z), fossaFloor(x, y, z), 1.5), notch(x, y, z), 2)
  // superior pubic ramus along the pecten to the pubic body
  const ramusPts: Vec3[] = [add(H, [10, 8, 14]), add(arc[5], [-1, -6, -6]), add(arc[6], [0, -7, -5]), add(arc[7], [0, -8, -6])]
  const ramus = capsuleChain(ramusPts, [10, 8.5, 7.5, 8])
  const sym = landmarkMm('pubicSymphysisTop')
  const pbh = shape.pubicBodyHalfMm
  const pubicC: Vec3 = [sym[0] - 2.5 - pbh[0], sym[1] - pbh[1] + 1, sym[2] - pbh[2] - 2]
  const pubicBody = ellipsoid(pubicC, [[1, 0, 0], norm([0, 1, 0.25]), norm(cross([1, 0, 0], norm([0, 1, 0.25])))], [pbh[0] + 1, pbh[1] + 2, pbh[2] + 1.5])
  // obturator ring (foramen = hole), per the reference centre, size, tilt and plane normal
  const O = P.obturatorForamenRight
  const oc = mm(O.centre_m)
  const on = norm(O.planeNormal as Vec3)
  const hIn = norm(cross([0, 1, 0], on)) // in-plane horizontal, medial-anterior on the right
  const tilt = (30 * Math.PI) / 180
  const axA = norm(add(scale([0, 1, 0], Math.cos(tilt)), scale(hIn, -Math.sin(tilt))))
  const axB = norm(cross(on, axA))
  // the foramen is bounded by the rami, the pubic body, the ischium and the acetabulum alone (a ring of bone around
  // it and a plate behind the ring, parallel to the rami, left slits between them: 2 more tunnels)
  const foramen = ellipsoid(oc, [axA, axB, on], [O.heightMm / 2, O.widthMm / 2, 20])
  // ischium: from the acetabulum's posterior-inferior wall to the tuberosity, and the posterior column up to the SI
  const it = mm(shape.ischialTuberosityRight_m)
  const ischium = capsuleChain([add(H, [8, -20, -18]), add(it, [0, 8, 0]), it], [13, 11, 10])
  // ischial spine: a pointed process from the ischium's posterior border, posteromedially
  const spineTip = mm(shape.ischialSpineRight_m)
  const spineBase = add(spineTip, scale(norm(sub(H, spineTip)), shape.ischialSpineBaseMm))
  const ischialSpine = capsule(spineBase, spineTip, 6, 2)
  const si = REF.sacrum.sacroiliacJointRight
  const siC = mm(si.centre_m)
  const column = capsuleChain([lower[5], add(siC, [-8, -10, -4]), add(H, [12, 6, -24])], [8, 11, 12])
  const siPad = ellipsoid(add(siC, [-9, 2, -6]), [norm([1, 0, 0.15]), norm(sub(mm(si.superiorEnd_m), mm(si.inferiorEnd_m))), norm(cross([1, 0, 0.15], sub(mm(si.superiorEnd_m), mm(si.inferiorEnd_m))))], [7, 30, 14])
  // ischiopubic ramus: from the bottom of the pubic body along the foramen's lower border to the tuberosity
  const ramusInfPts: Vec3[] = [add(pubicC, [-2, -pbh[1] + 4, -2]), add(oc, scale(axA, -(O.heightMm / 2 + 5))), add(it, [6, 4, 8])]
  const ramusInf = capsuleChain(ramusInfPts, [7.5, 7, 8.5])
  // the rami are flat bars, not round rods: both fields squashed across the obturator plane (thickness 1/rami.flatten of
  // their width; a squashed field is still a bound on the distance, which is all the mesher needs)
  // (about a plane through the ramus's own middle, so it thins without moving)
  const flat = (f: Sdf, pts: Vec3[]): Sdf => {
    const c = scale(pts.reduce((a, b) => add(a, b)), 1 / pts.length)
    return (x, y, z) => {
      const t = ((x - c[0]) * on[0] + (y - c[1]) * on[1] + (z - c[2]) * on[2]) * (shape.ramusFlatten - 1)
      return f(x + on[0] * t, y + on[1] * t, z + on[2] * t)
    }
  }
  const ramusF = flat(ramus, ramusPts)
  const ramusInfF = flat(ramusInf, ramusInfPts)
  // the hip bone overlapped the sacral ala at the upper end of the joint (bone inside bone 1.1 cm³): near the
  // joint the hip bone ends where the sacrum's field is `siGapMm`; nothing changes further than siGapMm + siBlendMm
  // from the sacrum
  const sacrum = bounded(sacrumSdf(), sacrumBox(), 3)
  const siRegion = capsule(mm(si.superiorEnd_m), mm(si.inferiorEnd_m), shape.siRegionMm)
  void AXES
  return (x, y, z) => {
    let d = plate(x, y, z)
    d = smin(d, crestRim(x, y, z), 5)
    d = smin(d, tubercle(x, y, z), 4)
    d = smin(d, asis(x, y, z), 4)
    d = smin(d, arcRidge(x, y, z), 6)
    for (const b of body) d = smin(d, b(x, y, z), 6)
    d = smin(d, column(x, y, z), 8)
    d = smin(d, siPad(x, y, z), 6)
    d = smin(d, ischium(x, y, z), 8)
    d = smin(d, ischialSpine(x, y, z), 4)
    d = smin(d, ramusF(x, y, z), 6)
    d = smin(d, pubicBody(x, y, z), 6)
    d = smin(d, ramusInfF(x, y, z), 5)
    d = smin(d, iliumBody(x, y, z), 4)
    d = smax(d, -foramen(x, y, z), 2)
    d = smin(d, cup(x, y, z), 6)
    d = smax(d, -cupInner(x, y, z), 1)
    d = smax(d, -recess(x, y, z), 1.5)
    if (siRegion(x, y, z) < 0) d = smax(d, shape.siGapMm - sacrum(x, y, z), shape.siBlendMm)
    return d
  }
}

export function pelvisSdf(shape: PelvisShape = PELVIS_DEFAULTS): Sdf {
  return mirrored(hipBoneRightSdf(shape))
}

export function hipBoneRightBox(): Box3 {
  return { min: [-158, -160, -180], max: [-1.0, 75, 22] }
}

export async function pelvisGeometry(shape: PelvisShape = PELVIS_DEFAULTS): Promise<MeshData> {
  const right = await meshField(hipBoneRightSdf(shape), hipBoneRightBox(), shape.voxelMm, shape.maxTrianglesPerSide)
  return mergeMeshes([right, mirrorMesh(right)])
}

export async function createPelvis(doc: Document, params: { shape: PelvisShape; material: Material; name: string }): Promise<Mesh> {
  return addPrimitiveMesh(doc, params.name, await pelvisGeometry(params.shape), params.material)
}

/**
 * Intervertebral disc: a lofted ring between the lower endplate of the upper vertebra and the upper endplate of the
 * lower one (or the S1 endplate), so it wedges exactly as the reference heights; skinned to both joints.
 */
import type { Document, Material, Mesh } from '@gltf-transform/core'
import type { DiscKey } from './reference.ts'
import { LOWER_OF, REF, UPPER_OF, landmarkMm } from './reference.ts'
import { endplateOutline, endplateY, toWorld } from './vertebra.ts'
import type { Vec3 } from './vec.ts'
import { add, deg, norm, scale, sub } from './vec.ts'
import type { MeshData } from './mesher.ts'
import { faceNormals } from './mesher.ts'
import type { SkinData } from './gltf.ts'
import { addPrimitiveMesh } from './gltf.ts'

export const DISC_DEFAULTS = { around: 32, sideRings: 4, capRings: 3, bulgeMm: 1.6 }
export type DiscShape = typeof DISC_DEFAULTS

export interface DiscParams {
  disc: DiscKey
  shape: DiscShape
  /** joint indices (in the skin) of the lower and upper bone */
  lowerJoint: number
  upperJoint: number
}

/** S1 endplate frame (mm): centre, normal, lateral and anterior in-plane axes. */
export function s1Frame(): { c: Vec3; n: Vec3; ex: Vec3; ez: Vec3 } {
  const slope = deg(REF.sacrum.sacralSlopeDeg.value)
  const n: Vec3 = [0, Math.cos(slope), Math.sin(slope)]
  const ez: Vec3 = [0, -Math.sin(slope), Math.cos(slope)]
  return { c: landmarkMm('s1EndplateCentre'), n, ex: [1, 0, 0], ez }
}

/** Point on the lower surface (polar r 0..1, angle phi) in world mm. */
function lowerSurface(disc: DiscKey, r: number, phi: number): Vec3 {
  const low = LOWER_OF[disc]
  if (low === 'S1') {
    const f = s1Frame()
    const a = REF.sacrum.s1EndplateWidthMm.value / 2
    const b = REF.sacrum.s1EndplateDepthMm.value / 2
    // S1 outline: ellipse flattened at the back like the lumbar bodies
    let z = b * Math.sin(phi)
    if (z < 0) z *= 0.9
    const x = a * Math.cos(phi) * 0.97
    return add(f.c, add(scale(f.ex, r * x), scale(f.ez, r * z)))
  }
  const [x, z] = endplateOutline(low, 'upper', phi)
  return toWorld(low, [r * x, endplateY(low, 'upper', r * x, r * z), r * z])
}
function upperSurface(disc: DiscKey, r: number, phi: number): Vec3 {
  const up = UPPER_OF[disc]
  const [x, z] = endplateOutline(up, 'lower', phi)
  return toWorld(up, [r * x, endplateY(up, 'lower', r * x, r * z), r * z])
}

export function discGeometry(p: DiscParams): { geo: MeshData; skin: SkinData } {
  const { around: N, sideRings: S, capRings: C, bulgeMm } = p.shape
  const pos: number[] = []
  const f: number[] = [] // 0 = lower bone, 1 = upper bone
  const idx: number[] = []
  const axisC = landmarkMm(REF.discs[p.disc].jointLandmark)
  // lower cap rings (centre → rim), side rings, upper cap rings (rim → centre); each cap closes on one centre vertex
  // (a ring of N copies of the centre would give zero-area, non-manifold triangles once welded)
  const rings: Array<{ pts: Vec3[]; f: number }> = []
  for (let i = 1; i <= C; i++) {
    const r = i / C
    rings.push({ pts: Array.from({ length: N }, (_, k) => lowerSurface(p.disc, r, (2 * Math.PI * k) / N)), f: 0 })
  }
  for (let s = 1; s < S; s++) {
    const t = s / S
    const pts = Array.from({ length: N }, (_, k) => {
      const phi = (2 * Math.PI * k) / N
      const a = lowerSurface(p.disc, 1, phi)
      const b = upperSurface(p.disc, 1, phi)
      const m: Vec3 = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
      const radial = norm([m[0] - axisC[0], 0, m[2] - axisC[2]])
      return add(m, scale(radial, bulgeMm * Math.sin(Math.PI * t)))
    })
    rings.push({ pts, f: t })
  }
  for (let i = C; i >= 1; i--) {
    const r = i / C
    rings.push({ pts: Array.from({ length: N }, (_, k) => upperSurface(p.disc, r, (2 * Math.PI * k) / N)), f: 1 })
  }
  for (const ring of rings) for (const q of ring.pts) { pos.push(...q); f.push(ring.f) }
  for (let r = 0; r < rings.length - 1; r++)
    for (let k = 0; k < N; k++) {
      const a = r * N + k
      const b = r * N + ((k + 1) % N)
      const c = (r + 1) * N + ((k + 1) % N)
      const d = (r + 1) * N + k
      idx.push(a, b, c, a, c, d)
    }
  // cap centres: the lower one fans to the first ring, the upper one to the last, wound like the strips
  const lowC = pos.length / 3
  pos.push(...lowerSurface(p.disc, 0, 0))
  f.push(0)
  const upC = lowC + 1
  pos.push(...upperSurface(p.disc, 0, 0))
  f.push(1)
  const last = (rings.length - 1) * N
  for (let k = 0; k < N; k++) {
    const k1 = (k + 1) % N
    idx.push(lowC, k1, k)
    idx.push(upC, last + k, last + k1)
  }
  const positions = new Float32Array(pos)
  let indices: Uint32Array = new Uint32Array(idx)
  // orientation: outward = away from the disc centre
  indices = orientAway(positions, indices, axisC)
  const normals = faceNormals(positions, indices)
  const nv = positions.length / 3
  const joints = new Uint16Array(nv * 4)
  const weights = new Float32Array(nv * 4)
  for (let i = 0; i < nv; i++) {
    joints[4 * i] = p.lowerJoint
    joints[4 * i + 1] = p.upperJoint
    weights[4 * i] = 1 - f[i]
    weights[4 * i + 1] = f[i]
  }
  return { geo: { positions, normals, indices }, skin: { joints, weights } }
}

/** Flip the winding if the mesh's signed volume around `c` is negative. */
export function orientAway(p: Float32Array, ix: Uint32Array, c: Vec3): Uint32Array {
  let vol = 0
  for (let t = 0; t < ix.length; t += 3) {
    const a = sub([p[ix[t] * 3], p[ix[t] * 3 + 1], p[ix[t] * 3 + 2]], c)
    const b = sub([p[ix[t + 1] * 3], p[ix[t + 1] * 3 + 1], p[ix[t + 1] * 3 + 2]], c)
    const d = sub([p[ix[t + 2] * 3], p[ix[t + 2] * 3 + 1], p[ix[t + 2] * 3 + 2]], c)
    vol += a[0] * (b[1] * d[2] - b[2] * d[1]) - a[1] * (b[0] * d[2] - b[2] * d[0]) + a[2] * (b[0] * d[1] - b[1] * d[0])
  }
  if (vol < 0)
    for (let t = 0; t < ix.length; t += 3) {
      const tmp = ix[t + 1]
      ix[t + 1] = ix[t + 2]
      ix[t + 2] = tmp
    }
  return ix
}

export function createDisc(doc: Document, params: DiscParams & { material: Material; name: string }): Mesh {
  const { geo, skin } = discGeometry(params)
  return addPrimitiveMesh(doc, params.name, geo, params.material, skin)
}

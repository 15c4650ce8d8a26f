/** Test helpers: read the committed glb (meshopt decoded), world positions of meshes, linear blend skinning. */
import { NodeIO } from '@gltf-transform/core'
import type { Document, Node, Primitive } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import { Euler, Matrix4, Quaternion, Vector3 } from 'three'
import { fileURLToPath } from 'node:url'
import { SEGMENT_KEYS } from '../../../src/scene-state/ids.ts'
import { POSTURES, derivePose, rotToNodeEuler } from '../../../src/scene-state/index.ts'
import type { Pose } from '../../../src/scene-state/index.ts'

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
// the glbs where the model card reads them
import { LOWPOLY_FILE, MODEL_FILE } from '../../../scripts/model-card/measure-card.ts'
export { LOWPOLY_FILE, MODEL_FILE }
export const MANIFEST_FILE = `${ROOT}models/lumbar-psoas.manifest.json`

export function createIO(): NodeIO {
  return new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'meshopt.decoder': MeshoptDecoder,
    'meshopt.encoder': MeshoptEncoder,
  })
}

const cache = new Map<string, Promise<Document>>()
export function loadDoc(file = MODEL_FILE): Promise<Document> {
  let p = cache.get(file)
  if (!p) {
    p = (async () => {
      await MeshoptDecoder.ready
      return createIO().read(file)
    })()
    cache.set(file, p)
  }
  return p
}

export function nodeByName(doc: Document, name: string): Node {
  const n = doc.getRoot().listNodes().find((x) => x.getName() === name)
  if (!n) throw new Error(`no node ${name}`)
  return n
}

/** Local rotation overrides (Euler XYZ radians) by node name. */
export type PoseEulers = Record<string, [number, number, number]>

/** Node rotations of a scene-state pose (derivePose → rotToNodeEuler, as the renderer sets them). */
export function poseEulers(p: Pose): PoseEulers {
  const out: PoseEulers = { pelvisJoint: rotToNodeEuler('pelvis', p.pelvis) }
  for (const k of SEGMENT_KEYS) out[`joint${k}`] = rotToNodeEuler('segment', p.segments[k])
  out.hipLeft = rotToNodeEuler('hipLeft', p.hips.left)
  out.hipRight = rotToNodeEuler('hipRight', p.hips.right)
  return out
}

/** The distinct extreme poses: every posture × side (left, right, both) × tightness 0 and 1. */
export function extremePoses(): Array<{ name: string; pose: PoseEulers }> {
  const seen = new Map<string, { name: string; pose: PoseEulers }>()
  for (const posture of POSTURES)
    for (const side of ['left', 'right', 'both'] as const)
      for (const tightness of [0, 1]) {
        const pose = poseEulers(derivePose({ tightness, side, posture }))
        const key = JSON.stringify(pose)
        if (!seen.has(key)) seen.set(key, { name: `${posture}/${side}/${tightness}`, pose })
      }
  return [...seen.values()]
}

export function worldMatrix(node: Node, pose: PoseEulers = {}): Matrix4 {
  const chain: Node[] = []
  for (let n: Node | null = node; n; n = n.getParentNode()) chain.unshift(n)
  const m = new Matrix4()
  const local = new Matrix4()
  for (const n of chain) {
    const e = pose[n.getName()]
    const q = e ? new Quaternion().setFromEuler(new Euler(e[0], e[1], e[2], 'XYZ')) : new Quaternion(...n.getRotation())
    local.compose(new Vector3(...n.getTranslation()), q, new Vector3(...n.getScale()))
    m.multiply(local)
  }
  return m
}

/** World positions (metres, flat xyz) of the mesh of structure `id`, posed by `pose` (rest if empty). */
/** The node that carries a structure's mesh: the structure node itself or its child, and that mesh's primitive. */
function structureMeshNode(doc: Document, id: string): { meshNode: Node; prim: Primitive } {
  const node = nodeByName(doc, id)
  const meshNode = node.getMesh() ? node : node.listChildren().find((c) => c.getMesh())
  if (!meshNode) throw new Error(`no mesh under ${id}`)
  return { meshNode, prim: meshNode.getMesh()!.listPrimitives()[0] }
}

/** A structure's (only) primitive. */
export function structurePrimitive(doc: Document, id: string): Primitive {
  return structureMeshNode(doc, id).prim
}

export function structurePositions(doc: Document, id: string, pose: PoseEulers = {}): Float32Array {
  const { meshNode, prim } = structureMeshNode(doc, id)
  const pos = prim.getAttribute('POSITION')!
  const n = pos.getCount()
  const out = new Float32Array(n * 3)
  const el = [0, 0, 0]
  const v = new Vector3()
  const skin = meshNode.getSkin()
  if (!skin) {
    const m = worldMatrix(meshNode, pose)
    for (let i = 0; i < n; i++) {
      pos.getElement(i, el)
      v.set(el[0], el[1], el[2]).applyMatrix4(m)
      out.set([v.x, v.y, v.z], i * 3)
    }
    return out
  }
  const joints = skin.listJoints()
  const ibm = skin.getInverseBindMatrices()!
  const jm = joints.map((j, k) => {
    const e = Array.from({ length: 16 }, () => 0)
    ibm.getElement(k, e)
    return worldMatrix(j, pose).multiply(new Matrix4().fromArray(e))
  })
  const J = prim.getAttribute('JOINTS_0')!
  const W = prim.getAttribute('WEIGHTS_0')!
  const jj = [0, 0, 0, 0]
  const ww = [0, 0, 0, 0]
  const acc = new Vector3()
  for (let i = 0; i < n; i++) {
    pos.getElement(i, el)
    J.getElement(i, jj)
    W.getElement(i, ww)
    acc.set(0, 0, 0)
    const s = ww[0] + ww[1] + ww[2] + ww[3]
    for (let k = 0; k < 4; k++) {
      if (ww[k] === 0) continue
      v.set(el[0], el[1], el[2]).applyMatrix4(jm[jj[k]])
      acc.addScaledVector(v, ww[k] / s)
    }
    out.set([acc.x, acc.y, acc.z], i * 3)
  }
  return out
}

export function structureIndices(doc: Document, id: string): Uint32Array {
  const idx = structurePrimitive(doc, id).getIndices()!
  return Uint32Array.from(idx.getArray() as ArrayLike<number>)
}

export type V3 = [number, number, number]
export const d3 = (a: ArrayLike<number>, b: ArrayLike<number>): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

/** Nearest vertex distance from p to a flat position array. */
export function nearest(p: ArrayLike<number>, pos: Float32Array): { d: number; i: number } {
  let best = Infinity
  let bi = -1
  for (let i = 0; i < pos.length; i += 3) {
    const d = (pos[i] - p[0]) ** 2 + (pos[i + 1] - p[1]) ** 2 + (pos[i + 2] - p[2]) ** 2
    if (d < best) {
      best = d
      bi = i / 3
    }
  }
  return { d: Math.sqrt(best), i: bi }
}

export function centroid(pos: Float32Array): V3 {
  const c: V3 = [0, 0, 0]
  const n = pos.length / 3
  for (let i = 0; i < pos.length; i += 3) for (let k = 0; k < 3; k++) c[k] += pos[i + k] / n
  return c
}

/** Möller–Trumbore segment/triangle intersection test: does segment a→b hit any triangle? */
export function segmentHitsMesh(a: V3, b: V3, pos: Float32Array, idx: Uint32Array): boolean {
  const dir = [b[0] - a[0], b[1] - a[1], b[2] - a[2]]
  for (let t = 0; t < idx.length; t += 3) {
    const i0 = idx[t] * 3
    const i1 = idx[t + 1] * 3
    const i2 = idx[t + 2] * 3
    const e1 = [pos[i1] - pos[i0], pos[i1 + 1] - pos[i0 + 1], pos[i1 + 2] - pos[i0 + 2]]
    const e2 = [pos[i2] - pos[i0], pos[i2 + 1] - pos[i0 + 1], pos[i2 + 2] - pos[i0 + 2]]
    const p = [dir[1] * e2[2] - dir[2] * e2[1], dir[2] * e2[0] - dir[0] * e2[2], dir[0] * e2[1] - dir[1] * e2[0]]
    const det = e1[0] * p[0] + e1[1] * p[1] + e1[2] * p[2]
    if (Math.abs(det) < 1e-14) continue
    const inv = 1 / det
    const s = [a[0] - pos[i0], a[1] - pos[i0 + 1], a[2] - pos[i0 + 2]]
    const u = (s[0] * p[0] + s[1] * p[1] + s[2] * p[2]) * inv
    if (u < 0 || u > 1) continue
    const q = [s[1] * e1[2] - s[2] * e1[1], s[2] * e1[0] - s[0] * e1[2], s[0] * e1[1] - s[1] * e1[0]]
    const v = (dir[0] * q[0] + dir[1] * q[1] + dir[2] * q[2]) * inv
    if (v < 0 || u + v > 1) continue
    const tt = (e2[0] * q[0] + e2[1] * q[1] + e2[2] * q[2]) * inv
    if (tt >= 0 && tt <= 1) return true
  }
  return false
}

/** Distance from p to the nearest triangle of a mesh (exact point–triangle distance). */
export function distanceToMesh(p: V3, pos: Float32Array, idx: Uint32Array): number {
  let best = Infinity
  for (let t = 0; t < idx.length; t += 3) {
    const a = [pos[idx[t] * 3], pos[idx[t] * 3 + 1], pos[idx[t] * 3 + 2]] as V3
    const b = [pos[idx[t + 1] * 3], pos[idx[t + 1] * 3 + 1], pos[idx[t + 1] * 3 + 2]] as V3
    const c = [pos[idx[t + 2] * 3], pos[idx[t + 2] * 3 + 1], pos[idx[t + 2] * 3 + 2]] as V3
    const d = pointTriangle(p, a, b, c)
    if (d < best) best = d
  }
  return best
}

function pointTriangle(p: V3, a: V3, b: V3, c: V3): number {
  // Ericson, Real-Time Collision Detection 5.1.5
  const sub = (x: V3, y: V3): V3 => [x[0] - y[0], x[1] - y[1], x[2] - y[2]]
  const dot = (x: V3, y: V3): number => x[0] * y[0] + x[1] * y[1] + x[2] * y[2]
  const ab = sub(b, a)
  const ac = sub(c, a)
  const ap = sub(p, a)
  const d1 = dot(ab, ap)
  const d2 = dot(ac, ap)
  if (d1 <= 0 && d2 <= 0) return d3(p, a)
  const bp = sub(p, b)
  const dd3 = dot(ab, bp)
  const d4 = dot(ac, bp)
  if (dd3 >= 0 && d4 <= dd3) return d3(p, b)
  const vc = d1 * d4 - dd3 * d2
  if (vc <= 0 && d1 >= 0 && dd3 <= 0) {
    const v = d1 / (d1 - dd3)
    return d3(p, [a[0] + ab[0] * v, a[1] + ab[1] * v, a[2] + ab[2] * v])
  }
  const cp = sub(p, c)
  const d5 = dot(ab, cp)
  const d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return d3(p, c)
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const w = d2 / (d2 - d6)
    return d3(p, [a[0] + ac[0] * w, a[1] + ac[1] * w, a[2] + ac[2] * w])
  }
  const va = dd3 * d6 - d5 * d4
  if (va <= 0 && d4 - dd3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - dd3) / (d4 - dd3 + (d5 - d6))
    return d3(p, [b[0] + (c[0] - b[0]) * w, b[1] + (c[1] - b[1]) * w, b[2] + (c[2] - b[2]) * w])
  }
  const denom = 1 / (va + vb + vc)
  const v = vb * denom
  const w = vc * denom
  return d3(p, [a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w])
}

/** Bucketed triangles for fast point–surface distance queries (cell size in metres). */
export class SurfaceIndex {
  private cells = new Map<string, number[]>()
  constructor(
    private pos: Float32Array,
    private idx: Uint32Array,
    private cell = 0.004,
  ) {
    for (let t = 0; t < idx.length; t += 3) {
      const lo = [Infinity, Infinity, Infinity]
      const hi = [-Infinity, -Infinity, -Infinity]
      for (let k = 0; k < 3; k++)
        for (let c = 0; c < 3; c++) {
          const v = pos[idx[t + k] * 3 + c]
          lo[c] = Math.min(lo[c], v)
          hi[c] = Math.max(hi[c], v)
        }
      for (let x = Math.floor(lo[0] / cell); x <= Math.floor(hi[0] / cell); x++)
        for (let y = Math.floor(lo[1] / cell); y <= Math.floor(hi[1] / cell); y++)
          for (let z = Math.floor(lo[2] / cell); z <= Math.floor(hi[2] / cell); z++) {
            const key = `${x},${y},${z}`
            const l = this.cells.get(key)
            if (l) l.push(t)
            else this.cells.set(key, [t])
          }
    }
  }
  /** Distance to the surface if below `maxD` (searching neighbouring cells), else Infinity. */
  distance(p: V3, maxD: number): number {
    const r = Math.ceil(maxD / this.cell)
    const cx = Math.floor(p[0] / this.cell)
    const cy = Math.floor(p[1] / this.cell)
    const cz = Math.floor(p[2] / this.cell)
    const seen = new Set<number>()
    const tri: number[] = []
    for (let x = cx - r; x <= cx + r; x++)
      for (let y = cy - r; y <= cy + r; y++)
        for (let z = cz - r; z <= cz + r; z++)
          for (const t of this.cells.get(`${x},${y},${z}`) ?? [])
            if (!seen.has(t)) {
              seen.add(t)
              tri.push(this.idx[t], this.idx[t + 1], this.idx[t + 2])
            }
    if (!tri.length) return Infinity
    const d = distanceToMesh(p, this.pos, Uint32Array.from(tri))
    return d <= maxD ? d : Infinity
  }
}

/** Points where mesh edges cross the plane dot(n, p) = k (the mesh's cross-section outline). */
export function slice(pos: Float32Array, idx: Uint32Array, n: V3, k: number): V3[] {
  const out: V3[] = []
  const s = (i: number): number => n[0] * pos[i * 3] + n[1] * pos[i * 3 + 1] + n[2] * pos[i * 3 + 2] - k
  for (let t = 0; t < idx.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = idx[t + e]
      const b = idx[t + ((e + 1) % 3)]
      const sa = s(a)
      const sb = s(b)
      if (sa < 0 === sb < 0) continue
      const u = sa / (sa - sb)
      out.push([pos[a * 3] + (pos[b * 3] - pos[a * 3]) * u, pos[a * 3 + 1] + (pos[b * 3 + 1] - pos[a * 3 + 1]) * u, pos[a * 3 + 2] + (pos[b * 3 + 2] - pos[a * 3 + 2]) * u])
    }
  return out
}

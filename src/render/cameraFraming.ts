/**
 * Where the camera goes for a camera state: a preset (front, side, back, oblique, top) looks at the
 * posed body from a fixed direction and distance, framed on the body in the target pose (so sitting
 * or lying bodies stay framed), and farther away when the view is too narrow for the whole lumbar
 * spine and pelvis (a half-width compare pane, a phone); a free camera is its own position and
 * target. Pure functions.
 */
import { Box3, Matrix4, type Mesh, type Object3D, Quaternion, Vector3 } from 'three'
import type { CameraPreset, CameraState, Pose } from '../scene-state/types.ts'
import { SEGMENT_KEYS, SIDES, type BodySide } from '../scene-state/ids.ts'
import { rotToQuaternion } from './rotation.ts'
import { anchorRestPosition } from './anchors.ts'
import type { ModelInstance } from './model.ts'

const DISTANCE = 1.0
/** Share of the half field of view the spine and pelvis may fill when the view is narrow. */
const FIT = 0.92
/**
 * In a narrow view the camera moves back for the width, which leaves room above and below the spine:
 * the top of the spine box goes up to this share of the upper half of the view, so the room is below,
 * where the thighs are, instead of empty above L1 (a phone's compare panes).
 */
const TOP_FIT = 0.8
/** The bones that must be whole in every preset. */
const SPINE_BONES = ['vertebraL1', 'vertebraL2', 'vertebraL3', 'vertebraL4', 'vertebraL5', 'sacrum', 'pelvis'] as const
/** Direction from the target to the camera per preset, upright body (root not rotated). */
const UPRIGHT: Record<CameraPreset, Vector3> = {
  front: new Vector3(0, 0.06, 1),
  side: new Vector3(-1, 0.06, 0), // from the patient's right: anterior on the screen's right
  back: new Vector3(0, 0.06, -1),
  oblique: new Vector3(-0.62, 0.28, 0.74),
  top: new Vector3(0, 1, 0.22),
}
/** Lying postures (root turned onto the back): in world terms, head toward −Z, face up. */
const LYING: Record<CameraPreset, Vector3> = {
  front: new Vector3(0, 1, 0.35), // from above, a little toward the feet: head at the top of the screen
  side: new Vector3(-1, 0.2, 0),
  back: new Vector3(0, -1, 0.35),
  oblique: new Vector3(-0.6, 0.7, 0.4),
  top: new Vector3(0, 0.35, -1), // from beyond the head
}
for (const v of [...Object.values(UPRIGHT), ...Object.values(LYING)]) v.normalize()

/** The points the presets frame, at rest (world, metres): from the model's `anchor_camera_*` nodes. */
export interface FramingPoints {
  /** the pelvis joint's pivot */
  pivot: Vector3
  /** the segment joints, SEGMENT_KEYS order (L5/S1 up to L1/L2) */
  joints: Vector3[]
  /** top of L1 (the T12/L1 joint) */
  l1Top: Vector3
  hip: Record<BodySide, Vector3>
  /** mid-thigh relative to the hip centre */
  midThigh: Record<BodySide, Vector3>
  /** corners of the rest-pose box around the lumbar vertebrae, the sacrum and the pelvis (empty without those meshes) */
  spineBox: Vector3[]
}

/** The rest-pose world box of the meshes of `ids` (each mesh's bounds through its joint's rest matrix). */
function restBox(inst: ModelInstance, ids: readonly string[]): Box3 {
  const box = new Box3()
  const m = new Matrix4()
  const local = new Box3()
  for (const id of ids)
    for (const mesh of inst.meshes.get(id as never) ?? []) {
      const g = (mesh as Mesh).geometry
      if (!g.boundingBox) g.computeBoundingBox()
      // mesh → its joint: the fixed local matrices in between, then the joint's rest world matrix
      m.identity()
      let o: Object3D | null = mesh
      while (o && !inst.restWorld.has(o)) {
        o.updateMatrix()
        m.premultiply(o.matrix)
        o = o.parent
      }
      if (o) m.premultiply(inst.restWorld.get(o)!)
      box.union(local.copy(g.boundingBox!).applyMatrix4(m))
    }
  return box
}

/** Reads the framing points of a model instance (once per instance). */
export function framingPoints(inst: ModelInstance): FramingPoints {
  const at = (name: string) => anchorRestPosition(inst, `anchor_camera_${name}`)
  const hip = { left: at('hipCentreLeft'), right: at('hipCentreRight') }
  return {
    pivot: at('pelvisPivot'),
    joints: SEGMENT_KEYS.map((k) => at(`joint${k}`)),
    l1Top: at('jointT12L1'),
    hip,
    midThigh: { left: at('midThighLeft').sub(hip.left), right: at('midThighRight').sub(hip.right) },
    spineBox: boxCorners(restBox(inst, SPINE_BONES)),
  }
}

function boxCorners(b: Box3): Vector3[] {
  if (b.isEmpty()) return []
  const out: Vector3[] = []
  for (let i = 0; i < 8; i++) out.push(new Vector3(i & 1 ? b.max.x : b.min.x, i & 2 ? b.max.y : b.min.y, i & 4 ? b.max.z : b.min.z))
  return out
}

const qRoot = new Quaternion()
const qPelvis = new Quaternion()
const qTmp = new Quaternion()
const qChain = new Quaternion()
const p1 = new Vector3()
const p2 = new Vector3()
const rootPos = new Vector3()
const lo = new Vector3()
const hi = new Vector3()

/**
 * What the presets look at: the centre of the box around the top of L1, the hip centres and both
 * mid-thighs in the given pose, so sitting or lying bodies stay framed. Writes into `out`.
 */
export function framingTarget(pose: Pose, points: FramingPoints, out: Vector3): Vector3 {
  const { pivot, joints, l1Top } = points
  rotToQuaternion('root', null, pose.root.rotation, qRoot)
  rootPos.fromArray(pose.root.position)
  rotToQuaternion('pelvis', null, pose.pelvis, qPelvis)
  const place = (p: Vector3) => p.applyQuaternion(qRoot).add(rootPos)
  lo.set(Infinity, Infinity, Infinity)
  hi.set(-Infinity, -Infinity, -Infinity)
  const grow = (p: Vector3) => {
    lo.min(p)
    hi.max(p)
  }
  // top of L1 through the pelvis and the segment chain
  qChain.copy(qPelvis)
  p1.copy(joints[0]).sub(pivot).applyQuaternion(qChain).add(pivot)
  for (let i = 0; i < SEGMENT_KEYS.length; i++) {
    rotToQuaternion('segment', null, pose.segments[SEGMENT_KEYS[i]], qTmp)
    qChain.multiply(qTmp)
    const next = i + 1 < joints.length ? joints[i + 1] : l1Top
    p1.add(p2.copy(next).sub(joints[i]).applyQuaternion(qChain))
  }
  grow(place(p1))
  for (const side of SIDES) {
    const hip = p1.copy(points.hip[side]).sub(pivot).applyQuaternion(qPelvis).add(pivot)
    rotToQuaternion('hip', side, pose.hips[side], qTmp)
    p2.copy(points.midThigh[side]).applyQuaternion(qTmp).applyQuaternion(qPelvis).add(hip)
    grow(place(hip))
    grow(place(p2))
  }
  return out.addVectors(lo, hi).multiplyScalar(0.5)
}

const dir = new Vector3()
const right = new Vector3()
const up = new Vector3()
const rel = new Vector3()
const WORLD_UP = new Vector3(0, 1, 0)

/**
 * Distance from `target` along `toCamera` (unit) at which every point is inside a view of this
 * aspect (width / height) and vertical field of view, filling at most FIT of each half.
 */
function fitDistance(points: Vector3[], target: Vector3, toCamera: Vector3, aspect: number, fovDeg: number): number {
  const tanV = Math.tan((fovDeg * Math.PI) / 360) * FIT
  const tanH = tanV * aspect
  right.crossVectors(WORLD_UP, toCamera)
  if (right.lengthSq() < 1e-8) right.set(1, 0, 0)
  right.normalize()
  up.crossVectors(toCamera, right).normalize()
  let d = 0
  for (const p of points) {
    rel.subVectors(p, target)
    const towards = rel.dot(toCamera)
    d = Math.max(d, towards + Math.abs(rel.dot(right)) / tanH, towards + Math.abs(rel.dot(up)) / tanV)
  }
  return d
}

/**
 * How far the target can move down (along `up`, as fitDistance left it for `toCamera`) before a point
 * rises above TOP_FIT of the upper half of a view at `distance`; 0 when none can.
 */
function raiseBy(points: Vector3[], target: Vector3, toCamera: Vector3, distance: number, fovDeg: number): number {
  const tanTop = Math.tan((fovDeg * Math.PI) / 360) * TOP_FIT
  let s = Infinity
  for (const p of points) {
    rel.subVectors(p, target)
    s = Math.min(s, tanTop * (distance - rel.dot(toCamera)) - rel.dot(up))
  }
  return Number.isFinite(s) ? Math.max(0, s) : 0
}

const posed: Vector3[] = []

/** The shape of the view a camera goal is for: width / height, and the vertical field of view (degrees). */
export interface FramingView {
  aspect: number
  fovDeg: number
}

/**
 * Camera position and target for a camera state, given the (target) pose and the model's framing
 * points. With `view`, a preset moves back from its usual distance when the view is too narrow (or
 * low) for the whole lumbar spine and pelvis. Writes into out*.
 */
export function cameraGoal(cam: CameraState, pose: Pose, points: FramingPoints, outPos: Vector3, outTarget: Vector3, view?: FramingView): void {
  if (typeof cam !== 'string') {
    outPos.fromArray(cam.position)
    outTarget.fromArray(cam.target)
    return
  }
  framingTarget(pose, points, outTarget)
  const lying = Math.abs(pose.root.rotation.flexion) > Math.PI / 4
  dir.copy(lying ? LYING[cam] : UPRIGHT[cam])
  let distance = DISTANCE
  if (view && view.aspect > 0 && view.fovDeg > 0 && points.spineBox.length) {
    // the box's corners as the pose carries the pelvis (the lumbar bends add little; FIT leaves room)
    rotToQuaternion('root', null, pose.root.rotation, qRoot)
    rotToQuaternion('pelvis', null, pose.pelvis, qPelvis)
    rootPos.fromArray(pose.root.position)
    posed.length = points.spineBox.length
    for (let i = 0; i < points.spineBox.length; i++)
      posed[i] = (posed[i] ?? new Vector3()).copy(points.spineBox[i]).sub(points.pivot).applyQuaternion(qPelvis).add(points.pivot).applyQuaternion(qRoot).add(rootPos)
    distance = Math.max(DISTANCE, fitDistance(posed, outTarget, dir, view.aspect, view.fovDeg))
    // upright and seen from the front, a side, the back or at an angle: the spine to the top (TOP_FIT)
    if (distance > DISTANCE && !lying && cam !== 'top') outTarget.addScaledVector(up, -raiseBy(posed, outTarget, dir, distance, view.fovDeg))
  }
  outPos.copy(dir).multiplyScalar(distance).add(outTarget)
}

/**
 * Camera presets (front, side, back, oblique, top) and free cameras from the scene state, reached by
 * a damped move that settles exactly; OrbitControls with distance and polar limits; the touch rule
 * (one finger scrolls the page until the viewer is activated by a tap, a click or the keyboard).
 * Imperative: the scene's single frame callback calls `update(dt)`.
 */
import { type PerspectiveCamera, Quaternion, Vector3, type Camera } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import type { CameraPreset, CameraState, FreeCamera, Pose } from '../scene-state/types.ts'
import * as ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import { SEGMENT_KEYS } from '../scene-state/ids.ts'
import { rotToQuaternion } from './rotation.ts'

/** Orbit limits (m, rad). */
export const CAMERA_LIMITS = Object.freeze({ minDistance: 0.3, maxDistance: 2.4, minPolarAngle: 0.05, maxPolarAngle: Math.PI - 0.05 })

const DISTANCE = 1.0
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

type V3 = [number, number, number]
const LM = ref.landmarks as unknown as Record<string, { position_m: V3 }>
const HIP_R = new Vector3(...LM.hipCentreRight.position_m)
const PIVOT = new Vector3(0, HIP_R.y, HIP_R.z)
const L1_TOP = new Vector3(...LM.jointT12L1.position_m)
const JOINTS = SEGMENT_KEYS.map((k) => new Vector3(...LM[`joint${k}`].position_m))
/** mid-thigh relative to the hip centre (half the femur) */
const MID_THIGH = new Vector3(0, -0.2, -0.004)

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
export function framingTarget(pose: Pose, out: Vector3): Vector3 {
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
  p1.copy(JOINTS[0]).sub(PIVOT).applyQuaternion(qChain).add(PIVOT)
  for (let i = 0; i < SEGMENT_KEYS.length; i++) {
    rotToQuaternion('segment', null, pose.segments[SEGMENT_KEYS[i]], qTmp)
    qChain.multiply(qTmp)
    const next = i + 1 < JOINTS.length ? JOINTS[i + 1] : L1_TOP
    p1.add(p2.copy(next).sub(JOINTS[i]).applyQuaternion(qChain))
  }
  grow(place(p1))
  for (const side of ['left', 'right'] as const) {
    const hip = p1.copy(HIP_R)
    if (side === 'left') hip.x = -hip.x
    hip.sub(PIVOT).applyQuaternion(qPelvis).add(PIVOT)
    rotToQuaternion('hip', side, pose.hips[side], qTmp)
    p2.copy(MID_THIGH).applyQuaternion(qTmp).applyQuaternion(qPelvis).add(hip)
    grow(place(hip))
    grow(place(p2))
  }
  return out.addVectors(lo, hi).multiplyScalar(0.5)
}

/** Camera position and target for a camera state, given the (target) pose. Writes into out*. */
export function cameraGoal(cam: CameraState, pose: Pose, outPos: Vector3, outTarget: Vector3): void {
  if (typeof cam !== 'string') {
    outPos.fromArray(cam.position)
    outTarget.fromArray(cam.target)
    return
  }
  framingTarget(pose, outTarget)
  const lying = Math.abs(pose.root.rotation.flexion) > Math.PI / 4
  outPos.copy(lying ? LYING[cam] : UPRIGHT[cam]).multiplyScalar(DISTANCE).add(outTarget)
}

export interface CameraRigOptions {
  camera: Camera
  domElement: HTMLElement | null
  invalidate: () => void
  /** called when the user finished an orbit/zoom (to store the free camera) */
  onUserCamera?: (c: FreeCamera) => void
  /** use damping for moves and orbit inertia */
  smooth: boolean
}

/** Seconds to close ~63 % of the distance of a preset move. */
const MOVE_TIME = 0.22
const SNAP = 1e-4

export class CameraRig {
  readonly goalPos = new Vector3()
  readonly goalTarget = new Vector3()
  readonly target = new Vector3()
  controls: OrbitControls | null = null
  /** true while a preset move runs */
  moving = false
  /** touch/wheel interaction allowed (see the touch rule) */
  activated = false
  private syncing = false
  private opts: CameraRigOptions
  private cleanups: (() => void)[] = []

  constructor(opts: CameraRigOptions) {
    this.opts = opts
    const el = opts.domElement
    if (el && typeof document !== 'undefined') {
      const c = new OrbitControls(opts.camera, el)
      Object.assign(c, CAMERA_LIMITS)
      c.enablePan = false
      c.enableDamping = opts.smooth
      c.dampingFactor = 0.12
      this.controls = c
      // changes made by the rig itself happen inside a frame that already draws them
      const onChange = () => {
        if (!this.syncing) opts.invalidate()
      }
      const onStart = () => {
        this.moving = false
      }
      const onEnd = () => {
        const p = opts.camera.position
        const t = c.target
        opts.onUserCamera?.({ position: [p.x, p.y, p.z], target: [t.x, t.y, t.z] })
      }
      c.addEventListener('change', onChange)
      c.addEventListener('start', onStart)
      c.addEventListener('end', onEnd)
      this.cleanups.push(() => {
        c.removeEventListener('change', onChange)
        c.removeEventListener('start', onStart)
        c.removeEventListener('end', onEnd)
        c.dispose()
      })
      this.setupTouchRule(el)
    }
  }

  /** One finger scrolls the page (touch-action: pan-y) and the wheel scrolls it too, until activated. */
  private setupTouchRule(el: HTMLElement) {
    const c = this.controls!
    const apply = () => {
      el.style.touchAction = this.activated ? 'none' : 'pan-y'
      el.dataset.activated = String(this.activated)
      c.enableZoom = this.activated
      c.touches.ONE = (this.activated ? 0 /* TOUCH.ROTATE */ : null) as unknown as typeof c.touches.ONE
    }
    let downAt = 0
    let downX = 0
    let downY = 0
    const onDown = (ev: PointerEvent) => {
      if (ev.pointerType !== 'touch') {
        this.setActivated(true)
        return
      }
      downAt = ev.timeStamp
      downX = ev.clientX
      downY = ev.clientY
    }
    const onUp = (ev: PointerEvent) => {
      // a short tap without movement activates the viewer on touch screens
      if (ev.pointerType === 'touch' && ev.timeStamp - downAt < 350 && Math.hypot(ev.clientX - downX, ev.clientY - downY) < 10)
        this.setActivated(true)
    }
    const onOutside = (ev: PointerEvent) => {
      if (!el.contains(ev.target as Node)) this.setActivated(false)
    }
    // keyboard focus on the viewer (the canvas or a focusable wrapper around it) activates it
    const onFocusIn = (ev: FocusEvent) => {
      const t = ev.target as Node | null
      if (t && (t === el || (typeof t.contains === 'function' && t.contains(el)))) this.setActivated(true)
    }
    const onFocusOut = (ev: FocusEvent) => {
      const t = ev.target as Node | null
      const next = ev.relatedTarget as Node | null
      if (t && (t === el || (typeof t.contains === 'function' && t.contains(el))) && !(next && typeof next.contains === 'function' && next.contains(el)))
        this.setActivated(false)
    }
    el.addEventListener('pointerdown', onDown)
    el.addEventListener('pointerup', onUp)
    document.addEventListener('focusin', onFocusIn)
    document.addEventListener('focusout', onFocusOut)
    document.addEventListener('pointerdown', onOutside, true)
    this.applyActivation = apply
    apply()
    this.cleanups.push(() => {
      el.removeEventListener('pointerdown', onDown)
      el.removeEventListener('pointerup', onUp)
      document.removeEventListener('focusin', onFocusIn)
      document.removeEventListener('focusout', onFocusOut)
      document.removeEventListener('pointerdown', onOutside, true)
    })
  }
  private applyActivation: () => void = () => undefined

  setActivated(on: boolean) {
    if (this.activated === on) return
    this.activated = on
    this.applyActivation()
  }

  /** Sets where the camera should go; `jump` places it there at once. */
  goTo(cam: CameraState, pose: Pose, jump: boolean) {
    cameraGoal(cam, pose, this.goalPos, this.goalTarget)
    if (jump) {
      this.opts.camera.position.copy(this.goalPos)
      this.target.copy(this.goalTarget)
      this.moving = false
      this.sync()
    } else {
      this.moving = true
    }
    this.opts.invalidate()
  }

  private sync() {
    const cam = this.opts.camera
    if (this.controls) {
      this.controls.target.copy(this.target)
      this.syncing = true
      this.controls.update()
      this.syncing = false
    } else cam.lookAt(this.target)
    ;(cam as PerspectiveCamera).updateMatrixWorld()
  }

  /** Advances a preset move and orbit damping; returns true while the camera still moves. */
  update(dt: number): boolean {
    const cam = this.opts.camera
    let active = false
    if (this.moving) {
      const k = 1 - Math.exp(-Math.min(dt, 0.1) / MOVE_TIME)
      cam.position.lerp(this.goalPos, k)
      this.target.lerp(this.goalTarget, k)
      if (cam.position.distanceTo(this.goalPos) < SNAP && this.target.distanceTo(this.goalTarget) < SNAP) {
        cam.position.copy(this.goalPos)
        this.target.copy(this.goalTarget)
        this.moving = false
      } else active = true
      this.sync()
    } else if (this.controls) {
      // orbit damping: update() reports a change while inertia continues
      this.syncing = true
      if (this.controls.update()) active = true
      this.syncing = false
      this.target.copy(this.controls.target)
    }
    return active
  }

  dispose() {
    for (const f of this.cleanups) f()
    this.cleanups = []
  }
}

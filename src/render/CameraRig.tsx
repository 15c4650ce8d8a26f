/**
 * The camera of one viewer: drei's OrbitControls (three-stdlib) for orbit and zoom with distance and
 * polar limits, a preset damper of our own for smooth moves to presets and keyboard steps that settle
 * exactly and stop requesting frames at rest. Presets and free cameras come from the scene state; a
 * finished user orbit is stored back as a free camera once the camera has come to rest. The touch rule:
 * one finger scrolls the page (and the wheel too) until the viewer is activated by a tap, a click or
 * keyboard focus.
 *
 * Why not drei's CameraControls (camera-controls), which does the preset moves itself: measured in the
 * demo build (`npm run bench`, bundle figure), camera-controls and drei's wrapper cost ≈ 11.3 KB gzip
 * against ≈ 4.4 KB for OrbitControls and ≈ 1 KB for the damper below, and the bench must not get
 * worse; idle frames were 0 with both.
 */
// R3F: the scene's three.js objects and its per-frame state are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { OrbitControls } from '@react-three/drei/core/OrbitControls.js'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'
import { MathUtils, type PerspectiveCamera, Spherical, TOUCH, Vector3 } from 'three'
import { cameraEqual, quantiseLength } from '../scene-state/state.ts'
import type { CameraState, FreeCamera } from '../scene-state/types.ts'
import { cameraGoal, framingPoints } from './cameraFraming.ts'
import { FRAME_PRIORITY, targetPoseOf, useSceneFrame } from './frame.ts'

/** Orbit limits (m, rad). */
export const CAMERA_LIMITS = Object.freeze({ minDistance: 0.3, maxDistance: 2.4, minPolarAngle: 0.05, maxPolarAngle: Math.PI - 0.05 })
/** Seconds a preset move takes to close 63 % of its distance; it snaps to the goal within SNAP metres. */
const MOVE_TIME = 0.22
const SNAP = 1e-4
/** OrbitControls' inertia after a drag (fraction of the motion kept per frame). */
const DAMPING = 0.12
/** camera travel per frame below which a finished drag counts as come to rest (metres) */
const REST_TRAVEL_M = 1e-5

/** What the scene handle (keyboard, reset) can ask of the camera. */
export interface CameraRigApi {
  goTo(cam: CameraState, jump: boolean): void
  /** orbit by angles (rad): azimuth, polar */
  orbit(azimuth: number, polar: number): void
  /** dolly: > 0 closer, < 0 farther (m) */
  zoom(metres: number): void
}

export interface CameraRigProps {
  /** damped moves (off: reduced motion, settleImmediately) */
  smooth: boolean
  /** the element orbit/zoom listen on (default: the canvas) */
  domElement?: HTMLElement | null
  /** filled with the rig's API while mounted */
  apiRef?: { current: CameraRigApi | null }
}

const offset = new Vector3()
const spherical = new Spherical()

/** The preset damper's state: where the camera and its target are going. */
interface Move {
  pos: Vector3
  target: Vector3
  moving: boolean
  /** the first step after rest is one frame long (R3F's delta after an idle pause is the whole pause) */
  resting: boolean
  /** OrbitControls reported a change since the last frame (drag, inertia) */
  changed: boolean
  /** a user drag ended; store the camera once it has come to rest */
  userEnded: boolean
}

export function CameraRig({ smooth, domElement, apiRef }: CameraRigProps) {
  const frame = useSceneFrame()
  const controls = useRef<OrbitControlsImpl>(null)
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  // the view's shape (a compare pane's in drei's View): narrow views frame from farther away
  const size = useThree((s) => s.size)
  const aspect = useRef(0)
  aspect.current = size.width > 0 && size.height > 0 ? size.width / size.height : 0
  const el = domElement ?? gl.domElement
  const emitted = useRef<FreeCamera | null>(null)
  const move = useRef<Move>({ pos: new Vector3(), target: new Vector3(), moving: false, resting: true, changed: false, userEnded: false })
  const points = useMemo(() => framingPoints(frame.instance), [frame.instance])
  const goToPreset = useRef<((cam: CameraState, jump: boolean) => void) | null>(null)

  // store → camera (presets follow the target pose: posture changes reframe)
  useLayoutEffect(() => {
    const c = controls.current
    if (!c) return
    const { store, variant } = frame
    const m = move.current
    const start = (jump: boolean) => {
      if (jump) {
        camera.position.copy(m.pos)
        c.target.copy(m.target)
        c.update()
        m.moving = false
      } else m.moving = true
      invalidate()
    }
    const goTo = (cam: CameraState, jump: boolean) => {
      const fovDeg = (camera as PerspectiveCamera).fov ?? 0
      cameraGoal(cam, targetPoseOf(store, variant), points, m.pos, m.target, { aspect: aspect.current, fovDeg })
      start(jump)
    }
    goToPreset.current = goTo
    // keyboard steps: from where the camera is (or is going), within the orbit limits
    const from = () => {
      if (!m.moving) {
        m.pos.copy(camera.position)
        m.target.copy(c.target)
      }
      return spherical.setFromVector3(offset.copy(m.pos).sub(m.target))
    }
    const to = () => {
      spherical.phi = MathUtils.clamp(spherical.phi, CAMERA_LIMITS.minPolarAngle, CAMERA_LIMITS.maxPolarAngle)
      spherical.radius = MathUtils.clamp(spherical.radius, CAMERA_LIMITS.minDistance, CAMERA_LIMITS.maxDistance)
      m.pos.setFromSpherical(spherical).add(m.target)
      start(!smooth)
    }
    if (apiRef)
      apiRef.current = {
        goTo,
        orbit: (azimuth, polar) => {
          from()
          spherical.theta += azimuth
          spherical.phi += polar
          to()
        },
        zoom: (metres) => {
          from().radius -= metres
          to()
        },
      }
    goTo(store.getState().camera, true)
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.camera === prev.camera && s.posture === prev.posture) return
      // the free camera the user just left here: already there
      if (s.posture === prev.posture && emitted.current && cameraEqual(s.camera, emitted.current)) return
      goTo(s.camera, !smooth)
    })
    return () => {
      unsubscribe()
      goToPreset.current = null
      if (apiRef) apiRef.current = null
    }
  }, [frame, points, smooth, apiRef, invalidate, camera])

  // a view that changes shape (resize, compare panes) is framed again when it shows a preset
  const shape = Math.round(aspect.current * 100)
  useLayoutEffect(() => {
    const cam = frame.store.getState().camera
    if (shape > 0 && typeof cam === 'string') goToPreset.current?.(cam, true)
  }, [shape, frame])

  // the preset move, before OrbitControls' own update (priority -1), which turns the camera to the target
  useFrame((_, delta) => {
    const m = move.current
    const c = controls.current
    if (!m.moving || !c) {
      m.resting = true
      return
    }
    const dt = m.resting ? 1 / 60 : Math.min(delta, 0.1)
    m.resting = false
    const k = 1 - Math.exp(-dt / MOVE_TIME)
    camera.position.lerp(m.pos, k)
    c.target.lerp(m.target, k)
    if (camera.position.distanceTo(m.pos) < SNAP && c.target.distanceTo(m.target) < SNAP) {
      camera.position.copy(m.pos)
      c.target.copy(m.target)
      m.moving = false
    }
    frame.busy = true
  }, FRAME_PRIORITY.camera)

  // after OrbitControls' update: still moving (inertia) keeps the scene awake; at rest after a drag, store it
  const lastPosition = useRef(new Vector3())
  useFrame(() => {
    const m = move.current
    const c = controls.current
    // OrbitControls stops reporting changes below its EPS (about 1 mm a frame) while its damping
    // still moves the camera; after a drag, frames go on until the camera has really stopped
    // (0.01 mm a frame), so what is stored is where it rests (CI saw 0.9 mm between the two)
    const travelled = camera.position.distanceTo(lastPosition.current)
    lastPosition.current.copy(camera.position)
    if (m.changed || (m.userEnded && travelled > REST_TRAVEL_M)) {
      m.changed = false
      frame.busy = true
      return
    }
    if (!m.userEnded || !c) return
    m.userEnded = false
    // quantised as the state stores it (0.1 mm), so the store's copy compares equal to it
    const q = quantiseLength
    const cam: FreeCamera = {
      position: [q(camera.position.x), q(camera.position.y), q(camera.position.z)],
      target: [q(c.target.x), q(c.target.y), q(c.target.z)],
    }
    emitted.current = cam
    frame.store.getState().setCamera(cam, { coalesce: true })
  }, FRAME_PRIORITY.cameraRest)

  // touch rule: from the first frame on (layout effect); OrbitControls sets its own touch-action
  // when drei connects it (a passive effect, later): applied again after that
  const applyTouchRule = useRef<() => void>(() => undefined)
  // (after every commit: cheap, and it follows drei's reconnect whatever triggered it)
  useEffect(() => applyTouchRule.current())
  useLayoutEffect(() => {
    const c = controls.current
    if (!c || typeof document === 'undefined') return
    let activated = false
    const apply = () => {
      el.style.touchAction = activated ? 'none' : 'pan-y'
      el.dataset.activated = String(activated)
      c.enableZoom = activated
      // (three-stdlib's TOUCH.ROTATE is 0; null: one finger does nothing here and the page scrolls)
      c.touches.ONE = (activated ? TOUCH.ROTATE : null) as unknown as TOUCH
    }
    const set = (on: boolean) => {
      if (activated === on) return
      activated = on
      apply()
    }
    let downAt = 0
    let downX = 0
    let downY = 0
    const onDown = (ev: PointerEvent) => {
      if (ev.pointerType !== 'touch') return set(true)
      downAt = ev.timeStamp
      downX = ev.clientX
      downY = ev.clientY
    }
    // a short tap without movement activates the viewer on touch screens
    const onUp = (ev: PointerEvent) => {
      if (ev.pointerType === 'touch' && ev.timeStamp - downAt < 350 && Math.hypot(ev.clientX - downX, ev.clientY - downY) < 10) set(true)
    }
    const onOutside = (ev: PointerEvent) => {
      if (!el.contains(ev.target as Node)) set(false)
    }
    // keyboard focus on the viewer (the element or a focusable wrapper around it) activates it
    const holds = (t: EventTarget | null) => !!t && (t === el || (typeof (t as Node).contains === 'function' && (t as Node).contains(el)))
    const onFocusIn = (ev: FocusEvent) => holds(ev.target) && set(true)
    const onFocusOut = (ev: FocusEvent) => holds(ev.target) && !holds(ev.relatedTarget) && set(false)
    el.addEventListener('pointerdown', onDown)
    el.addEventListener('pointerup', onUp)
    document.addEventListener('focusin', onFocusIn)
    document.addEventListener('focusout', onFocusOut)
    document.addEventListener('pointerdown', onOutside, true)
    apply()
    applyTouchRule.current = apply
    return () => {
      applyTouchRule.current = () => undefined
      el.removeEventListener('pointerdown', onDown)
      el.removeEventListener('pointerup', onUp)
      document.removeEventListener('focusin', onFocusIn)
      document.removeEventListener('focusout', onFocusOut)
      document.removeEventListener('pointerdown', onOutside, true)
    }
  }, [el])

  return (
    <OrbitControls
      ref={controls}
      domElement={el}
      {...CAMERA_LIMITS}
      enablePan={false}
      enableDamping={smooth}
      dampingFactor={DAMPING}
      onChange={() => void (move.current.changed = true)}
      // a drag takes over from a preset move; where it comes to rest is stored as a free camera
      onStart={() => void (move.current.moving = false)}
      onEnd={() => void (move.current.userEnded = true)}
    />
  )
}

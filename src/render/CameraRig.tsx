/**
 * The camera of one viewer: drei's CameraControls (camera-controls) for orbit and zoom with distance
 * and polar limits, smooth preset moves that settle exactly and stop requesting frames at rest, and
 * the keyboard (orbit and zoom steps through the scene handle). Presets and free cameras come from
 * the scene state; a finished user orbit is stored back as a free camera. The touch rule: one finger
 * scrolls the page (and the wheel too) until the viewer is activated by a tap, a click or keyboard focus.
 *
 * Measured against the hand-written rig it replaces (OrbitControls + own preset damper), demo build:
 * camera-controls + drei's wrapper ≈ 11.3 KB gzip vs OrbitControls ≈ 4.4 KB + ~2 KB of own code, so
 * about +5 KB gzip; 0 frames when idle in both (tests/browser/render-scene "no frames for 2 s");
 * kept for its exact-settling transitions, inertia and the rotate/dolly API the keyboard uses.
 */
// R3F: the scene's three.js objects and its per-frame state are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { CameraControls, CameraControlsImpl } from '@react-three/drei/core/CameraControls.js'
import { Vector3 } from 'three'
import type { CameraState, FreeCamera } from '../scene-state/types.ts'
import { cameraGoal, framingPoints } from './cameraFraming.ts'
import { targetPoseOf, useSceneFrame } from './frame.ts'

/** Orbit limits (m, rad). */
export const CAMERA_LIMITS = Object.freeze({ minDistance: 0.3, maxDistance: 2.4, minPolarAngle: 0.05, maxPolarAngle: Math.PI - 0.05 })
/** Seconds camera-controls' damper takes to close most of a preset move (about 4× a 63 % time constant of 0.22 s). */
const SMOOTH_TIME = 0.25

/**
 * camera-controls with R3F's demand frames: after an idle period R3F's delta is the whole pause,
 * which would finish a new move in one frame; the first step after rest is one frame long.
 */
class DemandCameraControls extends CameraControlsImpl {
  private resting = true
  override update(delta: number): boolean {
    const moved = super.update(this.resting ? Math.min(delta, 1 / 60) : Math.min(delta, 0.1))
    this.resting = !moved
    return moved
  }
}

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

const pos = new Vector3()
const target = new Vector3()

export function CameraRig({ smooth, domElement, apiRef }: CameraRigProps) {
  const frame = useSceneFrame()
  const controls = useRef<CameraControlsImpl>(null)
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const el = domElement ?? gl.domElement
  const userMoved = useRef(false)
  const emitted = useRef<FreeCamera | null>(null)
  const points = useMemo(() => framingPoints(frame.instance), [frame.instance])

  // store → camera (presets follow the target pose: posture changes reframe)
  useLayoutEffect(() => {
    const c = controls.current
    if (!c) return
    const { store, variant } = frame
    const goTo = (cam: CameraState, jump: boolean) => {
      cameraGoal(cam, targetPoseOf(store, variant), points, pos, target)
      void c.setLookAt(pos.x, pos.y, pos.z, target.x, target.y, target.z, !jump)
      invalidate()
    }
    if (apiRef)
      apiRef.current = {
        goTo,
        // (a move without transition starts no frame by itself)
        orbit: (azimuth, polar) => {
          void c.rotate(azimuth, polar, smooth)
          invalidate()
        },
        zoom: (metres) => {
          void c.dolly(metres, smooth)
          invalidate()
        },
      }
    goTo(store.getState().camera, true)
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.camera === prev.camera && s.posture === prev.posture) return
      // the free camera the user just left here: already there
      if (s.camera === emitted.current && s.posture === prev.posture) return
      goTo(s.camera, !smooth)
    })
    return () => {
      unsubscribe()
      if (apiRef) apiRef.current = null
    }
  }, [frame, points, smooth, apiRef, invalidate])

  // touch rule: from the first frame on (layout effect); camera-controls sets its own touch-action
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
      c.mouseButtons.wheel = activated ? CameraControlsImpl.ACTION.DOLLY : CameraControlsImpl.ACTION.NONE
      c.touches.one = activated ? CameraControlsImpl.ACTION.TOUCH_ROTATE : CameraControlsImpl.ACTION.NONE
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
    <CameraControls
      ref={controls}
      impl={DemandCameraControls}
      domElement={el}
      {...CAMERA_LIMITS}
      smoothTime={smooth ? SMOOTH_TIME : 0}
      draggingSmoothTime={smooth ? 0.12 : 0}
      // the user orbit ends: store where the camera came to rest as a free camera
      onControlStart={() => void (userMoved.current = true)}
      onUpdate={() => void (frame.busy = true)}
      onSleep={() => {
        const c = controls.current
        if (!userMoved.current || !c) return
        userMoved.current = false
        c.getPosition(pos)
        c.getTarget(target)
        const cam: FreeCamera = { position: [pos.x, pos.y, pos.z], target: [target.x, target.y, target.z] }
        emitted.current = cam
        frame.store.getState().setCamera(cam, { coalesce: true })
      }}
    />
  )
}

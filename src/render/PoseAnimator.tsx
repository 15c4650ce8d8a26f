/**
 * The pose animator: moves the displayed pose (and the disc pressure) toward the store's target pose
 * with scene-state's damped `step`, which settles exactly, or jumps to it (`jumpTo`). Runs first in
 * every frame; the other features read `frame.displayed`. It subscribes to the target pose only (the
 * derived view's memoised object), so a change of layers or focus does not restart the animation.
 */
// R3F: the scene's three.js objects and its per-frame state are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { useLayoutEffect, useMemo } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { CHANNEL_COUNT, channelsToPose, createAnimState, jumpTo, poseToChannels, step } from '../scene-state/index.ts'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'

export interface PoseAnimatorProps {
  /** jump to every new pose (reduced motion, settleImmediately) */
  jumpAll: boolean
}

export function PoseAnimator({ jumpAll }: PoseAnimatorProps) {
  const frame = useSceneFrame()
  const invalidate = useThree((s) => s.invalidate)
  const anim = useMemo(() => {
    const target = poseToChannels(frame.target, new Float64Array(CHANNEL_COUNT))
    const disc = new Float64Array([frame.target.readout.discL4L5MPa])
    return { target, state: createAnimState(target), disc, discState: createAnimState(disc), wasSettled: true }
  }, [frame])

  useLayoutEffect(() => {
    const { store, variant } = frame
    return store.subscribe(
      (s) => {
        const view = store.selectView(s)
        return variant === 'compare' ? (view.compare?.pose ?? view.pose) : view.pose
      },
      (pose) => {
        frame.target = pose
        poseToChannels(pose, anim.target)
        anim.disc[0] = pose.readout.discL4L5MPa
        if (jumpAll) frame.jump = true
        invalidate()
      },
      { fireImmediately: true },
    )
  }, [frame, anim, jumpAll, invalidate])

  useFrame((_, delta) => {
    frame.frames++
    frame.busy = false
    // after an idle period R3F's delta is the whole pause: start a new animation with one frame's step
    const dt = anim.wasSettled ? Math.min(delta, 1 / 60) : delta
    let settled: boolean
    if (frame.jump || jumpAll) {
      jumpTo(anim.state, anim.target)
      jumpTo(anim.discState, anim.disc)
      frame.jump = false
      settled = true
    } else {
      settled = step(anim.state, anim.target, dt)
      settled = step(anim.discState, anim.disc, dt) && settled
    }
    channelsToPose(anim.state.value, frame.displayed)
    frame.discMPa = anim.discState.value[0]
    frame.poseSettled = settled
    anim.wasSettled = settled
  }, FRAME_PRIORITY.animate)
  return null
}

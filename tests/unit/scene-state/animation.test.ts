import { describe, expect, test } from 'vitest'
import * as fc from 'fast-check'
import {
  CHANNEL_COUNT,
  CHANNEL_INDEX,
  POSE_CHANNELS,
  POSTURES,
  TIGHT_SIDES,
  channelsToPose,
  createAnimState,
  derivePose,
  isSettled,
  jumpTo,
  poseToChannels,
  step,
} from '../../../src/scene-state/index.ts'
import type { Posture, TightSide } from '../../../src/scene-state/index.ts'

const arbInput = fc.record({
  tightness: fc.double({ min: 0, max: 1, noNaN: true }),
  side: fc.constantFrom<TightSide>(...TIGHT_SIDES),
  posture: fc.constantFrom<Posture>(...POSTURES),
})
const channels = (i: { tightness: number; side: TightSide; posture: Posture }) => poseToChannels(derivePose(i), new Float64Array(CHANNEL_COUNT))

describe('channels', () => {
  test('ordered names with an index; pose ↔ channels round trip', () => {
    expect(POSE_CHANNELS.length).toBe(CHANNEL_COUNT)
    expect(new Set(POSE_CHANNELS).size).toBe(CHANNEL_COUNT)
    expect(POSE_CHANNELS.slice(0, 4)).toEqual(['root.px', 'root.py', 'root.pz', 'root.flexion'])
    for (const n of ['pelvis.flexion', 'segments.L5S1.flexion', 'segments.L1L2.lateralBend', 'hips.left.flexion', 'muscles.left.tense', 'muscles.right.shortening', 'nerves.femoral.left', 'nerves.lumbosacralTrunk.right'])
      expect(POSE_CHANNELS[CHANNEL_INDEX[n]]).toBe(n)
    const pose = derivePose({ tightness: 0.66, side: 'right', posture: 'standing' })
    const ch = poseToChannels(pose, new Float64Array(CHANNEL_COUNT))
    expect(ch[CHANNEL_INDEX['pelvis.flexion']]).toBe(pose.pelvis.flexion)
    expect(ch[CHANNEL_INDEX['nerves.genitofemoral.right']]).toBe(pose.nerves.genitofemoral.right)
    expect(ch[CHANNEL_INDEX['muscles.right.tensionN']]).toBe(pose.muscles.right.tensionN)
    const other = derivePose({ tightness: 0, side: 'both', posture: 'supine' })
    const back = channelsToPose(ch, other)
    expect(back).toBe(other)
    const { readout: _r1, ...a } = back
    const { readout: _r2, ...b } = pose
    expect(a).toEqual(b)
  })
})

describe('step: critically damped spring', () => {
  test('any jump between any two poses settles within 2 s of 1/60 s steps, exactly on the target', () => {
    fc.assert(
      fc.property(arbInput, arbInput, (from, to) => {
        const anim = createAnimState(channels(from))
        const target = channels(to)
        let settled = false
        let steps = 0
        while (!settled && steps < 120) {
          settled = step(anim, target, 1 / 60)
          steps++
        }
        expect(settled).toBe(true)
        for (let i = 0; i < CHANNEL_COUNT; i++) {
          expect(anim.value[i]).toBe(target[i])
          expect(anim.velocity[i]).toBe(0)
        }
        expect(isSettled(anim, target)).toBe(true)
        expect(step(anim, target, 1 / 60)).toBe(true) // stays settled
      }),
      { numRuns: 300 },
    )
  })
  test('every posture-to-posture jump (relaxed → severe, any side) settles within 1.75 s at 60 fps', () => {
    let worst = 0
    for (const p1 of POSTURES)
      for (const p2 of POSTURES)
        for (const side of TIGHT_SIDES) {
          const a = createAnimState(channels({ tightness: 0, side: 'both', posture: p1 }))
          const target = channels({ tightness: 1, side, posture: p2 })
          let n = 1
          while (!step(a, target, 1 / 60)) n++
          worst = Math.max(worst, n)
        }
    expect(worst / 60).toBeLessThan(1.75)
    expect(worst / 60).toBeGreaterThan(0.5) // it does animate, not jump
  })
  test('worst case (thomasTest ↔ standing, severe) settles within 2 s even at 30 fps and 144 fps', () => {
    for (const dt of [1 / 30, 1 / 60, 1 / 144]) {
      const a = createAnimState(channels({ tightness: 0, side: 'both', posture: 'standing' }))
      const target = channels({ tightness: 1, side: 'left', posture: 'thomasTest' })
      let t = 0
      while (!step(a, target, dt)) t += dt
      expect(t).toBeLessThan(2)
    }
  })
  test('moves smoothly: no overshoot, the first steps are partial', () => {
    const a = createAnimState(new Float64Array(CHANNEL_COUNT))
    const target = new Float64Array(CHANNEL_COUNT).fill(1)
    step(a, target, 1 / 60)
    expect(a.value[0]).toBeGreaterThan(0)
    expect(a.value[0]).toBeLessThan(0.1)
    let prev = a.value[0]
    for (let i = 0; i < 200; i++) {
      step(a, target, 1 / 60)
      expect(a.value[0]).toBeLessThanOrEqual(1)
      expect(a.value[0]).toBeGreaterThanOrEqual(prev)
      prev = a.value[0]
    }
  })
  test('deterministic for a given dt sequence; works in place on the same arrays', () => {
    fc.assert(
      fc.property(arbInput, arbInput, fc.array(fc.double({ min: 0, max: 0.2, noNaN: true }), { minLength: 1, maxLength: 100 }), (from, to, dts) => {
        const start = channels(from)
        const target = channels(to)
        const a = createAnimState(start)
        const b = createAnimState(start)
        const va = a.value
        const vv = a.velocity
        for (const dt of dts) expect(step(a, target, dt)).toBe(step(b, target, dt))
        expect(a.value).toBe(va)
        expect(a.velocity).toBe(vv)
        expect(Array.from(a.value)).toEqual(Array.from(b.value))
        expect(Array.from(a.velocity)).toEqual(Array.from(b.velocity))
      }),
      { numRuns: 200 },
    )
  })
  test('dt is clamped: a 10 s background-tab frame equals a 0.1 s frame; dt ≤ 0 or NaN changes nothing', () => {
    const target = channels({ tightness: 1, side: 'right', posture: 'standing' })
    const a = createAnimState(new Float64Array(CHANNEL_COUNT))
    const b = createAnimState(new Float64Array(CHANNEL_COUNT))
    step(a, target, 10)
    step(b, target, 0.1)
    expect(Array.from(a.value)).toEqual(Array.from(b.value))
    const c = createAnimState(new Float64Array(CHANNEL_COUNT))
    expect(step(c, target, 0)).toBe(false)
    step(c, target, NaN)
    step(c, target, -1)
    expect(Array.from(c.value).every((v) => v === 0)).toBe(true)
  })
  test('corrupted values recover; non-finite targets are held', () => {
    const target = new Float64Array(CHANNEL_COUNT)
    const a = createAnimState(new Float64Array(CHANNEL_COUNT))
    a.value[3] = NaN
    a.velocity[4] = Infinity
    step(a, target, 1 / 60)
    expect(a.value[3]).toBe(0)
    expect(a.value[4]).toBe(0)
    target[5] = NaN
    a.value[5] = 0.3
    expect(step(a, target, 1 / 60)).toBe(true)
    expect(a.value[5]).toBe(0.3)
  })
  test('jumpTo (reduced motion, tests) lands exactly and settles', () => {
    const target = channels({ tightness: 0.66, side: 'right', posture: 'standing' })
    const a = createAnimState(new Float64Array(CHANNEL_COUNT))
    a.velocity.fill(3)
    jumpTo(a, target)
    expect(Array.from(a.value)).toEqual(Array.from(target))
    expect(isSettled(a, target)).toBe(true)
    expect(step(a, target, 1 / 60)).toBe(true)
  })
})

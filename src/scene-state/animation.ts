/**
 * Animation of the displayed pose toward the target pose: a pure, deterministic critically damped
 * spring per channel, no allocation per step.
 *
 * Maths: the critically damped spring of Game Programming Gems 4, ch. 1.10 (Thomas Lowe), the same
 * closed form used by Unity's Mathf.SmoothDamp and by maath's `easing.damp` (pmndrs/maath,
 * src/easing.ts): ω = 2 / smoothTime, x = ω·dt, e = 1 / (1 + x + 0.48x² + 0.235x³) (a Padé-style
 * approximation of exp(−x)), Δ = value − target, temp = (v + ω·Δ)·dt, v' = (v − ω·temp)·e,
 * value' = target + (Δ + temp)·e, with the overshoot guard (if value' crossed the target, stop there).
 * Added here: a snap to the exact target once |value − target| and |v| are below small epsilons (per
 * channel scale), so the animation ends with value === target exactly and can report "settled".
 */
import { NERVE_KEYS, SEGMENT_KEYS, SIDES } from './ids.ts'
import type { Pose, Rot } from './types.ts'

const ROT_FIELDS = ['flexion', 'lateralBend', 'axialRotation'] as const
const MUSCLE_FIELDS = ['shortening', 'tensionN', 'tense'] as const

function buildChannels(): string[] {
  const c: string[] = ['root.px', 'root.py', 'root.pz']
  for (const f of ROT_FIELDS) c.push(`root.${f}`)
  for (const f of ROT_FIELDS) c.push(`pelvis.${f}`)
  for (const k of SEGMENT_KEYS) for (const f of ROT_FIELDS) c.push(`segments.${k}.${f}`)
  for (const s of SIDES) for (const f of ROT_FIELDS) c.push(`hips.${s}.${f}`)
  for (const s of SIDES) for (const f of MUSCLE_FIELDS) c.push(`muscles.${s}.${f}`)
  for (const n of NERVE_KEYS) for (const s of SIDES) c.push(`nerves.${n}.${s}`)
  return c
}
/**
 * Ordered animated channels of a Pose (the readout is not animated: read it from the target pose).
 * Names: 'root.px|py|pz', 'root.<rot>', 'pelvis.<rot>', 'segments.<L5S1..L1L2>.<rot>',
 * 'hips.<left|right>.<rot>', 'muscles.<side>.<shortening|tensionN|tense>', 'nerves.<nerveKey>.<side>'
 * with <rot> = flexion | lateralBend | axialRotation.
 */
export const POSE_CHANNELS: readonly string[] = Object.freeze(buildChannels())
export const CHANNEL_COUNT = POSE_CHANNELS.length
/** channel name → index into the Float64Arrays */
export const CHANNEL_INDEX: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(POSE_CHANNELS.map((n, i) => [n, i])),
)

/** Size of a channel's natural unit, used to scale the settle epsilons (tension is in newtons). */
export const CHANNEL_SCALE: Float64Array = Float64Array.from(POSE_CHANNELS, (n) => (n.endsWith('.tensionN') ? 1000 : 1))

function writeRot(r: Rot, out: Float64Array, i: number): number {
  out[i] = r.flexion
  out[i + 1] = r.lateralBend
  out[i + 2] = r.axialRotation
  return i + 3
}
/** Writes a pose into a channel array (length CHANNEL_COUNT); returns `out`. No allocation. */
export function poseToChannels(pose: Pose, out: Float64Array): Float64Array {
  let i = 0
  out[i++] = pose.root.position[0]
  out[i++] = pose.root.position[1]
  out[i++] = pose.root.position[2]
  i = writeRot(pose.root.rotation, out, i)
  i = writeRot(pose.pelvis, out, i)
  for (const k of SEGMENT_KEYS) i = writeRot(pose.segments[k], out, i)
  for (const s of SIDES) i = writeRot(pose.hips[s], out, i)
  for (const s of SIDES) {
    const m = pose.muscles[s]
    out[i++] = m.shortening
    out[i++] = m.tensionN
    out[i++] = m.tense
  }
  for (const n of NERVE_KEYS) for (const s of SIDES) out[i++] = pose.nerves[n][s]
  return out
}

function readRot(v: Float64Array, i: number, r: Rot): number {
  r.flexion = v[i]
  r.lateralBend = v[i + 1]
  r.axialRotation = v[i + 2]
  return i + 3
}
/**
 * Writes channel values into an existing Pose object (mutating it; no allocation), e.g. a displayed
 * pose created once with `derivePose`. The readout of `out` is left as it is.
 */
export function channelsToPose(values: Float64Array, out: Pose): Pose {
  let i = 0
  out.root.position[0] = values[i++]
  out.root.position[1] = values[i++]
  out.root.position[2] = values[i++]
  i = readRot(values, i, out.root.rotation)
  i = readRot(values, i, out.pelvis)
  for (const k of SEGMENT_KEYS) i = readRot(values, i, out.segments[k])
  for (const s of SIDES) i = readRot(values, i, out.hips[s])
  for (const s of SIDES) {
    const m = out.muscles[s]
    m.shortening = values[i++]
    m.tensionN = values[i++]
    m.tense = values[i++]
  }
  for (const n of NERVE_KEYS) for (const s of SIDES) out.nerves[n][s] = values[i++]
  return out
}

export interface AnimState {
  value: Float64Array
  velocity: Float64Array
}
/** A displayed state at rest at `initial` (copied). */
export function createAnimState(initial: Float64Array): AnimState {
  return { value: Float64Array.from(initial), velocity: new Float64Array(initial.length) }
}

export interface StepOptions {
  /** seconds to reach the target approximately (maath's smoothTime); default 0.25 */
  smoothTime?: number
  /** largest dt used per step (s); default 0.1, so a background tab does not jump */
  maxDt?: number
  /** snap when |value − target| < epsilon × channel scale; default 1e-4 (0.006° / 0.1 mm) */
  epsilon?: number
  /** and |velocity| < velocityEpsilon × channel scale; default 1e-2 per second (0.6°/s) */
  velocityEpsilon?: number
}
export const DEFAULT_SMOOTH_TIME = 0.25
export const DEFAULT_MAX_DT = 0.1
export const DEFAULT_EPSILON = 1e-4
export const DEFAULT_VELOCITY_EPSILON = 1e-2

/**
 * Advances `displayed` toward `target` by dt seconds (clamped to [0, maxDt]; NaN counts as 0), in place.
 * Returns true when every channel equals its target exactly with zero velocity (settled).
 * Channels whose target is not finite are held where they are.
 */
export function step(displayed: AnimState, target: Float64Array, dt: number, options?: StepOptions): boolean {
  const value = displayed.value
  const vel = displayed.velocity
  const smoothTime = Math.max(1e-4, options?.smoothTime ?? DEFAULT_SMOOTH_TIME)
  const maxDt = options?.maxDt ?? DEFAULT_MAX_DT
  const eps = options?.epsilon ?? DEFAULT_EPSILON
  const vEps = options?.velocityEpsilon ?? DEFAULT_VELOCITY_EPSILON
  const h = dt > 0 ? (dt < maxDt ? dt : maxDt) : 0
  const omega = 2 / smoothTime
  const x = omega * h
  const decay = 1 / (1 + x + 0.48 * x * x + 0.235 * x * x * x)
  const n = value.length < target.length ? value.length : target.length
  let settled = true
  for (let i = 0; i < n; i++) {
    const to = target[i]
    const from = value[i]
    if (!Number.isFinite(to)) {
      vel[i] = 0
      continue
    }
    if (!Number.isFinite(from) || !Number.isFinite(vel[i])) {
      // a corrupted channel recovers by jumping
      value[i] = to
      vel[i] = 0
      continue
    }
    const scale = CHANNEL_SCALE[i] ?? 1
    if (from === to && vel[i] === 0) continue
    if (h > 0) {
      const change = from - to
      const temp = (vel[i] + omega * change) * h
      let v = (vel[i] - omega * temp) * decay
      let out = to + (change + temp) * decay
      if (to - from > 0 === out > to) {
        // overshoot guard (maath / SmoothDamp)
        out = to
        v = 0
      }
      value[i] = out
      vel[i] = v
    }
    if (Math.abs(value[i] - to) < eps * scale && Math.abs(vel[i]) < vEps * scale) {
      value[i] = to
      vel[i] = 0
    } else {
      settled = false
    }
  }
  return settled
}

/** Jumps to the target at once (reduced motion, tests): value = target, velocity = 0. */
export function jumpTo(displayed: AnimState, target: Float64Array): void {
  displayed.value.set(target.subarray(0, displayed.value.length))
  displayed.velocity.fill(0)
}

/** True when value equals target exactly and nothing moves. */
export function isSettled(displayed: AnimState, target: Float64Array): boolean {
  const n = Math.min(displayed.value.length, target.length)
  for (let i = 0; i < n; i++) if (displayed.value[i] !== target[i] || displayed.velocity[i] !== 0) return false
  return true
}

/**
 * The one copy of the anatomical numbers: reference/anatomy-reference.json (imported, never retyped).
 * Helpers return millimetres in the glTF frame (+Y up, +Z anterior, +X patient left).
 */
import ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import type { Vec3 } from './vec.ts'
import { mm } from './vec.ts'

export type Reference = typeof ref
export const REF: Reference = ref

export type Level = 'L1' | 'L2' | 'L3' | 'L4' | 'L5'
export const LEVELS: Level[] = ['L1', 'L2', 'L3', 'L4', 'L5']
export type DiscKey = 'L1L2' | 'L2L3' | 'L3L4' | 'L4L5' | 'L5S1'

type LandmarkName = keyof Reference['landmarks']

/** Landmark position in mm. */
export function landmarkMm(name: string): Vec3 {
  const l = (REF.landmarks as Record<string, { position_m: number[] }>)[name as LandmarkName]
  if (!l) throw new Error(`unknown landmark ${name}`)
  return mm(l.position_m)
}
export function landmarkM(name: string): Vec3 {
  const l = (REF.landmarks as Record<string, { position_m: number[] }>)[name]
  if (!l) throw new Error(`unknown landmark ${name}`)
  return [l.position_m[0], l.position_m[1], l.position_m[2]]
}

/** The joint below and above each vertebra. */
export const LOWER_JOINT: Record<Level, DiscKey> = { L1: 'L1L2', L2: 'L2L3', L3: 'L3L4', L4: 'L4L5', L5: 'L5S1' }
export const UPPER_JOINT: Record<Level, string> = { L1: 'T12L1', L2: 'L1L2', L3: 'L2L3', L4: 'L3L4', L5: 'L4L5' }
/**
 * The bone above and below each disc / facet joint (disc.ts, facets.ts). Here rather than in disc.ts: facets.ts
 * importing disc.ts closes the cycle facets → disc → vertebra → facets, and vertebra.ts reads FACET_JOINT_DEFAULTS
 * at load time.
 */
export const UPPER_OF: Record<DiscKey, Level> = { L1L2: 'L1', L2L3: 'L2', L3L4: 'L3', L4L5: 'L4', L5S1: 'L5' }
export const LOWER_OF: Record<DiscKey, Level | 'S1'> = { L1L2: 'L2', L2L3: 'L3', L3L4: 'L4', L4L5: 'L5', L5S1: 'S1' }

/**
 * The schematic body map (anatomy-reference §7 `bodyMap`): its outline, its regions and the symptoms
 * a pose may give in them. Coordinates are normalised to a standing figure (x 0..1 across, y 0..1 head to sole).
 */
import * as ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import { NERVE_KEYS } from './ids.ts'
import type { BodySide, NerveKey } from './ids.ts'
import type { Pose } from './types.ts'
import { TEACHING } from './biomechanics.ts'
import { NERVE_MARK_THRESHOLD, NERVES } from './nerves.ts'

/** Key levels (y, 0 = top of head, 1 = soles) and half widths of the schematic outline. */
export const BODY_MAP_OUTLINE = Object.freeze({
  levels: Object.freeze({ ...ref.bodyMap.outlineKeyLevels_y }),
  halfWidths: Object.freeze({ ...ref.bodyMap.outlineHalfWidths }),
})

export interface BodyRegion {
  id: string
  view: 'front' | 'back'
  /** polygon for the patient's right side (left = (1 − x, y)) */
  polygonRight: ReadonlyArray<readonly [number, number]>
  description: string
  /** lumbar-plexus nerve keys that supply it (from the nerves' sensoryRegions) */
  nerves: readonly NerveKey[]
  roots: readonly string[]
}
export const BODY_REGIONS: readonly BodyRegion[] = Object.freeze(
  ref.bodyMap.regions.map((r) => ({
    id: r.id,
    view: r.view as 'front' | 'back',
    polygonRight: r.polygonRight.map((p) => [p[0], p[1]] as const),
    description: r.description,
    nerves: NERVE_KEYS.filter((k) => NERVES[k].sensoryRegions.includes(r.id)),
    roots: [...r.roots],
  })),
)
export const BODY_REGION_IDS: readonly string[] = BODY_REGIONS.map((r) => r.id)
export function bodyRegion(id: string): BodyRegion | undefined {
  return BODY_REGIONS.find((r) => r.id === id)
}


export interface Symptom {
  region: string
  side: BodySide
  view: 'front' | 'back'
  /** 0..0.6: the largest compression of the nerves that supply the region */
  intensity: number
  /** intensity / the compression cap, 0..1 (for colour strength) */
  level: number
  nerves: NerveKey[]
}
/**
 * Body-map regions where symptoms could be felt for the nerve compression in a pose: one entry per
 * (region, side) with any compressed nerve, sorted by intensity (desc), then body-map order, right first.
 */
export function deriveSymptoms(pose: Pose): Symptom[] {
  const out: Symptom[] = []
  BODY_REGIONS.forEach((r) => {
    for (const side of ['right', 'left'] as const) {
      let intensity = 0
      const nerves: NerveKey[] = []
      for (const k of r.nerves) {
        const c = pose.nerves[k][side]
        if (c >= NERVE_MARK_THRESHOLD) {
          nerves.push(k)
          if (c > intensity) intensity = c
        }
      }
      if (nerves.length > 0) out.push({ region: r.id, side, view: r.view, intensity, level: intensity / TEACHING.nerveCap, nerves })
    }
  })
  const order = new Map(BODY_REGION_IDS.map((id, i) => [id, i]))
  return out.sort(
    (a, b) =>
      b.intensity - a.intensity ||
      (order.get(a.region) ?? 0) - (order.get(b.region) ?? 0) ||
      (a.side === b.side ? 0 : a.side === 'right' ? -1 : 1),
  )
}

/**
 * The schematic body map (anatomy-reference §7 `bodyMap`): its outline, its regions and the symptoms
 * a pose may give in them. Coordinates are normalised to a standing figure (x 0..1 across, y 0..1 head to sole).
 */
import * as ref from './reference.runtime.json' with { type: 'json' }
import { NERVE_KEYS } from './ids.ts'
import type { BodySide, NerveId, NerveKey } from './ids.ts'
import type { BodyRegionChoice, CameraPreset, Pose } from './types.ts'
import { TEACHING } from './biomechanics.ts'
import { NERVE_MARK_THRESHOLD, NERVES, type PsoasLinkGrade } from './nerves.ts'

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

// ------------------------------------------------------------------ pointing at a region

/** A lumbar-plexus nerve that supplies a region, on the side the patient pointed at. */
export interface RegionNerve {
  key: NerveKey
  /** the structure id of this nerve on that side, e.g. "femoralRight" */
  id: NerveId
  /** e.g. "L2-L4" */
  rootsLabel: string
  /** teaching-model compression of this nerve on that side in the given pose (0..nerveCap) */
  compression: number
  /** grade of "a tight psoas could press on it" (reference evidence) */
  psoasLinkGrade: PsoasLinkGrade
}

/**
 * The lumbar-plexus nerves that supply a region (the reverse of the nerves' `sensoryRegions`), on one
 * side, most relevant first: the most compressed in `pose` first; then a nerve the psoas could press
 * on (hypothesis) before one it is not thought to (not supported); then the larger teaching weight of
 * the reference; then the reference's nerve order. Without a pose every compression is 0. Unknown
 * region ids and regions outside the lumbar plexus (back of the thigh, calf, …) give [].
 */
export function regionNerves(regionId: string, side: BodySide, pose?: Pose): RegionNerve[] {
  const region = bodyRegion(regionId)
  if (!region) return []
  const suffix = side === 'left' ? 'Left' : 'Right'
  const out = region.nerves.map((key) => ({
    key,
    id: `${key}${suffix}` as NerveId,
    rootsLabel: NERVES[key].rootsLabel,
    compression: pose ? pose.nerves[key][side] : 0,
    psoasLinkGrade: NERVES[key].psoasLinkGrade,
  }))
  const rank = (n: RegionNerve) => (n.psoasLinkGrade === 'not supported' ? 1 : 0)
  return out.sort(
    (a, b) =>
      b.compression - a.compression ||
      rank(a) - rank(b) ||
      NERVES[b.key].weight - NERVES[a.key].weight ||
      NERVE_KEYS.indexOf(a.key) - NERVE_KEYS.indexOf(b.key),
  )
}

/**
 * How a tight psoas could relate to a region, as the reference grades it:
 * - `marked`: its most relevant nerve is marked "could be irritated" in the pose (a hypothesis);
 * - `possible`: that nerve runs through or beside the psoas, a link graded hypothesis, not marked now;
 * - `unlikely`: the psoas is not thought to press on that nerve (graded not supported);
 * - `notPlexus`: no lumbar-plexus nerve supplies the region (its nerves do not run through the psoas).
 */
export type PsoasRelation = 'marked' | 'possible' | 'unlikely' | 'notPlexus'

/** What pointing at a region means: its nerves, the one to focus, where to look from and the relation. */
export interface RegionReading {
  region: string
  side: BodySide
  view: BodyRegion['view']
  /** the region's spinal roots in the reference (also for regions outside the lumbar plexus) */
  roots: readonly string[]
  /** its lumbar-plexus nerves, most relevant first (regionNerves) */
  nerves: RegionNerve[]
  /** the nerve to focus: the first of `nerves`, or null */
  focus: NerveId | null
  /** the camera preset that turns to it */
  camera: CameraPreset
  relation: PsoasRelation
}

/**
 * The camera preset that turns to a region: the back view for regions on the back; for the front,
 * the oblique preset (which looks from the patient's right front) on the right side and the front
 * view on the left (there is no left oblique preset).
 */
export function regionCamera(view: BodyRegion['view'], side: BodySide): CameraPreset {
  if (view === 'back') return 'back'
  return side === 'right' ? 'oblique' : 'front'
}

/** Reads a body-map choice against a pose; null for an unknown region id. */
export function readBodyRegion(choice: BodyRegionChoice, pose?: Pose): RegionReading | null {
  const region = bodyRegion(choice.region)
  if (!region) return null
  const nerves = regionNerves(region.id, choice.side, pose)
  const first = nerves[0]
  let relation: PsoasRelation
  if (!first) relation = 'notPlexus'
  else if (first.psoasLinkGrade === 'not supported') relation = 'unlikely'
  else if (first.compression >= NERVE_MARK_THRESHOLD) relation = 'marked'
  else relation = 'possible'
  return {
    region: region.id,
    side: choice.side,
    view: region.view,
    roots: region.roots,
    nerves,
    focus: first ? first.id : null,
    camera: regionCamera(region.view, choice.side),
    relation,
  }
}

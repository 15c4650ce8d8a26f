/**
 * The one derived view of a scene state. Everything the product shows — the 3D pose, the marked
 * nerves, the symptom regions, the caption, every readout number and the facts behind the live
 * description — is read from `deriveView(state)`; nothing outside this module calls `derivePose`.
 * That way the picture and the words cannot disagree (one threshold, one rounding).
 *
 * `deriveView` is memoised: the same (tightness, side, posture, compare) returns the same object,
 * so React selectors built on it are stable (`store.getView()` / `useSceneView()`).
 */
import type { BodySide, NerveId, NerveKey } from './ids.ts'
import { TEACHING, derivePose, deriveTeachingDetails, testedLeg, type PoseInput, type TeachingDetails } from './biomechanics.ts'
import { deriveSymptoms, type Symptom } from './body-map.ts'
import { NERVE_MARK_THRESHOLD } from './nerves.ts'
import { shownLordosisDeg } from './lordosis.ts'
import { POSTURES, TIGHT_SIDES } from './types.ts'
import type { CompareState, Pose, Posture, Readout, SceneState, TightSide } from './types.ts'


/** Locale-free facts behind the description (numbers already rounded as they are shown). */
export interface DescribeFacts {
  side: TightSide
  posture: Posture
  /** tightness in percent, integer */
  percent: number
  band: 'relaxed' | 'slight' | 'mild' | 'tight' | 'severe'
  /** rounded normal value + rounded teaching change (integers) */
  lordosisDeg: number
  normalLordosisDeg: number
  /** teaching change of the anterior pelvic tilt in this posture, degrees (integer, + = forward) */
  tiltChangeDeg: number
  /** the psoas pull moves the pelvis and spine in this posture (excess over the hip reserve > 0) */
  moved: boolean
  /** lean toward the tight side, degrees (integer, ≥ 0) */
  leanDeg: number
  /** MPa, two decimals */
  discMPa: number
  normalDiscMPa: number
  /** tested (Thomas) / rear (stretch) leg, else null */
  testedLeg: BodySide | null
  /** Thomas: thigh above the table line (integer degrees) */
  thomasThighDeg: number | null
  thomasPositive: boolean | null
  /** stretch: rear hip flexion (integer degrees, negative = behind the body), and at rest */
  rearHipDeg: number | null
  rearHipRestDeg: number | null
  /** marked nerves (compression ≥ NERVE_MARK_THRESHOLD on either side), in NERVE_CLINICAL_ORDER */
  nerves: NerveKey[]
  /** body-map region ids where it may be felt: two of the first nerve, one of the second, at most 3 */
  regions: string[]
  /** the psoas pulls in this posture (tension > 0) */
  pulling: boolean
}

/** A nerve (one side) that the view marks as "could be irritated". */
export interface MarkedNerve {
  key: NerveKey
  side: BodySide
  id: NerveId
  /** teaching-model compression 0..TEACHING.nerveCap */
  compression: number
  /** compression / nerveCap, 0..1 (for bars and colour strength) */
  level: number
}

/** What the caption over the 3D view labels (the teaching model draws these). */
export interface ViewCaption {
  /** the extra lower-back curve / forward pelvic tilt ("a common explanation") */
  curve: boolean
  /** the one-sided lean ("illustration only") */
  lean: boolean
}

export interface SceneView {
  /** the (sanitised) input of the main view */
  input: PoseInput
  /** target pose of the main view */
  pose: Pose
  /** the same side and posture at tightness 0 (the "normal" of the readouts) */
  normalPose: Pose
  details: TeachingDetails
  /** the compare view (a second state), or null when compare is off */
  compare: { input: PoseInput; pose: Pose } | null
  readouts: {
    current: Readout
    compare: Readout | null
    /** Thomas test: the tested thigh at tightness 0 (degrees), else null */
    thomasNormalDeg: number | null
  }
  /** marked nerves in NERVE_CLINICAL_ORDER (within a nerve, the more compressed side first) */
  markedNerves: MarkedNerve[]
  /** body-map regions with a marked nerve, most first */
  symptoms: Symptom[]
  caption: ViewCaption
  facts: DescribeFacts
}

/** Tightness band names (stops relaxed 0, mild 0.33, tight 0.66, severe 1; band edges half-way). */
function band(t: number): DescribeFacts['band'] {
  if (t <= 0) return 'relaxed'
  if (t < 0.165) return 'slight'
  if (t < 0.495) return 'mild'
  if (t < 0.83) return 'tight'
  return 'severe'
}
const roundInt = (x: number): number => Math.round(x) + 0
const roundHundredths = (x: number): number => Math.round(x * 100) / 100 + 0
/** Changes smaller than this (degrees) are not labelled in the caption. */
const CAPTION_MIN_DEG = 0.05

function sanitiseInput(s: { tightness: unknown; side: unknown; posture: unknown }): PoseInput {
  const t = typeof s.tightness === 'number' && Number.isFinite(s.tightness) ? Math.min(1, Math.max(0, s.tightness)) + 0 : 0
  const side = (TIGHT_SIDES as readonly unknown[]).includes(s.side) ? (s.side as TightSide) : 'both'
  const posture = (POSTURES as readonly unknown[]).includes(s.posture) ? (s.posture as Posture) : 'standing'
  return { tightness: t, side, posture }
}

/**
 * Order in which nerves are named, in the text and the lists: by clinical relevance, not by the
 * teaching weights (the genitofemoral has the largest weight, but the femoral — front of the thigh —
 * is what a clinician expects first). The two nerves the psoas is not thought to pinch come last.
 */
export const NERVE_CLINICAL_ORDER: readonly NerveKey[] = Object.freeze([
  'femoral',
  'obturator',
  'genitofemoral',
  'ilioinguinal',
  'iliohypogastric',
  'lateralFemoralCutaneous',
  'lumbosacralTrunk',
] as const satisfies readonly NerveKey[])

/** The nerves a pose marks as "could be irritated" (the view's `markedNerves`; also for the compare pose). */
export function markNerves(pose: Pose): MarkedNerve[] {
  const out: MarkedNerve[] = []
  for (const key of NERVE_CLINICAL_ORDER) {
    // within a nerve: the more compressed side first, right first on a tie
    const sides = pose.nerves[key].left > pose.nerves[key].right ? (['left', 'right'] as const) : SIDES_RIGHT_FIRST
    for (const side of sides) {
      const c = pose.nerves[key][side]
      if (c >= NERVE_MARK_THRESHOLD)
        out.push({ key, side, id: `${key}${side === 'left' ? 'Left' : 'Right'}`, compression: c, level: c / TEACHING.nerveCap })
    }
  }
  return out
}
const SIDES_RIGHT_FIRST = ['right', 'left'] as const

function factsOf(input: PoseInput, pose: Pose, normal: Pose, details: TeachingDetails, marked: MarkedNerve[], symptoms: Symptom[]): DescribeFacts {
  const ro = pose.readout
  const special = input.posture === 'thomasTest' || input.posture === 'hipFlexorStretch'
  const leg = special ? testedLeg(input.side) : null
  const nerves: NerveKey[] = []
  for (const m of marked) if (!nerves.includes(m.key)) nerves.push(m.key)
  // where it may be felt: up to two regions of the first nerve and one of the second (body-map order)
  const regions: string[] = []
  nerves.slice(0, 2).forEach((nerve, i) => {
    let taken = 0
    for (const s of symptoms) {
      if (regions.length >= 3 || taken >= (i === 0 ? 2 : 1)) break
      if (s.nerves.includes(nerve) && !regions.includes(s.region)) {
        regions.push(s.region)
        taken++
      }
    }
  })
  const stretch = leg !== null && input.posture === 'hipFlexorStretch'
  return {
    side: input.side,
    posture: input.posture,
    percent: roundInt(input.tightness * 100),
    band: band(input.tightness),
    // shown as rounded normal + rounded change (the side view's arc label rounds the same way)
    lordosisDeg: shownLordosisDeg(ro.lordosisDeg, ro.normal.lordosisDeg),
    normalLordosisDeg: roundInt(ro.normal.lordosisDeg),
    tiltChangeDeg: roundInt(ro.anteriorTiltChangeDeg - ro.normal.anteriorTiltChangeDeg),
    moved: details.excessDeg > 0,
    leanDeg: roundInt(Math.abs(ro.lateralLeanDeg)),
    discMPa: roundHundredths(ro.discL4L5MPa),
    normalDiscMPa: roundHundredths(ro.normal.discL4L5MPa),
    testedLeg: leg,
    thomasThighDeg: ro.thomasThighDeg === null ? null : roundInt(ro.thomasThighDeg),
    thomasPositive: details.thomasPositive,
    rearHipDeg: stretch ? roundInt(ro.hipFlexionDeg[leg]) : null,
    rearHipRestDeg: stretch ? roundInt(normal.readout.hipFlexionDeg[leg]) : null,
    nerves,
    regions,
    pulling: details.tensionShare > 0,
  }
}

function compute(input: PoseInput, compare: PoseInput | null): SceneView {
  const pose = derivePose(input)
  const normalPose = input.tightness === 0 ? pose : derivePose({ ...input, tightness: 0 })
  const details = deriveTeachingDetails(input)
  const markedNerves = markNerves(pose)
  const symptoms = deriveSymptoms(pose)
  const r = pose.readout
  const caption: ViewCaption = {
    curve:
      Math.abs(r.lordosisDeg - r.normal.lordosisDeg) > CAPTION_MIN_DEG ||
      Math.abs(r.anteriorTiltChangeDeg - r.normal.anteriorTiltChangeDeg) > CAPTION_MIN_DEG,
    lean: Math.abs(r.lateralLeanDeg) > CAPTION_MIN_DEG,
  }
  const comparePose = compare ? derivePose(compare) : null
  return {
    input,
    pose,
    normalPose,
    details,
    compare: compare && comparePose ? { input: compare, pose: comparePose } : null,
    readouts: {
      current: r,
      compare: comparePose ? comparePose.readout : null,
      thomasNormalDeg: normalPose.readout.thomasThighDeg,
    },
    markedNerves,
    symptoms,
    caption,
    facts: factsOf(input, pose, normalPose, details, markedNerves, symptoms),
  }
}

/** What the view depends on: the pose fields and the compare fields laid over them. */
export type ViewInput = Pick<SceneState, 'tightness' | 'side' | 'posture'> & { compare?: CompareState | null }

/** The compare view's input (the main fields with the compare fields over them), or null. */
export function compareInput(s: ViewInput): PoseInput | null {
  const c = s.compare
  if (c === null || c === undefined) return null
  return sanitiseInput({ tightness: c.tightness ?? s.tightness, side: c.side ?? s.side, posture: c.posture ?? s.posture })
}

// A small cache shared by every store: the views of the last few states (a slider drag makes many).
const CACHE_SIZE = 64
const cache = new Map<string, SceneView>()

/** The derived view of a state (memoised: equal inputs give the same object). */
export function deriveView(state: ViewInput): SceneView {
  const input = sanitiseInput(state)
  const compare = compareInput(state)
  const key = compare
    ? `${input.tightness}|${input.side}|${input.posture}|${compare.tightness}|${compare.side}|${compare.posture}`
    : `${input.tightness}|${input.side}|${input.posture}`
  const hit = cache.get(key)
  if (hit) {
    // most recently used last
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const view = compute(input, compare)
  cache.set(key, view)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return view
}

/**
 * A per-consumer selector of the view: returns the very same object while the inputs are equal,
 * whatever else the shared cache holds (what `useSyncExternalStore` needs).
 */
export function createViewSelector(): (s: ViewInput) => SceneView {
  let last: SceneView | null = null
  let lastState: ViewInput | null = null
  return (s) => {
    if (last && lastState && lastState.tightness === s.tightness && lastState.side === s.side && lastState.posture === s.posture && lastState.compare === s.compare)
      return last
    const next = deriveView(s)
    lastState = { tightness: s.tightness, side: s.side, posture: s.posture, compare: s.compare }
    last = next
    return next
  }
}

/** The describe facts of a state (from its view). */
export function describeFacts(state: ViewInput): DescribeFacts {
  return deriveView(state).facts
}

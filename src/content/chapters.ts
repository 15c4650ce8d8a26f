/**
 * The guided tour: eight chapters in order. Each sets a scene that shows its point and names the
 * claims it makes (the UI shows their grade, caveat and references). Text is in the catalogs
 * (`chapters[id]`).
 */
import { CHAPTER_IDS, LAYER_KEYS } from '../scene-state/types.ts'
import type { ChapterId, LayerKey, Layers } from '../scene-state/types.ts'
import type { Chapter } from './types.ts'
import { DIFFERENTIAL_IDS } from './differentials.ts'

// The module is pure data (annotated so): an app's bundler leaves it out of the first chunk when only
// the lazily loaded tour uses it, although the content entry re-exports it (issue 14).

/** A full layer record with exactly the given layers on. */
/*#__NO_SIDE_EFFECTS__*/
function layersOn(...on: LayerKey[]): Layers {
  return Object.fromEntries(LAYER_KEYS.map((k) => [k, on.includes(k)])) as Layers
}

export const CHAPTERS: readonly Chapter[] = [
  {
    id: 'anatomy',
    state: {
      tightness: 0,
      side: 'both',
      posture: 'standing',
      layers: layersOn('bones', 'discs', 'muscles', 'labels'),
      focus: 'psoasMajorRight',
      camera: 'oblique',
    },
    claimIds: [],
    showRedFlags: false,
  },
  {
    id: 'spine',
    state: {
      tightness: 0.66,
      side: 'both',
      posture: 'standing',
      layers: layersOn('bones', 'discs', 'muscles', 'forces', 'labels'),
      focus: 'discL4L5',
      camera: 'side',
    },
    claimIds: ['spineAlignment', 'jointPressure'],
    showRedFlags: false,
  },
  {
    id: 'nerves',
    state: {
      tightness: 0.66,
      side: 'right',
      posture: 'standing',
      layers: layersOn('bones', 'muscles', 'nerves', 'labels'),
      focus: 'femoralRight',
      camera: 'oblique',
    },
    claimIds: ['nerveCompression', 'sciaticaLikePain'],
    showRedFlags: false,
  },
  {
    id: 'causes',
    state: {
      tightness: 0.33,
      side: 'both',
      posture: 'sitting',
      layers: layersOn('bones', 'discs', 'muscles', 'labels'),
      focus: 'psoasMajorRight',
      camera: 'side',
    },
    claimIds: [
      'causeSitting',
      'causeLifting',
      'causeOveruse',
      'causeInjury',
      'causePosture',
      'causeActivityIncrease',
      'causeAge',
    ],
    showRedFlags: false,
  },
  {
    id: 'signs',
    state: {
      tightness: 0.66,
      side: 'both',
      posture: 'risingFromChair',
      layers: layersOn('bones', 'discs', 'muscles', 'forces', 'labels'),
      focus: 'psoasMajorRight',
      camera: 'side',
    },
    claimIds: [
      'signPainSittingLying',
      'signHipGroinPain',
      'signMorningStiffness',
      'signHardToStraighten',
      'signKneeRaise',
      'signLegWeakness',
    ],
    showRedFlags: true,
  },
  {
    // the lateral femoral cutaneous nerve in focus: meralgia paresthetica is one of the other causes
    id: 'otherCauses',
    state: {
      tightness: 0,
      side: 'both',
      posture: 'standing',
      layers: layersOn('bones', 'muscles', 'nerves', 'labels'),
      focus: 'lateralFemoralCutaneousRight',
      camera: 'front',
    },
    claimIds: [],
    showRedFlags: false,
    differentialIds: /* @__PURE__ */ DIFFERENTIAL_IDS.slice(),
  },
  {
    id: 'examination',
    state: {
      tightness: 0.66,
      side: 'right',
      posture: 'thomasTest',
      layers: layersOn('bones', 'muscles', 'labels', 'outline'),
      focus: 'psoasMajorRight',
      camera: 'side',
    },
    claimIds: ['diagnosisThomasTest', 'diagnosisTriggerPoints', 'diagnosisPosture', 'diagnosisImaging'],
    showRedFlags: false,
    // the test's full reading (knee angle, abduction, flat back) and the athletes' threshold
    guidanceSources: ['Harvey 1998'],
  },
  {
    id: 'treatment',
    state: {
      tightness: 0.33,
      side: 'right',
      posture: 'hipFlexorStretch',
      layers: layersOn('bones', 'muscles', 'labels', 'outline'),
      focus: 'psoasMajorRight',
      camera: 'side',
    },
    claimIds: [
      'treatmentExercise',
      'treatmentPhysicalTherapy',
      'treatmentTriggerPointInjections',
      'treatmentNeuromodulation',
      'treatmentRadiofrequency',
      'treatmentNerveBlocks',
      'preventionPosture',
      'preventionHourlyBreaks',
      'preventionHipFlexorStretch',
      'preventionWarmUp',
    ],
    showRedFlags: false,
    // the stretch's hold time and repetitions (reference/content-evidence.json `stretch`)
    guidanceSources: ['Garber 2011'],
  },
]

/** Chapter ids in tour order. */
export const chapterOrder: readonly ChapterId[] = /* @__PURE__ */ CHAPTERS.map((c) => c.id)

const BY_ID = /* @__PURE__ */ new Map<string, Chapter>(/* @__PURE__ */ CHAPTERS.map((c) => [c.id, c]))

/** The chapter with this id; throws for an unknown id. */
export function getChapter(id: ChapterId): Chapter {
  const chapter = BY_ID.get(id)
  if (!chapter) throw new Error(`Unknown chapter id "${String(id)}"; expected one of: ${CHAPTER_IDS.join(', ')}`)
  return chapter
}

/** The next chapter in tour order, or null after the last. */
export function nextChapter(id: ChapterId): ChapterId | null {
  const i = chapterOrder.indexOf(id)
  return i >= 0 && i < chapterOrder.length - 1 ? chapterOrder[i + 1] : null
}

/** The previous chapter in tour order, or null before the first. */
export function previousChapter(id: ChapterId): ChapterId | null {
  const i = chapterOrder.indexOf(id)
  return i > 0 ? chapterOrder[i - 1] : null
}

/**
 * Types of the text catalogs and of the claim / chapter data.
 * Plain data only: no React, three.js or DOM. Every user-facing sentence lives in a `Catalog`;
 * a locale that misses a key does not type-check.
 */
import type { NerveKey, StructureId } from '../scene-state/ids.ts'
import type { CameraPreset, ChapterId, LayerKey, Posture, SceneState, TightSide } from '../scene-state/types.ts'
import type { DescribeFacts } from '../scene-state/view.ts'
import type { TightnessStop } from '../scene-state/state.ts'
import type { ScenarioId } from '../scene-state/consult.ts'
import type { BodySide } from '../scene-state/ids.ts'
import type { PsoasRelation } from '../scene-state/body-map.ts'
import type { LegendEntryId } from '../scene-state/legend.ts'
import type { AnyRedFlagId } from './safety.ts'
import type { DifferentialId } from './differentials.ts'

/** Evidence grades of anatomy-reference.md §8. */
export const GRADES = ['established', 'plausible', 'hypothesis', 'not supported'] as const
export type Grade = (typeof GRADES)[number]

/**
 * Two claims of the reference carry a qualified grade:
 * "plausible (only with warning signs)" and "established (as a warning sign)".
 */
export const GRADE_NOTES = ['onlyWithWarningSigns', 'asWarningSign'] as const
export type GradeNote = (typeof GRADE_NOTES)[number]

export const CLAIM_TOPICS = ['mechanism', 'cause', 'sign', 'diagnosis', 'treatment', 'prevention'] as const
export type ClaimTopic = (typeof CLAIM_TOPICS)[number]

/** One id per claim of anatomy-reference §8 (in table order). */
export const CLAIM_IDS = [
  'spineAlignment',
  'jointPressure',
  'nerveCompression',
  'sciaticaLikePain',
  'causeSitting',
  'causeLifting',
  'causeOveruse',
  'causeInjury',
  'causePosture',
  'causeActivityIncrease',
  'causeAge',
  'signPainSittingLying',
  'signHipGroinPain',
  'signMorningStiffness',
  'signHardToStraighten',
  'signLegWeakness',
  'signKneeRaise',
  'diagnosisThomasTest',
  'diagnosisTriggerPoints',
  'diagnosisPosture',
  'diagnosisImaging',
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
] as const
export type ClaimId = (typeof CLAIM_IDS)[number]

/** Literature references (short citation → full entry in references.ts). */
export const LITERATURE_IDS = [
  'Heino 1990',
  'Youdas 1996',
  'Bogduk 1992',
  'Santaguida & McGill 1995',
  'Ellis Clinical Anatomy',
  'Moro 2003',
  'Wilke 1999',
  'Herrington 2011',
  'Preece 2008',
  'Harvey 1998',
  'NICE NG59',
  'Qaseem 2017',
  'Staal 2008',
  'Gilligan 2021',
  'Juch 2017',
  'Levine & Whittle 1996',
  // added for the safety list and the chapter on other causes (not in the reference's §9)
  'Finucane 2020',
  'Greenhalgh 2018',
  'NICE NG226',
  'Griffin 2016',
  'Johnston 1998',
  'Cohen 2005',
  'HerniaSurge 2018',
  'NICE NG156',
  'Harney & Patijn 2007',
  // added with the readout's usual range, the stretch guidance, the DXA sentence and the kidney causes
  // (reference/content-evidence.json)
  'Yukawa 2019',
  'Garber 2011',
  'USPSTF 2018',
  'NICE NG118',
] as const
export type LiteratureId = (typeof LITERATURE_IDS)[number]

/**
 * Non-literature grounds named in the reference's claims table ("clinical consensus", "general"...).
 * Their display text is translated (catalog `basis`).
 */
export const BASIS_IDS = [
  'clinicalConsensus',
  'caseReports',
  'sportsMedicineConsensus',
  'generalKnowledge',
  'clinicalExperience',
  'redFlagGuidance',
  'anatomyTexts',
  'myofascialLiterature',
  'exerciseTrials',
  'clinicalGuidelines',
] as const
export type BasisId = (typeof BASIS_IDS)[number]

export type ReferenceId = LiteratureId | BasisId

export interface Claim {
  id: ClaimId
  topic: ClaimTopic
  grade: Grade
  /** qualifier of the grade, shown after the grade name */
  gradeNote?: GradeNote
  /** short citations (LiteratureId) or non-literature grounds (BasisId) */
  references: ReferenceId[]
  /** the exact `claim` string of reference/anatomy-reference.json this entry encodes (not shown to users) */
  referenceClaim: string
}

export interface Chapter {
  id: ChapterId
  /** the scene that shows the chapter's point; merged over the current state by the UI */
  state: Partial<SceneState>
  /** claims shown with their grade, caveat and references */
  claimIds: ClaimId[]
  /** show the red-flag safety list with this chapter */
  showRedFlags: boolean
  /** other conditions that can cause the same symptoms, shown with their grade and references */
  differentialIds?: DifferentialId[]
  /** sources of the chapter's advice that is not a claim (the Thomas test's reading, the stretch's hold time), shown under its text */
  guidanceSources?: ReferenceId[]
}

/** Body-map regions of anatomy-reference §7 (same ids as reference bodyMap.regions). */
export const BODY_MAP_REGION_IDS = [
  'suprapubic',
  'inguinalGroin',
  'genital',
  'upperAnteriorThigh',
  'upperMedialThigh',
  'anterolateralThigh',
  'anteriorThigh',
  'anteromedialThigh',
  'medialThigh',
  'anteriorKnee',
  'medialLeg',
  'medialFootArch',
  'lateralLeg',
  'dorsumFoot',
  'bigToe',
  'lowBack',
  'upperLateralButtock',
  'buttock',
  'posteriorThigh',
  'posteriorLeg',
  'lateralFootHeel',
] as const
export type BodyMapRegionId = (typeof BODY_MAP_REGION_IDS)[number]

/** Red flags of anatomy-reference §7 (end), in that order. */
export const RED_FLAG_IDS = [
  'cancer',
  'weightLoss',
  'trauma',
  'feverOrUnwell',
  'bladderBowel',
  'saddleNumbness',
  'legWeakness',
  'bloodThinners',
] as const
export type RedFlagId = (typeof RED_FLAG_IDS)[number]

/** Named stops of the tightness slider (anatomy-reference §5.2): scene-state's names, one list. */
export type { TightnessStop }

export interface NameAndText {
  name: string
  description: string
}

/**
 * One locale's text. Strings with `{name}` placeholders are templates for `format()`.
 */
/** Sentences of the live description, per locale. Each returns a full sentence (or '' to leave it out). */
export interface DescribeMessages {
  headline(f: DescribeFacts): string
  posture(f: DescribeFacts): string
  disc(f: DescribeFacts): string
  nerves(f: DescribeFacts): string
  caveat(f: DescribeFacts): string
  short(f: DescribeFacts): string
}

export interface Catalog {
  /** the live description's sentences */
  describe: DescribeMessages
  meta: {
    /** BCP 47 tag */
    locale: string
    /** the language's own name, for a language picker */
    languageName: string
    /** false until a clinician fluent in the language has checked the text */
    reviewed: boolean
  }
  /** display name and one-sentence description of every model structure */
  structures: Record<StructureId, NameAndText>
  /** side-free nerve names and their spinal roots (e.g. "L2–L4") */
  nerves: Record<NerveKey, { name: string; roots: string }>
  ui: {
    title: string
    /** short subtitle / accessible description of the whole component */
    summary: string
    /** accessible label of the 3D view region */
    viewLabel: string
    /** accessible label of the second (compare) view */
    compareViewLabel: string
    /** role description of the 3D view (aria-roledescription), e.g. "3D viewer" */
    viewerRole: string
    /** "this explains, it does not diagnose; see a clinician": shown by the component in every mode and on snapshots */
    disclaimer: string
    /** heading of the selected-structure box */
    selected: string
    /** summary of a collapsed list of a chapter's claims; template: {count} */
    evidenceSummary: string
    /** while the model's size is unknown (the bar moves without a percentage: say so) */
    loading: string
    /** template: {percent} */
    loadingProgress: string
    /** alt text of the poster (the still picture shown until the 3D view is drawn, and when it cannot be); template: {view} (a camera preset's name) */
    posterAlt: string
    /** the description of the view on a narrow layout shows its first lines: the button that shows all of it, and the one that shortens it again */
    descriptionMore: string
    descriptionLess: string
    /**
     * Patient wording per failure kind of the 3D view (no technical words: those go behind
     * `detail`, a <details> disclosure, and into onError).
     */
    errors: {
      /** the model file is missing, damaged or not this model */
      modelLoad: string
      /** the model did not arrive in time (a retry is offered) */
      timeout: string
      noWebgl: string
      /** the graphics stopped; the browser is expected to restore them by itself */
      contextLost: string
      /** the graphics stopped and the browser did not restore them (a retry is offered) */
      contextLostGone: string
      /** something inside the explainer failed (the whole explainer is replaced by this message) */
      render: string
      /** what the user can do instead, with the chapters shown below the view (controls="full") */
      textOnlyHint: string
      /** the same with only the basic controls below the view (controls="minimal") */
      textOnlyHintMinimal: string
      retry: string
      /** summary of the disclosure that holds the technical detail */
      detail: string
    }
    controls: {
      tightness: string
      /** template: {stop} {percent} — for aria-valuetext */
      tightnessValue: string
      stops: Record<TightnessStop, string>
      side: string
      sides: Record<TightSide, string>
      posture: string
      postures: Record<Posture, { name: string; explanation: string }>
      layers: string
      layerNames: Record<LayerKey, string>
      camera: string
      cameras: Record<CameraPreset, string>
      tour: {
        label: string
        play: string
        pause: string
        next: string
        previous: string
        /** template: {current} {total} */
        progress: string
        close: string
      }
      reset: string
      undo: string
      redo: string
      compare: string
      compareNormal: string
      compareCurrent: string
      fullScreen: string
      exitFullScreen: string
      focus: string
      focusNone: string
    }
    readout: {
      title: string
      lordosis: string
      anteriorTiltChange: string
      discL4L5: string
      /** heading of the column of values for a relaxed psoas in the same position ("usual") */
      normal: string
      /** row label of the usual range of the lower-back curve in pain-free adults */
      usualRange: string
      /** template: {low} {high} — the range in the usual column */
      rangeValue: string
      /** note on the range (who, how measured, the source) */
      rangeNote: string
      /** note where no source gives a range (every position but standing) */
      noRangeNote: string
      /** template: {value} */
      degrees: string
      /** template: {value} */
      megapascals: string
      teachingModel: string
      /** note on the starting disc pressure (the "normal" column): Wilke 1999's example value */
      exampleValues: string
      /** the same note in the positions whose starting disc pressure nobody measured (Thomas test, stretch) */
      roughStart: string
      /** note on the raised disc pressure: the rise is a teaching estimate, not a measurement */
      teachingEstimate: string
      /** row label in the Thomas test: the hanging thigh's angle above the horizontal */
      thomasThigh: string
      /** explains the Thomas-test row */
      thomasThighNote: string
    }
    /** consultation notes pinned to structures (scene state `annotations`) */
    annotations: {
      /** heading of the list of notes */
      title: string
      /** template: {structure} {text} — one note in the list */
      item: string
      /** visible text of the remove button */
      remove: string
      /** template: {text} — accessible name of the remove button */
      removeLabel: string
      /** template: {structure} — label of the field for a new note on the selected structure */
      newLabel: string
      /** the button that adds the note */
      add: string
      /** template: {max} — shown when a note cannot be added because the view holds the most notes it can (the typed text is kept) */
      full: string
      /** template: {max} {count} — shown while the typed note is longer than a note may be (it is not cut) */
      tooLong: string
    }
    /** shown when a link or a message carried more than a view can hold, so that nothing is left out silently */
    leftOut: {
      /** heading of the message */
      title: string
      /** template: {max} {count} — notes (pins) beyond the most a view holds */
      pins: string
      /** template: {max} {count} — notes longer than the limit, shortened */
      cut: string
      /** the model address in the link (iframe page) was refused: not from this site or an allowed one; the standard model is shown */
      model: string
      /** template: {count} — other values of the link that could not be used */
      other: string
      /** the button that closes the message */
      dismiss: string
    }
    /** the "share link" button */
    share: {
      button: string
      /** status after the link was copied */
      copied: string
      /** status when the clipboard is not available (the link is shown to copy by hand) */
      failed: string
      /** label of the field showing the link */
      linkLabel: string
      /** checkbox: put the notes' text into the link (off by default: the pins' places are shared, not what was written) */
      includeNotes: string
      /** one line under the checkbox while it is on */
      includeNotesWarning: string
      /** accessible name of the QR code of the link (shown in the share box and on the handout) */
      qrLabel: string
      /** one line beside the QR code */
      qrHint: string
    }
    /** the snapshot button: a PNG of the view with the state in words, the notes and the disclaimer under it */
    snapshot: {
      button: string
      /** status while the picture is made */
      saving: string
      /** status once the file was handed to the browser */
      saved: string
      /** status when no picture can be made (no 3D view) */
      failed: string
      /** file name without extension */
      fileName: string
    }
    /** the printable handout: the picture, the state in words, the readouts, the relevant chapters, red flags, the link and its QR code */
    handout: {
      /** the button that prints the handout */
      button: string
      /** status while the handout is prepared */
      preparing: string
      /** status once the print dialog was opened */
      printed: string
      /** status when the handout cannot be prepared */
      failed: string
      /** heading of the printed page */
      title: string
      /** template: {date} — the day it was printed */
      date: string
      /** caption of the picture when compare is on; template: {left} {right} */
      compareCaption: string
      /** shown instead of the picture when there is no 3D view */
      noPicture: string
      /** heading of the state in words */
      stateTitle: string
      /** heading of the relevant chapters */
      chaptersTitle: string
      /** heading of the full citations */
      referencesTitle: string
      /** heading of the link and its QR code */
      linkTitle: string
      /** what the link and the code are for */
      linkHint: string
    }
    /** list of nerves that could be irritated at the current setting */
    nerveList: {
      title: string
      /** shown when no nerve is marked */
      none: string
    }
    /** the consult layout's toolbar (`mode="consult"`) */
    consult: {
      /** accessible name of the toolbar */
      toolbar: string
      /** label of the scenario buttons */
      scenarios: string
      /** one-tap scenarios (scene-state SCENARIOS): side, tightness and posture in plain words */
      scenarioNames: Record<ScenarioId, string>
      /** one named tightness stop looser / tighter */
      looser: string
      tighter: string
      /** label of the tightness step buttons */
      tightnessSteps: string
      /** the nerves-layer toggle */
      nerves: string
      /** the button that opens the keyboard-shortcut overlay */
      shortcuts: string
    }
    /** the keyboard-shortcut overlay (opened with ?) */
    shortcuts: {
      title: string
      /** when the keys work: focus inside the explainer, not while typing in a text field */
      intro: string
      close: string
      /** heading of the explainer's keys */
      explainerKeys: string
      /** heading of the 3D view's own keys (they work while the view has focus) */
      viewerKeys: string
      /** column headings */
      key: string
      action: string
      /** template: {scenario} — a scenario's row */
      scenario: string
      actions: { tighter: string; looser: string; compare: string; nerves: string; undo: string; redo: string; share: string; print: string; help: string }
      viewer: { orbit: string; zoom: string; structures: string; deselect: string; resetCamera: string }
      /** key names as printed on keyboards in this language; `or` joins alternatives */
      keyNames: { ctrl: string; shift: string; home: string; escape: string; or: string }
    }
    /** full teaching-model label (anatomy-reference §5.2) */
    teachingModelLabel: string
    /** label on the extra-curve animation (anatomy-reference §6) */
    commonExplanationLabel: string
    /** label on the one-sided lean */
    illustrationLabel: string
    /** caveat shown for the nerves graded "not supported" for psoas compression */
    notSupportedNerveCaveat: string
    /** template: {nerve} {roots} — a nerve highlighted as possibly irritated */
    nerveMayBeIrritated: string
  }
  /** the legend of the 3D view: what each colour and mark in use means */
  legend: {
    /** summary of the collapsible box */
    title: string
    /** one plain sentence per code (the swatch beside it is decorative) */
    entries: Record<LegendEntryId, string>
  }
  evidence: {
    grade: string
    caveat: string
    references: string
    grades: Record<Grade, NameAndText>
    gradeNotes: Record<GradeNote, string>
  }
  bodyMap: {
    title: string
    front: string
    back: string
    /** the patient's own side, written over each half of the map ("Your left side") */
    patientSide: Record<BodySide, string>
    hint: string
    /** shown when no region is highlighted */
    none: string
    /** how the patient's left and right are drawn in the front and back views */
    sidesNote: string
    regions: Record<BodyMapRegionId, string>
    /** accessible name of a region control and heading of the choice: template {region} */
    regionOnSide: Record<BodySide, string>
    /** heading of the list of nerves that supply the chosen region */
    nervesTitle: string
    /** a nerve of that list: template {nerve} {roots} */
    nerveWithRoots: string
    /** added to the nerve the 3D view now highlights */
    inView: string
    /**
     * one sentence on how a tight psoas could relate to the chosen region (scene-state readBodyRegion):
     * templates {nerve} {roots}; for notPlexus {roots} are the region's spinal levels
     */
    relation: Record<PsoasRelation, string>
    /** button that clears the choice */
    clear: string
  }
  safety: {
    title: string
    intro: string
    /** label of the button that opens the red-flag list from the body map, the nerve list and the tour */
    warningSigns: string
    /** heading of the cauda equina signs: emergency care now */
    emergencyIntro: string
    /** what the emergency signs can mean and what to do */
    emergencyAction: string
    /** heading of the other red flags: a doctor today */
    urgentIntro: string
    /** reference §7 red flags and the ones added with their sources (safety.ts) */
    redFlags: Record<AnyRedFlagId, string>
    /** the closing advice under the urgent list */
    action: string
  }
  /** other conditions that can cause the same symptoms (chapter otherCauses) */
  differentials: Record<DifferentialId, NameAndText>
  claims: Record<ClaimId, { text: string; caveat: string }>
  basis: Record<BasisId, string>
  chapters: Record<ChapterId, { title: string; paragraphs: string[] }>
}

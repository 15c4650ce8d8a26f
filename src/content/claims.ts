/**
 * Every patient-facing claim of the clinic article, with its evidence grade and references
 * (anatomy-reference.md §8 / reference/anatomy-reference.json `claims`, same order).
 * The claim and caveat text is in the catalogs (`claims[id]`), per locale.
 */
import type { Claim, ClaimId } from './types.ts'

export const CLAIMS: readonly Claim[] = [
  {
    id: 'spineAlignment',
    topic: 'mechanism',
    grade: 'hypothesis',
    references: ['Heino 1990', 'Youdas 1996', 'Bogduk 1992'],
    referenceClaim: 'A tight psoas pulls the lumbar spine out of alignment / into more lordosis',
  },
  {
    id: 'jointPressure',
    topic: 'mechanism',
    grade: 'plausible',
    references: ['Bogduk 1992', 'Santaguida & McGill 1995'],
    referenceClaim: 'A tight psoas puts pressure on spinal joints (discs, facets)',
  },
  {
    id: 'nerveCompression',
    topic: 'mechanism',
    grade: 'hypothesis',
    references: ['Ellis Clinical Anatomy', 'Moro 2003'],
    referenceClaim: 'Psoas tightness compresses nerves causing numbness/tingling',
  },
  {
    id: 'sciaticaLikePain',
    topic: 'mechanism',
    grade: 'plausible',
    references: ['Bogduk 1992', 'anatomyTexts'],
    referenceClaim: 'Psoas problems cause sciatica-like pain',
  },
  {
    id: 'causeSitting',
    topic: 'cause',
    grade: 'hypothesis',
    references: ['Heino 1990', 'Youdas 1996'],
    referenceClaim: 'Cause: prolonged sitting',
  },
  {
    id: 'causeLifting',
    topic: 'cause',
    grade: 'plausible',
    references: ['Wilke 1999'],
    referenceClaim: 'Cause: lifting with poor form',
  },
  {
    id: 'causeOveruse',
    topic: 'cause',
    grade: 'plausible',
    references: ['clinicalConsensus'],
    referenceClaim: 'Cause: running/jumping overuse',
  },
  {
    id: 'causeInjury',
    topic: 'cause',
    grade: 'established',
    references: ['caseReports', 'anatomyTexts'],
    referenceClaim: 'Cause: injury',
  },
  {
    id: 'causePosture',
    topic: 'cause',
    grade: 'hypothesis',
    references: ['Herrington 2011', 'Preece 2008'],
    referenceClaim: 'Cause: posture',
  },
  {
    id: 'causeActivityIncrease',
    topic: 'cause',
    grade: 'plausible',
    references: ['sportsMedicineConsensus'],
    referenceClaim: 'Cause: sudden increase in activity',
  },
  {
    id: 'causeAge',
    topic: 'cause',
    grade: 'plausible',
    references: ['generalKnowledge'],
    referenceClaim: 'Cause: age',
  },
  {
    id: 'signPainSittingLying',
    topic: 'sign',
    grade: 'plausible',
    references: ['clinicalExperience'],
    referenceClaim: 'Sign: low back pain worse sitting or lying',
  },
  {
    id: 'signHipGroinPain',
    topic: 'sign',
    grade: 'plausible',
    references: ['clinicalExperience'],
    referenceClaim: 'Sign: hip or groin pain',
  },
  {
    id: 'signMorningStiffness',
    topic: 'sign',
    grade: 'plausible',
    references: ['clinicalExperience'],
    referenceClaim: 'Sign: morning stiffness',
  },
  {
    id: 'signHardToStraighten',
    topic: 'sign',
    grade: 'plausible',
    references: ['clinicalExperience'],
    referenceClaim: 'Sign: hard to straighten up',
  },
  {
    id: 'signLegWeakness',
    topic: 'sign',
    grade: 'established',
    gradeNote: 'asWarningSign',
    references: ['redFlagGuidance', 'NICE NG59'],
    referenceClaim: 'Sign: leg weakness',
  },
  {
    id: 'signKneeRaise',
    topic: 'sign',
    grade: 'plausible',
    references: ['anatomyTexts'],
    referenceClaim: 'Sign: difficulty raising the knee',
  },
  {
    id: 'diagnosisThomasTest',
    topic: 'diagnosis',
    grade: 'plausible',
    references: ['Harvey 1998'],
    referenceClaim: 'Diagnosis: Thomas test',
  },
  {
    id: 'diagnosisTriggerPoints',
    topic: 'diagnosis',
    grade: 'hypothesis',
    references: ['myofascialLiterature'],
    referenceClaim: 'Diagnosis: trigger points',
  },
  {
    id: 'diagnosisPosture',
    topic: 'diagnosis',
    grade: 'hypothesis',
    references: ['Preece 2008'],
    referenceClaim: 'Diagnosis: posture assessment',
  },
  {
    id: 'diagnosisImaging',
    topic: 'diagnosis',
    grade: 'plausible',
    gradeNote: 'onlyWithWarningSigns',
    // USPSTF 2018: bone density is measured with DXA (the caveat's last sentence)
    references: ['NICE NG59', 'Qaseem 2017', 'USPSTF 2018'],
    referenceClaim: 'Diagnosis: X-ray/MRI to rule out herniated disc/osteoporosis',
  },
  {
    id: 'treatmentExercise',
    topic: 'treatment',
    grade: 'plausible',
    references: ['exerciseTrials', 'clinicalGuidelines'],
    referenceClaim: 'Treatment: stretching/strengthening',
  },
  {
    id: 'treatmentPhysicalTherapy',
    topic: 'treatment',
    grade: 'established',
    references: ['clinicalGuidelines', 'NICE NG59', 'Qaseem 2017'],
    referenceClaim: 'Treatment: physical therapy',
  },
  {
    id: 'treatmentTriggerPointInjections',
    topic: 'treatment',
    grade: 'not supported',
    references: ['Staal 2008'],
    referenceClaim: 'Treatment: trigger-point injections',
  },
  {
    id: 'treatmentNeuromodulation',
    topic: 'treatment',
    grade: 'plausible',
    references: ['Gilligan 2021'],
    referenceClaim: 'Treatment: implanted neuromodulation (e.g. multifidus stimulation)',
  },
  {
    id: 'treatmentRadiofrequency',
    topic: 'treatment',
    grade: 'plausible',
    references: ['Juch 2017'],
    referenceClaim: 'Treatment: radiofrequency ablation',
  },
  {
    id: 'treatmentNerveBlocks',
    topic: 'treatment',
    grade: 'plausible',
    references: ['clinicalExperience'],
    referenceClaim: 'Treatment: nerve blocks',
  },
  {
    id: 'preventionPosture',
    topic: 'prevention',
    grade: 'hypothesis',
    references: ['Herrington 2011', 'Youdas 1996'],
    referenceClaim: 'Prevention: good posture',
  },
  {
    id: 'preventionHourlyBreaks',
    topic: 'prevention',
    grade: 'plausible',
    references: ['generalKnowledge'],
    referenceClaim: 'Prevention: stand and stretch every hour',
  },
  {
    id: 'preventionHipFlexorStretch',
    topic: 'prevention',
    grade: 'plausible',
    references: ['Heino 1990'],
    referenceClaim: 'Prevention: hip flexor stretch',
  },
  {
    id: 'preventionWarmUp',
    topic: 'prevention',
    grade: 'plausible',
    references: ['generalKnowledge'],
    referenceClaim: 'Prevention: warm up',
  },
]

const BY_ID = new Map<string, Claim>(CLAIMS.map((c) => [c.id, c]))

/** The claim with this id; throws for an unknown id (a programming error, not user input). */
export function getClaim(id: ClaimId): Claim {
  const claim = BY_ID.get(id)
  if (!claim) throw new Error(`Unknown claim id "${String(id)}"; expected one of: ${CLAIMS.map((c) => c.id).join(', ')}`)
  return claim
}

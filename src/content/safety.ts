/**
 * The safety list: the red flags of anatomy-reference §7 (RED_FLAG_IDS mirrors it) plus the ones
 * the reference leaves out, each with its sources, split into the signs that need emergency care
 * now (cauda equina syndrome) and those that need a doctor today. Text is in the catalogs
 * (`safety.redFlags`).
 */
import { RED_FLAG_IDS, type RedFlagId, type ReferenceId } from './types.ts'

/** Red flags added to the reference's list (symptoms in both legs, sexual problems, night pain, infection risk). */
export const EXTRA_RED_FLAG_IDS = ['bothLegs', 'sexualDysfunction', 'nightPain', 'infectionRisk'] as const
export type ExtraRedFlagId = (typeof EXTRA_RED_FLAG_IDS)[number]
export type AnyRedFlagId = RedFlagId | ExtraRedFlagId

/** Every red flag: the reference's in its order, then the added ones. */
export const ALL_RED_FLAG_IDS: readonly AnyRedFlagId[] = [...RED_FLAG_IDS, ...EXTRA_RED_FLAG_IDS]

/**
 * Signs of cauda equina syndrome: emergency care now, not "a doctor today"
 * (Greenhalgh 2018; Finucane 2020; NICE NG59).
 */
export const EMERGENCY_RED_FLAG_IDS = ['bladderBowel', 'saddleNumbness', 'sexualDysfunction', 'bothLegs'] as const satisfies readonly AnyRedFlagId[]

/** The other red flags (a doctor today, or an emergency department when none can be reached). */
export const URGENT_RED_FLAG_IDS: readonly AnyRedFlagId[] = ALL_RED_FLAG_IDS.filter(
  (id) => !(EMERGENCY_RED_FLAG_IDS as readonly string[]).includes(id),
)

/** Where each red flag comes from. */
export const RED_FLAG_SOURCES: Readonly<Record<AnyRedFlagId, readonly ReferenceId[]>> = {
  cancer: ['NICE NG59', 'Finucane 2020'],
  weightLoss: ['NICE NG59', 'Finucane 2020'],
  trauma: ['NICE NG59', 'Finucane 2020'],
  feverOrUnwell: ['NICE NG59', 'Finucane 2020'],
  bladderBowel: ['NICE NG59', 'Greenhalgh 2018', 'Finucane 2020'],
  saddleNumbness: ['NICE NG59', 'Greenhalgh 2018', 'Finucane 2020'],
  legWeakness: ['NICE NG59', 'Finucane 2020'],
  bloodThinners: ['redFlagGuidance', 'caseReports'],
  bothLegs: ['Greenhalgh 2018', 'Finucane 2020'],
  sexualDysfunction: ['Greenhalgh 2018', 'Finucane 2020'],
  nightPain: ['Finucane 2020'],
  infectionRisk: ['Finucane 2020'],
}

/** True for the cauda equina signs that need emergency care now. */
export function isEmergencyRedFlag(id: AnyRedFlagId): boolean {
  return (EMERGENCY_RED_FLAG_IDS as readonly string[]).includes(id)
}

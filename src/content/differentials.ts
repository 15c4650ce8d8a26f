/**
 * What else can cause the symptoms a patient may put down to the psoas (chapter `otherCauses`):
 * the conditions a physician thinks of, each with the evidence grade of "this condition can cause
 * pain or numbness like this" and its references. A structure of its own, apart from the claims
 * (which mirror the clinic article, anatomy-reference §8). Text is in the catalogs (`differentials`).
 */
import type { Grade, ReferenceId } from './types.ts'

export const DIFFERENTIAL_IDS = [
  'hipJoint',
  'upperLumbarRoot',
  'iliopsoasTendon',
  'sacroiliacJoint',
  'groinHernia',
  'kidneyAbdomen',
  'aorticAneurysm',
  'meralgiaParesthetica',
] as const
export type DifferentialId = (typeof DIFFERENTIAL_IDS)[number]

export interface Differential {
  id: DifferentialId
  grade: Grade
  references: ReferenceId[]
  /** needs care the same day or sooner when suspected */
  urgent: boolean
}

export const DIFFERENTIALS: readonly Differential[] = [
  { id: 'hipJoint', grade: 'established', references: ['NICE NG226', 'Griffin 2016'], urgent: false },
  { id: 'upperLumbarRoot', grade: 'established', references: ['NICE NG59', 'anatomyTexts'], urgent: false },
  { id: 'iliopsoasTendon', grade: 'established', references: ['Johnston 1998'], urgent: false },
  { id: 'sacroiliacJoint', grade: 'established', references: ['Cohen 2005'], urgent: false },
  { id: 'groinHernia', grade: 'established', references: ['HerniaSurge 2018'], urgent: false },
  { id: 'kidneyAbdomen', grade: 'established', references: ['NICE NG118', 'generalKnowledge'], urgent: true },
  { id: 'aorticAneurysm', grade: 'established', references: ['NICE NG156'], urgent: true },
  { id: 'meralgiaParesthetica', grade: 'established', references: ['Harney & Patijn 2007', 'Ellis Clinical Anatomy'], urgent: false },
]

const BY_ID = new Map<string, Differential>(DIFFERENTIALS.map((d) => [d.id, d]))

/** The entry with this id; throws for an unknown id. */
export function getDifferential(id: DifferentialId): Differential {
  const d = BY_ID.get(id)
  if (!d) throw new Error(`Unknown differential id "${String(id)}"; expected one of: ${DIFFERENTIAL_IDS.join(', ')}`)
  return d
}

/**
 * The lumbar-plexus nerves of the teaching model (anatomy-reference §4 `nerves`): roots, the sites where
 * they run through or beside the psoas, the body-map regions they supply, and the one threshold at
 * which a nerve counts as "could be irritated".
 */
import * as ref from './reference.runtime.json' with { type: 'json' }
import { NERVE_KEYS } from './ids.ts'
import type { NerveKey } from './ids.ts'


export interface NerveInfo {
  key: NerveKey
  roots: readonly string[]
  /** e.g. "L2-L4" */
  rootsLabel: string
  /** where it leaves the psoas: border ("lateral", "medial", …) and vertebral level ("L5", "L1/L2", …) */
  exitBorder: string
  exitLevel: string
  sensoryRegions: readonly string[]
  weight: number
  evidence: string
  site: string
  notSupported: boolean
  /**
   * evidence grade of "a tight psoas could press on this nerve", read from the reference's evidence
   * text: "not supported" where it says so, otherwise "hypothesis" (every other nerve's link is one)
   */
  psoasLinkGrade: PsoasLinkGrade
}
/** Grades a nerve's link to the psoas can have (the same words as the content's evidence grades). */
export type PsoasLinkGrade = 'hypothesis' | 'not supported'
// typed against the runtime subset (no cast): a field it leaves out is a compile error
const NERVE_REF: Record<
  NerveKey,
  {
    roots: string[]
    sensoryRegions: string[]
    evidence: string
    exitFromPsoas: { border: string; level: string }
    teachingCompression: { weight: number; site: string }
  }
> = ref.nerves
function psoasLinkGrade(evidence: string): PsoasLinkGrade {
  return /not supported/i.test(evidence) ? 'not supported' : 'hypothesis'
}
/** Nerves whose compression by the psoas is graded "not supported" in the reference: always 0, caveat shown. */
export const NERVE_NOT_SUPPORTED: ReadonlySet<NerveKey> = new Set(NERVE_KEYS.filter((k) => psoasLinkGrade(NERVE_REF[k].evidence) === 'not supported'))

export const NERVES: Readonly<Record<NerveKey, NerveInfo>> = Object.freeze(
  Object.fromEntries(
    NERVE_KEYS.map((k) => {
      const n = NERVE_REF[k]
      const roots = [...n.roots]
      const info: NerveInfo = {
        key: k,
        roots,
        rootsLabel: roots.length > 1 ? `${roots[0]}-${roots[roots.length - 1]}` : roots[0],
        exitBorder: n.exitFromPsoas.border,
        exitLevel: n.exitFromPsoas.level,
        sensoryRegions: [...n.sensoryRegions],
        weight: NERVE_NOT_SUPPORTED.has(k) ? 0 : n.teachingCompression.weight,
        evidence: n.evidence,
        site: n.teachingCompression.site,
        notSupported: NERVE_NOT_SUPPORTED.has(k),
        psoasLinkGrade: psoasLinkGrade(n.evidence),
      }
      return [k, info]
    }),
  ) as Record<NerveKey, NerveInfo>,
)
export function nerveInfo(key: NerveKey): NerveInfo {
  return NERVES[key]
}

/**
 * Compression at or above which a nerve counts as "could be irritated": the 3D highlight, the nerve
 * list, the body map and the words all use this one threshold (through deriveView).
 */
export const NERVE_MARK_THRESHOLD = 0.01

import { describe, expect, test } from 'vitest'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import { isStructureId, structureInfo } from '../../../src/scene-state/ids.ts'
import { CAMERA_PRESETS, CHAPTER_IDS, LAYER_KEYS, POSTURES, TIGHT_SIDES } from '../../../src/scene-state/types.ts'
import type { ChapterId } from '../../../src/scene-state/types.ts'
import {
  BASIS_IDS,
  CHAPTERS,
  CLAIMS,
  CLAIM_IDS,
  GRADES,
  LITERATURE_IDS,
  REFERENCES,
  chapterOrder,
  getChapter,
  getClaim,
} from '../../../src/content/index.ts'
import type { Claim, ClaimId, ClaimTopic, GradeNote } from '../../../src/content/index.ts'

const QUALIFIER: Record<string, GradeNote> = {
  'only with warning signs': 'onlyWithWarningSigns',
  'as a warning sign': 'asWarningSign',
}
const REF_GRADE = /^(established|plausible|hypothesis|not supported)(?: \((.+)\))?$/

/** The reference's grade string split into base grade and our qualifier id. */
function parseRefGrade(grade: string): { grade: string; gradeNote: GradeNote | undefined } {
  const m = REF_GRADE.exec(grade)
  if (!m) throw new Error(`unexpected reference grade "${grade}"`)
  return { grade: m[1], gradeNote: m[2] === undefined ? undefined : QUALIFIER[m[2]] }
}

const isLiterature = (r: string) => (LITERATURE_IDS as readonly string[]).includes(r)

describe('claims', () => {
  test('ids are unique and exactly CLAIM_IDS, in reference order', () => {
    expect(CLAIMS.map((c) => c.id)).toEqual([...CLAIM_IDS])
  })

  test('every reference claim is encoded once, with the same grade', () => {
    expect(CLAIMS.length).toBe(ref.claims.length)
    const rows = ref.claims.map((rc) => {
      const matches = CLAIMS.filter((c) => c.referenceClaim === rc.claim)
      const { grade, gradeNote } = parseRefGrade(rc.grade)
      return {
        claim: rc.claim,
        matches: matches.length,
        grade: matches[0]?.grade,
        // a qualifier in the reference must be carried; the .md adds "(as a warning sign)" for leg weakness
        gradeNote: gradeNote === undefined ? undefined : matches[0]?.gradeNote,
        expected: { grade, gradeNote },
      }
    })
    expect(rows.map((r) => ({ claim: r.claim, matches: r.matches, grade: r.grade, gradeNote: r.gradeNote }))).toEqual(
      rows.map((r) => ({ claim: r.claim, matches: 1, ...r.expected })),
    )
    expect(parseRefGrade('plausible (only with warning signs)')).toEqual({
      grade: 'plausible',
      gradeNote: 'onlyWithWarningSigns',
    })
  })

  test('grades are valid and qualifiers only where the reference qualifies', () => {
    expect(CLAIMS.filter((c) => !GRADES.includes(c.grade))).toEqual([])
    expect(getClaim('diagnosisImaging').gradeNote).toBe('onlyWithWarningSigns')
    // the .md table grades leg weakness "established (as a warning sign)"
    expect(getClaim('signLegWeakness')).toMatchObject({ grade: 'established', gradeNote: 'asWarningSign' })
    expect(CLAIMS.filter((c) => c.gradeNote).map((c) => c.id).sort()).toEqual(['diagnosisImaging', 'signLegWeakness'])
    expect(getClaim('treatmentTriggerPointInjections').grade).toBe('not supported')
    expect(getClaim('spineAlignment').grade).toBe('hypothesis')
  })

  test('topic follows the reference prefix', () => {
    const prefix: Record<string, ClaimTopic> = {
      Cause: 'cause',
      Sign: 'sign',
      Diagnosis: 'diagnosis',
      Treatment: 'treatment',
      Prevention: 'prevention',
    }
    const expected = CLAIMS.map((c) => {
      const p = /^(\w+):/.exec(c.referenceClaim)?.[1]
      return [c.id, p === undefined ? 'mechanism' : prefix[p]]
    })
    expect(CLAIMS.map((c) => [c.id, c.topic])).toEqual(expected)
  })

  test('every claim has references and each resolves to a full entry or a named ground', () => {
    const known = new Set<string>([...LITERATURE_IDS, ...BASIS_IDS])
    expect(CLAIMS.filter((c) => c.references.length === 0).map((c) => c.id)).toEqual([])
    expect(CLAIMS.filter((c) => new Set(c.references).size !== c.references.length).map((c) => c.id)).toEqual([])
    expect(CLAIMS.flatMap((c) => c.references.filter((r) => !known.has(r)).map((r) => `${c.id}: ${r}`))).toEqual([])
  })

  test('literature references cite what the reference table cites (plus named guideline additions)', () => {
    // Guidelines added where the reference only says "guidelines" / "red-flag guidance":
    // NICE NG59 is the source of the §7 red-flag list; NICE and the ACP guideline recommend exercise therapy.
    const added: Partial<Record<ClaimId, string[]>> = {
      signLegWeakness: ['NICE NG59'],
      treatmentPhysicalTherapy: ['NICE NG59', 'Qaseem 2017'],
      // the caveat's DXA sentence (reference/content-evidence.json `imaging`)
      diagnosisImaging: ['USPSTF 2018'],
    }
    const uncited = CLAIMS.flatMap((c) => {
      const rc = ref.claims.find((x) => x.claim === c.referenceClaim)
      return c.references
        .filter((r) => isLiterature(r) && !added[c.id]?.includes(r))
        .filter((r) => !(rc?.reference ?? '').includes(r === 'Qaseem 2017' ? 'ACP' : r.split(' ')[0]))
        .map((r) => `${c.id}: ${r}`)
    })
    expect(uncited).toEqual([])
    expect(getClaim('treatmentPhysicalTherapy').references).toContain('clinicalGuidelines')
    expect(getClaim('signLegWeakness').references).toContain('redFlagGuidance')
    expect(getClaim('spineAlignment').references).toEqual(['Heino 1990', 'Youdas 1996', 'Bogduk 1992'])
  })

  test('full literature entries carry the year of their short citation and a valid DOI', () => {
    const bad = LITERATURE_IDS.filter((id) => {
      const entry = REFERENCES[id]
      const year = /\d{4}/.exec(id)?.[0] ?? ''
      return (
        entry.full.length < 40 ||
        !entry.full.includes(year === '' ? '' : `(${year})`) ||
        (entry.doi !== undefined && !/^10\.\d{4,}\//.test(entry.doi))
      )
    })
    expect(bad).toEqual([])
    expect(Object.keys(REFERENCES).sort()).toEqual([...LITERATURE_IDS].sort())
  })

  test('getClaim throws for an unknown id', () => {
    expect(() => getClaim('nope' as ClaimId)).toThrow(/Unknown claim id "nope"/)
  })

  test('the reference nerve caveat names the two nerves graded not supported', () => {
    const rc = ref.claims.find((x) => x.claim === getClaim('nerveCompression').referenceClaim)
    expect(rc?.caveat).toMatch(/lateral femoral cutaneous nerve and the lumbosacral trunk/)
  })
})

describe('chapters', () => {
  test('eight chapters in the contract order', () => {
    expect(chapterOrder).toEqual([...CHAPTER_IDS])
    expect(CHAPTER_IDS.map((id) => getChapter(id).id)).toEqual([...CHAPTER_IDS])
  })

  test('every claim is shown in exactly one chapter', () => {
    const all = CHAPTERS.flatMap((c) => c.claimIds)
    expect([...all].sort()).toEqual([...CLAIM_IDS].sort())
  })

  test('uncertain claims (hypothesis, not supported) in chapters carry references', () => {
    const uncertain: Claim[] = CHAPTERS.flatMap((ch) => ch.claimIds.map(getClaim)).filter(
      (c) => c.grade === 'hypothesis' || c.grade === 'not supported',
    )
    expect(uncertain.length).toBe(8)
    expect(uncertain.filter((c) => c.references.length === 0).map((c) => c.id)).toEqual([])
    // all but one cite literature; trigger-point palpation rests on general myofascial literature only
    expect(uncertain.filter((c) => !c.references.some(isLiterature)).map((c) => c.id)).toEqual(['diagnosisTriggerPoints'])
  })

  test('chapter states are valid scene-state values', () => {
    const problems = CHAPTERS.flatMap((ch) => {
      const s = ch.state
      const p: string[] = []
      if (typeof s.tightness !== 'number' || s.tightness < 0 || s.tightness > 1) p.push('tightness')
      if (!TIGHT_SIDES.includes(s.side!)) p.push('side')
      if (!POSTURES.includes(s.posture!)) p.push('posture')
      if (!(CAMERA_PRESETS as readonly unknown[]).includes(s.camera)) p.push('camera')
      if (!s.layers || Object.keys(s.layers).sort().join() !== [...LAYER_KEYS].sort().join()) p.push('layer keys')
      else if (!LAYER_KEYS.every((k) => typeof s.layers![k] === 'boolean')) p.push('layer values')
      if (!isStructureId(s.focus)) p.push('focus')
      // the highlighted structure is on a visible layer
      else if (!s.layers?.[structureInfo(s.focus).layer]) p.push('focus hidden')
      return p.map((x) => `${ch.id}: ${x}`)
    })
    expect(problems).toEqual([])
  })

  test('each chapter shows its point', () => {
    expect(getChapter('anatomy').state).toMatchObject({ tightness: 0, posture: 'standing', layers: { muscles: true } })
    expect(getChapter('spine').state).toMatchObject({ posture: 'standing', camera: 'side', tightness: 0.66 })
    expect(getChapter('nerves').state).toMatchObject({
      focus: 'femoralRight',
      tightness: 0.66,
      side: 'right',
      layers: { nerves: true },
    })
    expect(getChapter('causes').state.posture).toBe('sitting')
    expect(getChapter('examination').state).toMatchObject({ posture: 'thomasTest', side: 'right' })
    expect(getChapter('treatment').state).toMatchObject({ posture: 'hipFlexorStretch', side: 'right' })
    expect(getChapter('otherCauses').state).toMatchObject({ tightness: 0, focus: 'lateralFemoralCutaneousRight', layers: { nerves: true } })
  })

  test('claims sit in the chapter of their topic', () => {
    const topicChapter: Record<ClaimTopic, ChapterId[]> = {
      mechanism: ['spine', 'nerves'],
      cause: ['causes'],
      sign: ['signs'],
      diagnosis: ['examination'],
      treatment: ['treatment'],
      prevention: ['treatment'],
    }
    const misplaced = CHAPTERS.flatMap((ch) =>
      ch.claimIds.filter((id) => !topicChapter[getClaim(id).topic].includes(ch.id)).map((id) => `${ch.id}: ${id}`),
    )
    expect(misplaced).toEqual([])
    expect(getChapter('nerves').claimIds).toContain('nerveCompression')
    expect(getChapter('spine').claimIds).toContain('spineAlignment')
  })

  test('red flags are shown with the signs chapter only', () => {
    expect(CHAPTERS.filter((c) => c.showRedFlags).map((c) => c.id)).toEqual(['signs'])
  })
})

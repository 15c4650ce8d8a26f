/**
 * Every claim's own sentence (the bold one a skimming reader takes away) carries the framing of its
 * evidence grade, in every locale (issue 10): established — a plain statement; plausible — "can" /
 * "may"; hypothesis — "It is often said that …; the evidence for this is weak"; not supported —
 * "Some people say …; studies do not support this". A new claim or locale cannot slip through.
 */
import { describe, expect, test } from 'vitest'
import { CLAIMS, LOCALES, getCatalog, type Grade, type Locale } from '../../../src/content/index.ts'

/** The framing each locale must use per grade (a locale without a row fails the test below). */
const FRAMING: Record<string, Record<Grade, RegExp>> = {
  en: {
    established: /^(?!It is often said|Some people say)[A-Z].*\.$/,
    plausible: /\b(can|may)\b/,
    hypothesis: /^It is often said that .+; the evidence for this is weak\.$/,
    'not supported': /^Some people say .+; studies do not support this\.$/,
  },
  es: {
    established: /^(?!Se suele decir|Algunas personas dicen)[A-ZÁÉÍÓÚÑ].*\.$/,
    plausible: /\b(puede|pueden|podría|podrían)\b/,
    hypothesis: /^Se suele decir que .+; las pruebas a favor son débiles\.$/,
    'not supported': /^Algunas personas dicen que .+; los estudios no lo respaldan\.$/,
  },
}
/** Words that state a hypothesis or an unsupported claim as certain must not appear in plausible claims. */
const CERTAIN: Record<string, RegExp> = { en: /\b(prevents|makes|relax(es)?)\b/, es: /\b(previene|tensa|relajan)\b/ }

describe('claims are worded by their evidence grade', () => {
  test('every locale has a framing', () => {
    expect(LOCALES.filter((l) => !FRAMING[l])).toEqual([])
  })
  test.each(LOCALES.map((l) => [l]))('%s: each claim sentence carries its grade framing', (locale) => {
    const framing = FRAMING[locale as Locale]
    const catalog = getCatalog(locale)
    const wrong = CLAIMS.filter((c) => !framing[c.grade].test(catalog.claims[c.id].text)).map(
      (c) => `${c.id} (${c.grade}): ${catalog.claims[c.id].text}`,
    )
    expect(wrong).toEqual([])
  })
  test.each(LOCALES.map((l) => [l]))('%s: plausible claims are not worded as certain', (locale) => {
    const catalog = getCatalog(locale)
    const certain = CLAIMS.filter((c) => c.grade === 'plausible' && CERTAIN[locale]?.test(catalog.claims[c.id].text)).map((c) => c.id)
    expect(certain).toEqual([])
  })
  test('the framing rules catch offenders', () => {
    expect(FRAMING.en.hypothesis.test('A tight psoas pulls the lower back into a deeper curve.')).toBe(false)
    expect(FRAMING.en['not supported'].test('Trigger-point injections relax the tight muscle.')).toBe(false)
    expect(FRAMING.en.plausible.test('Standing up and stretching every hour prevents problems.')).toBe(false)
    expect(FRAMING.es.hypothesis.test('La mala postura causa problemas del psoas.')).toBe(false)
  })
})

describe('facts', () => {
  test('imaging: no X-ray for discs, bone density by DXA, scans only with warning signs', () => {
    for (const locale of LOCALES) {
      const c = getCatalog(locale).claims.diagnosisImaging
      expect(`${c.text} ${c.caveat}`, locale).not.toMatch(/slipped disc|thin bones|hernia de disco|huesos frágiles/i)
      expect(c.caveat, locale).toMatch(/DXA/)
    }
  })
})

test('a plausible claim and its caveat do not contradict each other (lifting: back strain in general, not psoas-specific)', () => {
  // the bold sentence says lifting "can strain the psoas"; the caveat must not then say it is "not a psoas problem"
  for (const l of LOCALES) expect(getCatalog(l).claims.causeLifting.caveat).not.toMatch(/not a psoas problem|no del psoas\.$/)
  expect(getCatalog('en').claims.causeLifting.caveat).toMatch(/in general, not the psoas in particular\.$/)
  expect(getCatalog('es').claims.causeLifting.caveat).toMatch(/en general, no del psoas en particular\.$/)
})

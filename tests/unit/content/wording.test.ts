import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { CHAPTER_IDS } from '../../../src/scene-state/types.ts'
import { NERVE_KEYS } from '../../../src/scene-state/ids.ts'
import { CLAIM_IDS, getCatalog } from '../../../src/content/index.ts'
import type { Catalog } from '../../../src/content/index.ts'
import { allStrings, readability, sentences, sharedRuns, syllables, wordRuns, words } from './text-metrics.ts'

const article = readFileSync(new URL('./fixtures/clinic-article-psoas.txt', import.meta.url), 'utf8')
const articleRuns = wordRuns(article, 8)
const en = getCatalog('en')
const es = getCatalog('es')

describe('text metrics (the tools the wording tests rely on)', () => {
  test('syllable counter on known words', () => {
    const known: Record<string, number> = {
      the: 1,
      back: 1,
      muscle: 2,
      muscles: 2,
      spine: 1,
      tightness: 2,
      tingling: 2,
      every: 3,
      pelvis: 2,
      examination: 5,
      stretched: 1,
      table: 2,
      numbness: 2,
      irritate: 3,
      guidelines: 3,
    }
    expect(Object.fromEntries(Object.keys(known).map((w) => [w, syllables(w)]))).toEqual(known)
  })

  test('sentences and words', () => {
    expect(sentences('One two. Three four five! Six? ')).toEqual(['One two.', 'Three four five!', 'Six?'])
    expect(words('The L4–L5 disc’s load, “high”.')).toEqual(['the', 'l4', 'l5', "disc's", 'load', 'high'])
  })

  test('Flesch reading ease separates easy from hard text', () => {
    const easy = readability('The cat sat on the mat. It was warm. The sun was out.')
    const hard = readability(
      'Intervertebral discs demonstrate considerable heterogeneity regarding biomechanical characteristics, particularly concerning compressive loading.',
    )
    expect(easy.fleschReadingEase).toBeGreaterThan(90)
    expect(hard.fleschReadingEase).toBeLessThan(0)
    expect(easy.wordsPerSentence).toBeCloseTo(13 / 3, 5)
  })

  test('the copy detector finds a sentence taken from the article', () => {
    const copied = 'We think that the psoas also influences your body posture and form of movement, really.'
    expect(sharedRuns(copied, articleRuns, 8).length).toBeGreaterThan(0)
    expect(sharedRuns('The psoas is a long muscle deep inside your body.', articleRuns, 8)).toEqual([])
  })
})

describe('no copying from the clinic article', () => {
  test('no English string shares 8 consecutive words with the article', () => {
    const copies = allStrings(en).flatMap(({ path, text }) =>
      sharedRuns(text, articleRuns, 8).map((r) => `${path}: "${r}"`),
    )
    expect(copies).toEqual([])
  })

  test('no chapter, read as one text, shares 8 consecutive words with the article', () => {
    const copies = CHAPTER_IDS.flatMap((id) =>
      sharedRuns([en.chapters[id].title, ...en.chapters[id].paragraphs].join(' '), articleRuns, 8).map((r) => `${id}: ${r}`),
    )
    expect(copies).toEqual([])
  })
})

/** Every text that talks about nerves. */
function nerveTexts(c: Catalog): string[] {
  return [
    ...c.chapters.nerves.paragraphs,
    c.claims.nerveCompression.text,
    c.claims.nerveCompression.caveat,
    c.claims.sciaticaLikePain.text,
    c.claims.sciaticaLikePain.caveat,
    c.ui.notSupportedNerveCaveat,
    c.ui.nerveMayBeIrritated,
    ...NERVE_KEYS.flatMap((k) => [c.structures[`${k}Left`].description, c.structures[`${k}Right`].description]),
  ]
}

describe('careful wording about nerves and mechanisms', () => {
  // Stating compression as a fact: "is pressed", "are pinched", "pinches", "compresses"...
  const assertsCompression = [
    /\b(is|are|gets|get|being|been|was|were)\s+(pressed|pinched|compressed|squeezed|trapped|entrapped)\b/i,
    /\b(presses|pinches|compresses|squeezes|traps)\b/i,
  ]

  test('nerve texts never state compression as fact', () => {
    expect(nerveTexts(en).filter((t) => assertsCompression.some((re) => re.test(t)))).toEqual([])
    expect(nerveTexts(en).length).toBe(4 + 4 + 2 + 14)
  })

  test('the wording check catches factual compression wording', () => {
    const bad = ['The femoral nerve is pressed by the psoas.', 'A tight psoas pinches the nerve.']
    expect(bad.filter((b) => !assertsCompression.some((re) => re.test(b)))).toEqual([])
  })

  test('the nerves chapter says nerves could be irritated and that it is unproven', () => {
    const text = en.chapters.nerves.paragraphs.join(' ')
    expect(text).toMatch(/could be irritated/)
    expect(text).toMatch(/unproven|not (been )?(shown|proven)/)
    expect(es.chapters.nerves.paragraphs.join(' ')).toMatch(/podrían irritarse/)
  })

  test('the nerves chapter shows the caveat about the LFCN and the lumbosacral trunk', () => {
    const missing = [en, es].flatMap((c) => {
      const text = c.chapters.nerves.paragraphs.join(' ').toLowerCase()
      return [c.nerves.lateralFemoralCutaneous.name, c.nerves.lumbosacralTrunk.name].filter(
        (n) => !text.includes(n.toLowerCase()),
      )
    })
    expect(missing).toEqual([])
    expect(en.chapters.nerves.paragraphs.join(' ')).toMatch(/not thought to be pinched by the psoas/)
    expect(en.claims.nerveCompression.caveat).toMatch(/not thought to be pinched by the psoas/)
  })

  test('the spine chapter labels the extra curve a common explanation, not a proven mechanism', () => {
    const text = en.chapters.spine.paragraphs.join(' ')
    expect(text).toContain('common explanation clinicians use, not a proven mechanism')
    expect(en.ui.commonExplanationLabel).toMatch(/common explanation.*not a proven mechanism/)
    expect(es.chapters.spine.paragraphs.join(' ')).toMatch(/no un mecanismo demostrado/)
  })

  test('the teaching-model label says illustration of a common explanation, not a validated simulation', () => {
    expect(en.ui.teachingModelLabel).toMatch(/^Teaching model: .*common way clinicians explain.*not a tested simulation/)
    expect(es.ui.teachingModelLabel).toMatch(/^Modelo didáctico: .*no una simulación comprobada/)
    expect(en.ui.readout.exampleValues).toMatch(/one person.*Wilke 1999/)
  })

  test('the signs chapter points to the red-flag list', () => {
    expect(en.chapters.signs.paragraphs.join(' ')).toMatch(/urgent care/)
    expect(en.safety.redFlags.saddleNumbness).toMatch(/numb/)
  })

  test('no alarmist words in chapters or claims', () => {
    const alarm = /\b(dire|piercing|extreme|dangerous(ly)? (tight|damage)|hidden cause|crippl\w*|agon\w*|terribl\w*)\b/i
    const texts = [...CHAPTER_IDS.flatMap((id) => en.chapters[id].paragraphs), ...CLAIM_IDS.map((id) => en.claims[id].caveat)]
    expect(texts.filter((t) => alarm.test(t))).toEqual([])
  })
})

describe('readability of the patient text (English)', () => {
  test.each(CHAPTER_IDS.map((id) => [id]))('chapter %s: ≤ 20 words per sentence, Flesch ≥ 50', (id) => {
    const r = readability(en.chapters[id].paragraphs.join(' '))
    expect(r.sentences).toBeGreaterThanOrEqual(4)
    expect(r.wordsPerSentence).toBeLessThanOrEqual(20)
    expect(r.fleschReadingEase).toBeGreaterThanOrEqual(50)
  })

  test('no chapter sentence is longer than 30 words', () => {
    const long = CHAPTER_IDS.flatMap((id) => sentences(en.chapters[id].paragraphs.join(' '))).filter(
      (s) => words(s).length > 30,
    )
    expect(long).toEqual([])
  })

  test('claims and caveats are short too', () => {
    const all = CLAIM_IDS.map((id) => `${en.claims[id].text} ${en.claims[id].caveat}`).join(' ')
    const r = readability(all)
    expect(r.wordsPerSentence).toBeLessThanOrEqual(20)
    expect(r.fleschReadingEase).toBeGreaterThanOrEqual(50)
    expect(CLAIM_IDS.filter((id) => words(en.claims[id].caveat).length > 60)).toEqual([])
  })

  test('structure descriptions fit on a phone in every locale (≤ 25 words)', () => {
    const long = [en, es].flatMap((c) =>
      Object.entries(c.structures)
        .filter(([, s]) => words(s.description).length > 25)
        .map(([id]) => `${c.meta.locale} ${id}`),
    )
    expect(long).toEqual([])
  })
})

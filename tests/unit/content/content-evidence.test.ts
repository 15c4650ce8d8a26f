/**
 * Issue 10, "facts checked": what the text relies on and the anatomy reference does not hold is in
 * its companion, reference/content-evidence.json, with a source — and the content says what it says:
 * the red flags and other causes with the same sources and grades, every cited source with its full
 * citation, the readout's usual range computed from the source's numbers and fitting the model, the
 * stretch's hold time inside the cited guidance, the DXA sentence cited.
 */
import { describe, expect, test } from 'vitest'
import anatomy from '../../../reference/anatomy-reference.json' with { type: 'json' }
import evidence from '../../../reference/content-evidence.json' with { type: 'json' }
import {
  ALL_RED_FLAG_IDS,
  DIFFERENTIALS,
  LITERATURE_IDS,
  LOCALES,
  RED_FLAG_IDS,
  RED_FLAG_SOURCES,
  REFERENCES,
  getCatalog,
  getChapter,
  getClaim,
  isEmergencyRedFlag,
  usualLordosisRange,
  discStartMeasured,
  describe as describeState,
} from '../../../src/content/index.ts'
import { POSTURES } from '../../../src/scene-state/types.ts'
import { deriveView } from '../../../src/scene-state/index.ts'

/** Listed by the anatomy reference (its references, or its claims table for the ACP guideline). */
function inAnatomy(id: string): boolean {
  return anatomy.references.some((r) => r.startsWith(id)) || (id === 'Qaseem 2017' && anatomy.claims.some((c) => c.reference.includes('ACP 2017')))
}
const citation = (id: keyof typeof REFERENCES) => REFERENCES[id].full + (REFERENCES[id].doi ? ` doi:${REFERENCES[id].doi}` : '')

describe('the companion reference', () => {
  test('lists every red flag with the sources and urgency the safety list shows', () => {
    expect(evidence.redFlags.items.map((f) => f.id)).toEqual([...ALL_RED_FLAG_IDS])
    for (const f of evidence.redFlags.items) {
      const id = f.id as (typeof ALL_RED_FLAG_IDS)[number]
      expect(f.sources, id).toEqual([...RED_FLAG_SOURCES[id]])
      expect(f.urgency, id).toBe(isEmergencyRedFlag(id) ? 'emergency' : 'today')
      expect(f.inAnatomyReference, id).toBe((RED_FLAG_IDS as readonly string[]).includes(id))
    }
    // the anatomy reference's own text names the eight it has
    expect(anatomy.redFlags.text).toMatch(/saddle area.*leg weakness.*blood thinners/)
  })

  test('lists every other cause with the grade, urgency and sources the chapter shows', () => {
    expect(evidence.differentials.items.map((d) => [d.id, d.grade, d.urgent, d.sources])).toEqual(
      DIFFERENTIALS.map((d) => [d.id, d.grade, d.urgent, d.references]),
    )
  })

  test('every cited source is in the anatomy reference or has its full citation in the companion, as the text shows it', () => {
    const sources = evidence.sources as Record<string, string>
    const missing = LITERATURE_IDS.filter((id) => !inAnatomy(id) && sources[id] === undefined)
    expect(missing).toEqual([])
    const differ = LITERATURE_IDS.filter((id) => sources[id] !== undefined && sources[id] !== citation(id))
    expect(differ).toEqual([])
    // nothing listed that the text does not cite, apart from the range source it explains it does not use
    const extra = Object.keys(sources).filter((k) => !(LITERATURE_IDS as readonly string[]).includes(k))
    expect(extra).toEqual(evidence.lordosisRange.notUsed.map((n) => n.source))
  })
})

describe('the usual range of the lower-back curve', () => {
  const s = evidence.lordosisRange.standing
  test('is the source’s mean ± 2 SD in whole degrees', () => {
    expect(s).toMatchObject({ meanDeg: 49.8, sdDeg: 11.2, n: 627, source: 'Yukawa 2019' })
    expect(s.usualRangeDeg).toEqual([Math.round(s.meanDeg - 2 * s.sdDeg), Math.round(s.meanDeg + 2 * s.sdDeg)])
    expect(s.usualRangeDeg).toEqual([27, 72])
  })

  test('fits the model: relaxed standing within 1° of its mean, and relaxed and severe standing inside it', () => {
    const relaxed = anatomy.postures.standing.lumbarLordosisL1S1Deg
    expect(Math.abs(relaxed - s.meanDeg)).toBeLessThan(1)
    const severe = deriveView({ tightness: 1, side: 'both', posture: 'standing' }).readouts.current.lordosisDeg
    for (const v of [relaxed, severe]) {
      expect(v).toBeGreaterThanOrEqual(s.usualRangeDeg[0])
      expect(v).toBeLessThanOrEqual(s.usualRangeDeg[1])
    }
  })

  test('is given for standing only; elsewhere none (the text says it varies a lot)', () => {
    expect(usualLordosisRange('standing')).toEqual({ lowDeg: 27, highDeg: 72 })
    expect(POSTURES.filter((p) => p !== 'standing' && usualLordosisRange(p) !== null)).toEqual([])
    expect(REFERENCES['Yukawa 2019'].doi).toBe('10.31616/asj.2018.0187')
  })

  test.each(LOCALES)('%s: the note names who, how and the source; the other note says it varies', (locale) => {
    const r = getCatalog(locale).ui.readout
    expect(r.rangeNote).toContain('Yukawa 2019')
    expect(r.rangeNote).toContain('627')
    expect(r.rangeNote).toMatch(/95/)
    expect(r.rangeValue).toBe('{low}–{high}°')
    expect(r.noRangeNote.length).toBeGreaterThan(30)
  })
})

describe('guidance the chapters give, with its source', () => {
  test('the stretch: about 30 s, two or three times — inside the cited guidance (Garber 2011)', () => {
    const g = evidence.stretch
    expect(g.sources).toEqual(['Garber 2011'])
    expect(getChapter('treatment').guidanceSources).toEqual(['Garber 2011'])
    expect(g.textSays.holdSeconds).toBeGreaterThanOrEqual(g.holdSecondsMostAdults[0])
    expect(g.textSays.holdSeconds).toBeLessThanOrEqual(g.holdSecondsMostAdults[1])
    expect(g.textSays.repetitions[0]).toBeGreaterThanOrEqual(g.repetitions[0])
    expect(g.textSays.repetitions[1]).toBeLessThanOrEqual(g.repetitions[1])
    expect(g.textSays.holdSeconds * g.textSays.repetitions[0]).toBeGreaterThanOrEqual(g.totalSecondsPerStretch)
    // what the text says is what the companion says it says
    expect(getCatalog('en').chapters.treatment.paragraphs.join(' ')).toMatch(/about 30 seconds and repeat two or three times/)
    expect(getCatalog('es').chapters.treatment.paragraphs.join(' ')).toMatch(/unos 30 segundos y repita dos o tres veces/)
  })

  test('the Thomas test: read from Harvey 1998, the relaxed thigh 10° below level as the teaching model’s reserve', () => {
    expect(evidence.thomasTest.sources).toEqual(['Harvey 1998'])
    expect(getChapter('examination').guidanceSources).toEqual(['Harvey 1998'])
    expect(evidence.thomasTest.relaxedThighBelowHorizontalDeg).toBe(anatomy.teachingModel.reserves.thomasReserveDeg)
    expect(deriveView({ tightness: 0, side: 'right', posture: 'thomasTest' }).readouts.current.thomasThighDeg).toBe(-10)
  })

  test('imaging: the DXA sentence is cited (USPSTF 2018) and said in every locale', () => {
    expect(evidence.imaging.sources).toEqual(getClaim('diagnosisImaging').references)
    for (const l of LOCALES) expect(getCatalog(l).claims.diagnosisImaging.caveat).toMatch(/DXA/)
    expect(REFERENCES['USPSTF 2018'].full).toMatch(/osteoporosis/)
  })
})

describe('the starting disc pressure: measured or a rough value, as the anatomy reference tags it', () => {
  test('the companion follows the reference’s pressure tags (S measured, R not)', () => {
    for (const p of POSTURES) {
      const tag = anatomy.postures[p].pressureTag
      expect(discStartMeasured(p), `${p}: ${tag}`).toBe(/^S\b/.test(tag))
    }
    expect(POSTURES.filter((p) => !discStartMeasured(p))).toEqual(['thomasTest', 'hipFlexorStretch'])
  })

  test.each([
    ['en', 'a measured example from one person', 'a rough value for this position, not measured'],
    ['es', 'un valor de ejemplo medido en una persona', 'un valor aproximado para esta posición, no medido'],
  ])('%s: the description never calls a rough starting value a measurement', (locale, measured, rough) => {
    for (const posture of POSTURES)
      for (const side of ['left', 'right', 'both'] as const)
        for (const tightness of [0.33, 0.66, 1]) {
          const text = describeState({ posture, side, tightness }, locale)
          if (!text.includes('L4–L5')) continue
          expect(text.includes(measured), `${posture} ${side} ${tightness}: ${text}`).toBe(discStartMeasured(posture))
          expect(text.includes(rough), `${posture} ${side} ${tightness}`).toBe(!discStartMeasured(posture))
        }
  })

  test.each(LOCALES)('%s: the readout has a note for each kind of start', (locale) => {
    const r = getCatalog(locale).ui.readout
    expect(r.exampleValues).toMatch(/Wilke 1999/)
    expect(r.roughStart).not.toMatch(/Wilke/)
  })
})

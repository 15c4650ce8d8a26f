/**
 * The live description never contradicts itself (issue 10): every sentence that states an effect
 * names its cause (the muscle's tension presses the spine together before it changes the curve; the
 * curve changes once the hip's reserve is used up; stretching loads the spine), nothing "does not
 * change" beside a change, the stretch warns about the femoral nerve, and getting up from a chair is
 * hedged. Walks every posture × side × tightness 0, 0.2, 0.4, 0.7, 1 in every locale.
 */
import { describe as group, expect, test } from 'vitest'
import { POSTURES, TIGHT_SIDES } from '../../../src/scene-state/types.ts'
import { describeFacts } from '../../../src/scene-state/view.ts'
import { LOCALES, describe, getCatalog } from '../../../src/content/index.ts'

interface Rules {
  /** sentences that state an effect */
  effect: RegExp
  /** words that name what causes it */
  cause: RegExp
  /** words that say nothing changes at all */
  never: RegExp
  stretchStop: RegExp
  risingHedge: RegExp
  sentences: (text: string) => string[]
}
const split = (text: string) => text.split(/(?<=[.!?])\s+/)
const RULES: Record<string, Rules> = {
  en: {
    effect: /\b(rises|deepens|tips forward|leans|could be irritated)\b/,
    cause: /\b(tension|Stretching|no room left|pull)\b/,
    never: /does not change/,
    stretchStop: /stop if it hurts or tingles/,
    risingHedge: /^It is often said that/,
    sentences: split,
  },
  es: {
    effect: /\b(sube|aumenta|se inclina|inclina|podrían? irritarse)\b/,
    cause: /\b(tensión|Estirar|ya no tiene margen|tira)\b/,
    never: /no cambia/,
    stretchStop: /deténgase si duele u hormiguea/,
    risingHedge: /^Se suele decir que/,
    sentences: split,
  },
}
const TIGHTNESS = [0, 0.2, 0.4, 0.7, 1]
const STATES = POSTURES.flatMap((posture) => TIGHT_SIDES.flatMap((side) => TIGHTNESS.map((tightness) => ({ posture, side, tightness }))))

group('the description names the cause of every effect', () => {
  test('every locale has rules', () => {
    expect(LOCALES.filter((l) => !RULES[l])).toEqual([])
  })
  test.each(LOCALES.map((l) => [l]))('%s: no contradictory pair in any state', (locale) => {
    const r = RULES[locale]
    const problems: string[] = []
    for (const st of STATES) {
      const text = describe(st, locale)
      const where = `${st.posture}/${st.side}/${st.tightness}`
      if (r.never.test(text)) problems.push(`${where}: says nothing changes: ${text}`)
      // the headline and the posture's own statement of a measured test result are not effects of the pull
      for (const s of r.sentences(text).slice(1))
        if (r.effect.test(s) && !r.cause.test(s) && !/table|camilla/.test(s)) problems.push(`${where}: effect without cause: ${s}`)
      const f = describeFacts(st)
      if (st.posture === 'hipFlexorStretch' && f.nerves.length > 0 && !r.stretchStop.test(text)) problems.push(`${where}: stretch without the stop rule`)
      const rising = getCatalog(locale).describe.posture(f)
      if (st.posture === 'risingFromChair' && st.tightness > 0 && !r.risingHedge.test(rising)) problems.push(`${where}: rising not hedged: ${rising}`)
    }
    expect(problems).toEqual([])
  })
  test('the rules catch the old wording', () => {
    const old =
      'At this level the hip still has room to move, so in this teaching model the lower back does not change (curve 51°). Pressure in the L4–L5 disc rises from about 0.50 to 0.52 MPa (example values from one person).'
    expect(RULES.en.never.test(old)).toBe(true)
    const s = RULES.en.sentences(old)[1]
    expect(RULES.en.effect.test(s) && !RULES.en.cause.test(s)).toBe(true)
  })
})

test('a normal Thomas test that still marks nerves says why: the stretched muscle is under tension (issue 10)', () => {
  // at 33 % the thigh hangs below the table line (negative) while the model marks nerves
  const facts = describeFacts({ tightness: 0.33, side: 'right', posture: 'thomasTest' })
  expect(facts.thomasThighDeg).toBeLessThan(0)
  expect(facts.nerves.length).toBeGreaterThan(0)
  expect(describe({ tightness: 0.33, side: 'right', posture: 'thomasTest' }, 'en')).toMatch(
    /the test is negative \(normal\)\..*Even though the test is normal, stretching the tight muscle puts it under tension, so the femoral and obturator nerves could be irritated/,
  )
  expect(describe({ tightness: 0.33, side: 'right', posture: 'thomasTest' }, 'es')).toMatch(
    /la prueba es negativa \(normal\)\..*Aunque la prueba sea normal, estirar el músculo tenso lo pone en tensión, así que los nervios femoral y obturador podrían irritarse/,
  )
  // a positive test and the stretch name the stretch as the cause; other positions the tension
  expect(describe({ tightness: 1, side: 'right', posture: 'thomasTest' }, 'en')).toMatch(/ Stretching the tight muscle puts it under tension, so the femoral/)
  expect(describe({ tightness: 0.66, side: 'right', posture: 'hipFlexorStretch' }, 'en')).toMatch(/ Stretching the tight muscle puts it under tension, so the femoral/)
  expect(describe({ tightness: 0.66, side: 'right', posture: 'standing' }, 'en')).toMatch(/ With this tension, the femoral/)
})

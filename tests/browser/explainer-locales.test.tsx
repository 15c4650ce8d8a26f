/**
 * Every locale of the catalogs is a complete language for the explainer: rendered with
 * `locale={X}`, its live description is in X. The expected sentences are written here, one per
 * locale, so a new locale fails until its expectation is added (and checked by someone who reads it).
 */
import { afterEach, expect, test } from 'vitest'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { LOCALES } from '../../src/content/index.ts'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(unmountAll)

/**
 * Standing, right psoas at "tight" (0.66): anatomy-reference §1 worked example — lordosis 51° → 57°,
 * pelvis +6°, a lean of about 2° to the right, L4–L5 disc 0.50 → 0.57 MPa.
 */
const EXPECTED: Record<string, string> = {
  en:
    'Standing: right psoas tight (66%). Once the hip has no room left, the shorter muscle pulls on the spine: in this teaching model ' +
    'the lower-back curve deepens from 51° to 57° and the pelvis tips forward 6°. The one-sided pull leans the spine about 2° toward the right side. ' +
    'The muscle’s tension presses the spine together, so pressure in the L4–L5 disc rises from about 0.50 MPa (a measured example from one person) ' +
    'to 0.57 MPa (a teaching estimate). With this tension, the femoral and obturator nerves could be irritated where they run through or beside ' +
    'the psoas; this may be felt in the front of the thigh, the inner front of the thigh and the inner thigh. This is a common explanation, not a proven cause.',
  es:
    'De pie: psoas derecho tenso (66 %). Cuando la cadera ya no tiene margen, el músculo más corto tira de la columna: en este modelo didáctico ' +
    'la curva lumbar aumenta de 51° a 57° y la pelvis se inclina 6° hacia adelante. La tensión de un solo lado inclina la columna unos 2° hacia el lado derecho. ' +
    'La tensión del músculo comprime la columna, así que la presión en el disco L4–L5 sube de unos 0,50 MPa (un valor de ejemplo medido en una persona) ' +
    'a 0,57 MPa (una estimación didáctica). Con esta tensión, los nervios femoral y obturador podrían irritarse donde pasan a través o al lado del psoas; ' +
    'se podría notar en la parte delantera del muslo, la parte delantera e interna del muslo y la cara interna del muslo. Es una explicación habitual, no una causa demostrada.',
}

test('there is a written expectation for every locale (a new locale needs one here)', () => {
  expect(LOCALES.length).toBeGreaterThanOrEqual(2)
  expect(LOCALES.filter((l) => !(l in EXPECTED))).toEqual([])
})

test.each(LOCALES.map((l) => [l]))('locale %s: the live text is in that locale', async (locale) => {
  const expected = EXPECTED[locale]
  expect(expected, `no expected sentence for locale "${locale}" in this test`).toBeTypeOf('string')
  const { host } = mount(
    <PsoasExplainer locale={locale} modelUrl={LOWPOLY} reducedMotion controls="minimal" height={160} defaultState={{ tightness: 0.66, side: 'right', posture: 'standing' }} />,
  )
  const live = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="live-text"]'), 5000, 'live text')
  await waitFor(() => live.textContent === expected, 3000, `the ${locale} description`).catch(() => undefined)
  expect(live.textContent).toBe(expected)
  expect(q(host, '.psoas-explainer').getAttribute('lang')).toBe(locale)
})

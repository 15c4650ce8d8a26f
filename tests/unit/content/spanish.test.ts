/**
 * Spanish that reads as Spanish (issue 10): one variety (neutral Latin American) and the terms a
 * reviewer flagged, checked over every string of the catalog (description sentences included).
 */
import { expect, test } from 'vitest'
import { getCatalog } from '../../../src/content/index.ts'
import { POSTURES, TIGHT_SIDES } from '../../../src/scene-state/types.ts'
import { describe as describeState } from '../../../src/content/index.ts'
import { allStrings } from './text-metrics.ts'

const es = getCatalog('es')
const STATES = POSTURES.flatMap((posture) => TIGHT_SIDES.flatMap((side) => [0, 0.2, 0.66, 1].map((tightness) => ({ posture, side, tightness }))))
const TEXTS = [...allStrings(es).map((s) => s.text), ...STATES.map((s) => describeState(s, 'es'))]

const FLAGGED: Array<[RegExp, string]> = [
  [/hacia delante/, 'Latin American usage: "hacia adelante"'],
  [/muslo interno/, '"cara interna del muslo"'],
  [/\bfloj[oa]s?\b/, '"flojo" reads as weak: "sin tensión" / "relajado"'],
  [/fuerza del hueso/, 'bone density: "densidad ósea" / "densitometría"'],
  [/Pierde peso sin intentarlo/, 'calque: "Ha perdido peso sin proponérselo"'],
  [/Se arrodilla sobre una rodilla/, 'redundant: "Apoye una rodilla en el suelo"'],
  [/\)\s*\(/, 'two brackets in a row'],
  [/\b(vosotros|ordenador|coger|móvil)\b/, 'Spain-only words'],
]

test('no flagged Spanish term or Spain-only usage in any catalog string or description', () => {
  const found = FLAGGED.flatMap(([re, why]) => TEXTS.filter((t) => re.test(t)).map((t) => `${why}: ${t.slice(0, 120)}`))
  expect(found).toEqual([])
})

test('slider stops describe tightness', () => {
  expect(es.ui.controls.stops).toEqual({ relaxed: 'Relajado', mild: 'Algo tenso', tight: 'Tenso', severe: 'Muy tenso' })
})

test('the flags catch offenders', () => {
  for (const bad of ['hacia delante', 'el muslo interno', 'está flojo', 'Nervio femoral (derecho) (L2–L4)'])
    expect(FLAGGED.some(([re]) => re.test(bad)), bad).toBe(true)
})

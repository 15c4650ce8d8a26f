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
  // issue 10 review of the safety list, the other causes and the stretch (neutral Latin American Spanish)
  [/\b[Cc]ontacte (hoy )?con\b/, 'Spain usage: "Consulte a un médico" / "Comuníquese con"'],
  [/\b\w+(ar|er|ir)le\b/, 'leísmo (usted as "le" object, Spain): "guiarlo", or rephrase'],
  [/como lograr una erección/, 'reads as if getting an erection were the problem: "como dificultad para tener una erección"'],
  [/Meta la cola/, '"cola" is slang for the buttocks in much of Latin America: "Lleve la rabadilla hacia abajo"'],
  [/\bPare si\b/, '"Deténgase si"'],
  [/necesita estudios urgentes/, '"hay que revisarlo con urgencia"'],
  [/Su lado:? (Izquierdo|Derecho)/, '"Su lado izquierdo" (no capital in running text)'],
]

test('no flagged Spanish term or Spain-only usage in any catalog string or description', () => {
  const found = FLAGGED.flatMap(([re, why]) => TEXTS.filter((t) => re.test(t)).map((t) => `${why}: ${t.slice(0, 120)}`))
  expect(found).toEqual([])
})

test('slider stops describe tightness', () => {
  expect(es.ui.controls.stops).toEqual({ relaxed: 'Relajado', mild: 'Algo tenso', tight: 'Tenso', severe: 'Muy tenso' })
})

test('the flags catch offenders and pass good Spanish', () => {
  for (const bad of [
    'hacia delante',
    'el muslo interno',
    'está flojo',
    'Nervio femoral (derecho) (L2–L4)',
    'Contacte hoy con un médico',
    'Un fisioterapeuta puede guiarle.',
    'como lograr una erección',
    'Meta la cola hacia abajo',
    'Pare si duele',
    'Su lado: Izquierdo',
  ])
    expect(FLAGGED.some(([re]) => re.test(bad)), bad).toBe(true)
  for (const good of ['Consulte hoy mismo a un médico', 'Un fisioterapeuta puede guiar sus ejercicios.', 'suele doler', 'Deténgase si duele'])
    expect(FLAGGED.filter(([re]) => re.test(good)).map(([, why]) => why), good).toEqual([])
})

test('the chapter on other causes reads as clinical Latin American Spanish (issue 10 review)', () => {
  const d = es.differentials
  expect(d.hipJoint.name).toBe('Desgaste de la cadera (artrosis) o pinzamiento femoroacetabular')
  expect(d.kidneyAbdomen.description).toMatch(/^Las piedras en el riñón \(cálculos renales\)/)
  expect(d.aorticAneurysm.description).toMatch(/\(la aorta\).*sobre todo si fuman o fumaron, hay que revisarlo con urgencia\.$/)
  expect(d.iliopsoasTendon.description).toMatch(/parte delantera de la cadera y a veces hay un chasquido/)
  expect(d.meralgiaParesthetica.description).toMatch(/cara delantera y externa del muslo/)
  expect(es.chapters.otherCauses.paragraphs[0]).toMatch(/no de las más frecuentes/)
  expect(es.safety.redFlags.sexualDysfunction).toMatch(/dificultad para tener una erección/)
  expect(es.bodyMap.patientSide).toEqual({ left: 'Su lado izquierdo', right: 'Su lado derecho' })
})

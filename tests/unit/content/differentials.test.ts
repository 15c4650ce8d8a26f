/**
 * Issue 10, "what a physician expects": the chapter on other causes (a structure apart from the
 * claims), the Thomas test explained fully and the stretch guidance, in every locale.
 */
import { expect, test } from 'vitest'
import {
  BASIS_IDS,
  CLAIM_IDS,
  CLAIMS,
  DIFFERENTIALS,
  DIFFERENTIAL_IDS,
  LITERATURE_IDS,
  LOCALES,
  REFERENCES,
  getCatalog,
  getChapter,
  getDifferential,
} from '../../../src/content/index.ts'
import type { DifferentialId } from '../../../src/content/index.ts'
import { CHAPTER_IDS } from '../../../src/scene-state/types.ts'

const en = getCatalog('en')
const es = getCatalog('es')

test('the chapter sits after the signs and before the examination, and lists every other cause', () => {
  expect([...CHAPTER_IDS]).toEqual(['anatomy', 'spine', 'nerves', 'causes', 'signs', 'otherCauses', 'examination', 'treatment'])
  expect(getChapter('otherCauses').differentialIds).toEqual([
    'hipJoint',
    'upperLumbarRoot',
    'iliopsoasTendon',
    'sacroiliacJoint',
    'groinHernia',
    'kidneyAbdomen',
    'aorticAneurysm',
    'meralgiaParesthetica',
  ])
  expect(getChapter('otherCauses').claimIds).toEqual([])
  expect(en.chapters.otherCauses.title).toBe('What else can cause these symptoms')
  expect(es.chapters.otherCauses.title).toBe('Qué más puede causar estos síntomas')
})

test('other causes are not claims: the claims still mirror the reference §8 (31 of them)', () => {
  expect(CLAIMS.length).toBe(31)
  expect(CLAIM_IDS.filter((id) => (DIFFERENTIAL_IDS as readonly string[]).includes(id))).toEqual([])
})

test('each other cause has a grade and references that resolve', () => {
  const known = new Set<string>([...LITERATURE_IDS, ...BASIS_IDS])
  expect(DIFFERENTIALS.map((d) => d.id)).toEqual([...DIFFERENTIAL_IDS])
  const refs: Record<DifferentialId, string[]> = {
    hipJoint: ['NICE NG226', 'Griffin 2016'],
    upperLumbarRoot: ['NICE NG59', 'anatomyTexts'],
    iliopsoasTendon: ['Johnston 1998'],
    sacroiliacJoint: ['Cohen 2005'],
    groinHernia: ['HerniaSurge 2018'],
    kidneyAbdomen: ['NICE NG118', 'generalKnowledge'],
    aorticAneurysm: ['NICE NG156'],
    meralgiaParesthetica: ['Harney & Patijn 2007', 'Ellis Clinical Anatomy'],
  }
  expect(Object.fromEntries(DIFFERENTIALS.map((d) => [d.id, d.references]))).toEqual(refs)
  expect(DIFFERENTIALS.filter((d) => d.grade !== 'established').map((d) => d.id)).toEqual([])
  expect(DIFFERENTIALS.flatMap((d) => d.references.filter((r) => !known.has(r)))).toEqual([])
  expect(DIFFERENTIALS.filter((d) => d.urgent).map((d) => d.id)).toEqual(['kidneyAbdomen', 'aorticAneurysm'])
  expect(REFERENCES['NICE NG156'].full).toMatch(/Abdominal aortic aneurysm/)
  expect(REFERENCES['Harney & Patijn 2007'].full).toMatch(/Meralgia paresthetica/)
  expect(() => getDifferential('nope' as DifferentialId)).toThrow(/Unknown differential id "nope"/)
})

test('each other cause has a name and a sentence in every locale; the ones the issue names are named', () => {
  for (const l of LOCALES) {
    const c = getCatalog(l)
    expect(DIFFERENTIAL_IDS.filter((id) => !c.differentials[id]?.name.trim() || !c.differentials[id]?.description.trim())).toEqual([])
  }
  const enNames = DIFFERENTIAL_IDS.map((id) => en.differentials[id].name).join(' | ')
  for (const term of ['osteoarthritis', 'impingement', 'nerve root', 'tendinopathy', 'bursitis', 'Sacroiliac', 'Inguinal or femoral hernia', 'Kidney', 'aortic aneurysm (in older adults)', 'Meralgia paresthetica'])
    expect(enNames).toContain(term)
  const esNames = DIFFERENTIAL_IDS.map((id) => es.differentials[id].name).join(' | ')
  for (const term of ['artrosis', 'pinzamiento', 'raíz nerviosa', 'tendinopatía', 'bursitis', 'sacroilíaca', 'Hernia inguinal o femoral', 'riñón', 'aorta abdominal (en personas mayores)', 'Meralgia parestésica'])
    expect(esNames).toContain(term)
  expect(en.differentials.meralgiaParesthetica.description).toMatch(/front and outer thigh/)
})

test('the Thomas test is explained fully: knee angle, abduction, flat back, threshold from athletes', () => {
  const text = en.chapters.examination.paragraphs.join(' ')
  expect(text).toMatch(/knee does not bend.*rectus femoris/)
  expect(text).toMatch(/drifts out to the side.*\(the TFL\)/)
  expect(text).toMatch(/lower back must stay flat on the table/)
  expect(text).toMatch(/comes from studies of athletes/)
  expect(en.ui.readout.thomasThighNote).toMatch(/studies of athletes/)
  const textEs = es.chapters.examination.paragraphs.join(' ')
  expect(textEs).toMatch(/recto femoral/)
  expect(textEs).toMatch(/tensor de la fascia lata/)
  expect(textEs).toMatch(/plana sobre la camilla/)
  expect(textEs).toMatch(/estudios con deportistas/)
})

test('the stretch guidance: knee padding, pelvic tilt cue, hold time, stop rules, strengthening', () => {
  const text = en.chapters.treatment.paragraphs.join(' ')
  expect(text).toMatch(/cushion or a folded towel under the knee/)
  expect(text).toMatch(/Tuck your tailbone under/)
  expect(text).toMatch(/about 30 seconds/)
  expect(text).toMatch(/Stop if it hurts, or if the thigh tingles or goes numb/)
  expect(text).toMatch(/strengthening/)
  const textEs = es.chapters.treatment.paragraphs.join(' ')
  expect(textEs).toMatch(/toalla doblada bajo la rodilla/)
  expect(textEs).toMatch(/unos 30 segundos/)
  expect(textEs).toMatch(/Deténgase si duele/)
  expect(textEs).toMatch(/Lleve la rabadilla hacia abajo/)
  expect(textEs).toMatch(/ejercicios de fuerza/)
})

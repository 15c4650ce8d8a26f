/**
 * Issue 10, safety: the disclaimer key, emergency wording for cauda equina signs, the red flags the
 * reference leaves out (with sources), and the reference list still mirrored.
 */
import { describe, expect, test } from 'vitest'
import {
  ALL_RED_FLAG_IDS,
  EMERGENCY_RED_FLAG_IDS,
  EXTRA_RED_FLAG_IDS,
  LITERATURE_IDS,
  BASIS_IDS,
  LOCALES,
  RED_FLAG_IDS,
  RED_FLAG_SOURCES,
  REFERENCES,
  URGENT_RED_FLAG_IDS,
  getCatalog,
  isEmergencyRedFlag,
} from '../../../src/content/index.ts'

const en = getCatalog('en')
const es = getCatalog('es')

describe('disclaimer', () => {
  test('every locale says that it explains, does not diagnose, and sends to a clinician', () => {
    expect(en.ui.disclaimer).toBe('This explains; it does not diagnose. Ask a doctor or physiotherapist about your own symptoms.')
    expect(es.ui.disclaimer).toBe('Esto explica; no diagnostica. Consulte a un médico o fisioterapeuta sobre sus propios síntomas.')
    expect(LOCALES.filter((l) => getCatalog(l).ui.disclaimer.trim() === '')).toEqual([])
  })
})

describe('red flags', () => {
  test('the reference list is kept, in its order, and four are added after it', () => {
    expect([...RED_FLAG_IDS]).toEqual(['cancer', 'weightLoss', 'trauma', 'feverOrUnwell', 'bladderBowel', 'saddleNumbness', 'legWeakness', 'bloodThinners'])
    expect([...EXTRA_RED_FLAG_IDS]).toEqual(['bothLegs', 'sexualDysfunction', 'nightPain', 'infectionRisk'])
    expect(ALL_RED_FLAG_IDS.length).toBe(12)
  })

  test('cauda equina signs are the emergency group; the others a doctor today', () => {
    expect([...EMERGENCY_RED_FLAG_IDS]).toEqual(['bladderBowel', 'saddleNumbness', 'sexualDysfunction', 'bothLegs'])
    expect([...URGENT_RED_FLAG_IDS]).toEqual(['cancer', 'weightLoss', 'trauma', 'feverOrUnwell', 'legWeakness', 'bloodThinners', 'nightPain', 'infectionRisk'])
    expect(isEmergencyRedFlag('saddleNumbness')).toBe(true)
    expect(isEmergencyRedFlag('cancer')).toBe(false)
  })

  test('emergency wording: go now, not "contact a doctor today"', () => {
    expect(en.safety.emergencyIntro).toBe('Go to an emergency department now, or call an ambulance, if you have any of these:')
    expect(en.safety.emergencyAction).toMatch(/cauda equina syndrome/)
    expect(en.safety.emergencyAction).toMatch(/within hours/)
    expect(en.safety.emergencyIntro).not.toMatch(/today/)
    expect(en.safety.urgentIntro).toBe('Contact a doctor today if your back pain comes with any of these:')
    expect(es.safety.emergencyIntro).toBe('Vaya ahora a un servicio de urgencias, o llame a una ambulancia, si tiene algo de esto:')
    expect(es.safety.emergencyAction).toMatch(/síndrome de cola de caballo/)
    expect(es.safety.urgentIntro).toBe('Consulte hoy mismo a un médico si su dolor de espalda viene con algo de esto:')
  })

  test('the added red flags say what they are in plain words', () => {
    expect(en.safety.redFlags.bothLegs).toBe('You have pain, numbness or weakness in both legs.')
    expect(en.safety.redFlags.sexualDysfunction).toMatch(/genitals.*sex/)
    expect(en.safety.redFlags.sexualDysfunction).toMatch(/such as difficulty getting an erection\.$/)
    expect(en.safety.redFlags.nightPain).toBe('Your back pain is worse at night or does not ease when you rest.')
    expect(en.safety.redFlags.infectionRisk).toMatch(/immune system is weak.*inject drugs/)
    expect(es.safety.redFlags.bothLegs).toBe('Tiene dolor, adormecimiento o debilidad en las dos piernas.')
    expect(es.safety.redFlags.infectionRisk).toMatch(/defensas bajas.*se inyecta drogas/)
  })

  test('every red flag has text in every locale and at least one source that resolves', () => {
    const known = new Set<string>([...LITERATURE_IDS, ...BASIS_IDS])
    for (const l of LOCALES) expect(ALL_RED_FLAG_IDS.filter((id) => !getCatalog(l).safety.redFlags[id]?.trim())).toEqual([])
    expect(Object.keys(RED_FLAG_SOURCES).sort()).toEqual([...ALL_RED_FLAG_IDS].sort())
    expect(ALL_RED_FLAG_IDS.filter((id) => RED_FLAG_SOURCES[id].length === 0)).toEqual([])
    expect(ALL_RED_FLAG_IDS.flatMap((id) => RED_FLAG_SOURCES[id].filter((r) => !known.has(r)))).toEqual([])
  })

  test('the added ones cite the red-flag framework, and the cauda equina ones the cauda equina review', () => {
    for (const id of EXTRA_RED_FLAG_IDS) expect(RED_FLAG_SOURCES[id]).toContain('Finucane 2020')
    for (const id of EMERGENCY_RED_FLAG_IDS) expect(RED_FLAG_SOURCES[id]).toContain('Greenhalgh 2018')
    expect(REFERENCES['Finucane 2020'].full).toMatch(/International framework for red flags for potential serious spinal pathologies\. J Orthop Sports Phys Ther 50\(7\):350–372/)
    expect(REFERENCES['Finucane 2020'].doi).toBe('10.2519/jospt.2020.9971')
    expect(REFERENCES['Greenhalgh 2018'].full).toMatch(/Assessment and management of cauda equina syndrome/)
  })

  test('the button that opens the list has a name in every locale', () => {
    expect(en.safety.warningSigns).toBe('Warning signs')
    expect(es.safety.warningSigns).toBe('Señales de alarma')
  })
})

import { describe, expect, test } from 'vitest'
import {
  DEFAULT_LOCALE,
  LOCALES,
  chapterOrder,
  format,
  getCatalog,
  getChapter,
  gradeLabel,
  nextChapter,
  previousChapter,
  referenceFull,
  referenceLabel,
  resolveLocale,
  structureDescription,
  structureLabel,
} from '../../../src/content/index.ts'
import type { ChapterId } from '../../../src/scene-state/types.ts'

describe('locale resolution', () => {
  test('known locales, regional tags and unknown tags', () => {
    expect(LOCALES).toEqual(['en', 'es'])
    expect(DEFAULT_LOCALE).toBe('en')
    expect(resolveLocale('es')).toBe('es')
    expect(resolveLocale('es-MX')).toBe('es')
    expect(resolveLocale('ES_es')).toBe('es')
    expect(resolveLocale('en-GB')).toBe('en')
    expect(resolveLocale('fr')).toBe('en')
    expect(resolveLocale('')).toBe('en')
    expect(resolveLocale(undefined)).toBe('en')
  })

  test('getCatalog falls back to English', () => {
    expect(getCatalog('de').meta.locale).toBe('en')
    expect(getCatalog('es-AR').meta.locale).toBe('es')
    expect(getCatalog('de')).toBe(getCatalog('en'))
  })
})

describe('helpers', () => {
  test('format fills placeholders and leaves unknown ones visible', () => {
    expect(format('Chapter {current} of {total}', { current: 2, total: 7 })).toBe('Chapter 2 of 7')
    expect(format('{value}°', { value: '56.8' })).toBe('56.8°')
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}')
    expect(format(getCatalog('es').ui.controls.tour.progress, { current: 3, total: 7 })).toBe('Capítulo 3 de 7')
  })

  test('structure labels per locale', () => {
    expect(structureLabel('femoralRight')).toBe('Femoral nerve (right)')
    expect(structureLabel('femoralRight', 'es')).toBe('Nervio femoral (derecho)')
    expect(structureLabel('psoasMajorLeft', 'fr')).toBe('Psoas major (left)')
    expect(structureDescription('femoralRight')).toMatch(/front of the thigh.*straighten the knee/)
  })

  test('reference labels: citations stay, grounds are translated', () => {
    expect(referenceLabel('Heino 1990')).toBe('Heino 1990')
    expect(referenceLabel('Heino 1990', 'es')).toBe('Heino 1990')
    expect(referenceLabel('clinicalConsensus', 'en')).toBe('clinical consensus')
    expect(referenceLabel('clinicalConsensus', 'es')).toBe('consenso clínico')
    expect(referenceFull('Staal 2008')).toMatch(/Cochrane Database Syst Rev CD001824/)
  })

  test('grade labels with qualifier', () => {
    expect(gradeLabel('hypothesis', undefined)).toBe('Hypothesis')
    expect(gradeLabel('plausible', 'onlyWithWarningSigns')).toBe('Plausible (only when there are warning signs)')
    expect(gradeLabel('not supported', undefined, 'es')).toBe('Sin apoyo')
  })

  test('chapter navigation', () => {
    expect(chapterOrder[0]).toBe('anatomy')
    expect(nextChapter('anatomy')).toBe('spine')
    expect(nextChapter('treatment')).toBeNull()
    expect(previousChapter('anatomy')).toBeNull()
    expect(previousChapter('treatment')).toBe('examination')
    expect(() => getChapter('intro' as ChapterId)).toThrow(/Unknown chapter id "intro"/)
  })
})

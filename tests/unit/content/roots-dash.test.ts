/**
 * Spinal levels are written with an en dash ("L2–L4") wherever a patient reads them: catalog text,
 * the live description, and the 3D labels' text (structureLabelWithRoots, which Labels.tsx draws).
 * scene-state's `rootsLabel` ("L2-L4") is a data key like the manifest's, not shown.
 */
import { describe, expect, test } from 'vitest'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import { NERVE_KEYS, STRUCTURE_IDS, type NerveKey, type StructureId } from '../../../src/scene-state/ids.ts'
import { POSTURES, TIGHT_SIDES } from '../../../src/scene-state/types.ts'
import { LOCALES, describe as describeState, getCatalog, structureLabel, structureLabelWithRoots } from '../../../src/content/index.ts'
import { allStrings } from './text-metrics.ts'

/** Two spinal levels joined by a hyphen (or a minus-like dash) instead of an en dash. */
const HYPHENATED_LEVELS = /\b[TLS]\d{1,2}\s*[-‐‑‒—−]\s*[TLS]?\d/u

function nerveOf(id: StructureId): NerveKey | undefined {
  return NERVE_KEYS.find((k) => id === `${k}Left` || id === `${k}Right`)
}

test('the check catches a hyphen between levels and passes the en dash', () => {
  for (const bad of ['L2-L4', 'T12-L1', 'L4 - L5', 'L2—L3', 'L1-2']) expect(HYPHENATED_LEVELS.test(bad), bad).toBe(true)
  for (const good of ['L2–L4', 'T12–L1', 'L4–L5 disc', 'L5', 'COVID-19']) expect(HYPHENATED_LEVELS.test(good), good).toBe(false)
})

describe.each(LOCALES)('%s', (locale) => {
  const c = getCatalog(locale)

  test('no catalog string writes levels with a hyphen', () => {
    const offenders = allStrings(c).filter((s) => HYPHENATED_LEVELS.test(s.text))
    expect(offenders).toEqual([])
  })

  test('nerve roots: the reference levels, joined by an en dash', () => {
    for (const k of NERVE_KEYS) {
      const roots = (ref.nerves as Record<string, { roots: string[] }>)[k].roots
      const expected = roots.length > 1 ? `${roots[0]}–${roots[roots.length - 1]}` : roots[0]
      expect(c.nerves[k].roots, k).toBe(expected)
    }
    expect(c.nerves.femoral.roots).toBe('L2–L4')
  })

  test('3D label text: a nerve shows its name and its roots with an en dash; other structures their name', () => {
    for (const id of STRUCTURE_IDS) {
      const nerve = nerveOf(id)
      const text = structureLabelWithRoots(id, nerve, locale)
      expect(HYPHENATED_LEVELS.test(text), text).toBe(false)
      expect(text).toBe(nerve ? `${structureLabel(id, locale)} · ${c.nerves[nerve].roots}` : structureLabel(id, locale))
    }
    expect(structureLabelWithRoots('femoralRight', 'femoral', locale)).toMatch(/ · L2–L4$/)
    expect(structureLabelWithRoots('obturatorLeft', 'obturator', locale)).toMatch(/ · L2–L4$/)
  })

  test('the live description never writes levels with a hyphen', () => {
    for (const posture of POSTURES)
      for (const side of TIGHT_SIDES)
        for (const tightness of [0, 0.33, 0.66, 1]) {
          const text = describeState({ posture, side, tightness }, locale)
          expect(HYPHENATED_LEVELS.test(text), text).toBe(false)
        }
  })
})

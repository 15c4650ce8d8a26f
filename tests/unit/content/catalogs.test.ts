import { describe, expect, test } from 'vitest'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import { NERVE_KEYS, STRUCTURE_IDS } from '../../../src/scene-state/ids.ts'
import { TIGHTNESS_STOP_NAMES } from '../../../src/scene-state/state.ts'
import type { StructureId } from '../../../src/scene-state/ids.ts'
import { CAMERA_PRESETS, CHAPTER_IDS, LAYER_KEYS, POSTURES, TIGHT_SIDES } from '../../../src/scene-state/types.ts'
import {
  BASIS_IDS,
  BODY_MAP_REGION_IDS,
  CLAIM_IDS,
  GRADE_NOTES,
  GRADES,
  LOCALES,
  RED_FLAG_IDS,
  getCatalog,
} from '../../../src/content/index.ts'
import type { Catalog, RedFlagId } from '../../../src/content/index.ts'
import { allStrings } from './text-metrics.ts'

const catalogs = LOCALES.map((l) => [l, getCatalog(l)] as const)

/** The key paths of a catalog; arrays count as one leaf (paragraph counts are checked separately). */
function keyPaths(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, path ? `${path}.${k}` : k))
  return [path]
}

function nonEmpty(s: unknown): boolean {
  return typeof s === 'string' && s.trim().length > 0
}

const paragraphCounts = (c: Catalog) => CHAPTER_IDS.map((id) => c.chapters[id].paragraphs.length)

/** Names of the entries whose text is missing or blank. */
function blanks(entries: [string, unknown][]): string[] {
  return entries.filter(([, v]) => !nonEmpty(v)).map(([k]) => k)
}

describe.each(catalogs)('catalog %s', (locale, c: Catalog) => {
  test('meta names the locale', () => {
    expect(c.meta.locale).toBe(locale)
    expect(nonEmpty(c.meta.languageName)).toBe(true)
  })

  test('every structure id has a name and a one-sentence description', () => {
    expect(Object.keys(c.structures).sort()).toEqual([...STRUCTURE_IDS].sort())
    expect(blanks(STRUCTURE_IDS.map((id) => [`${id}.name`, c.structures[id]?.name]))).toEqual([])
    expect(blanks(STRUCTURE_IDS.map((id) => [`${id}.description`, c.structures[id]?.description]))).toEqual([])
    // one sentence: ends with a full stop and has no sentence break inside
    const notOneSentence = STRUCTURE_IDS.filter((id) => {
      const d = c.structures[id].description.trim()
      return !d.endsWith('.') || /[.!?]\s/.test(d.slice(0, -1))
    })
    expect(notOneSentence).toEqual([])
  })

  test('paired structures name their side, and left/right names differ', () => {
    const left = c.ui.controls.sides.left.toLowerCase()
    const right = c.ui.controls.sides.right.toLowerCase()
    const pairs = STRUCTURE_IDS.filter((id) => id.endsWith('Left')).map(
      (id) => [id, id.replace(/Left$/, 'Right') as StructureId] as const,
    )
    expect(pairs.length).toBe(1 + 1 + 1 + 7) // femur, psoas, iliacus, 7 nerves
    const bad = pairs.filter(
      ([l, r]) =>
        c.structures[l].name === c.structures[r].name ||
        !c.structures[l].name.toLowerCase().includes(left) ||
        !c.structures[r].name.toLowerCase().includes(right),
    )
    expect(bad).toEqual([])
  })

  test('nerve keys have a side-free name and roots matching the reference', () => {
    const refNerves = ref.nerves as unknown as Record<string, { roots: string[] }>
    const rows = NERVE_KEYS.map((k) => {
      const roots = refNerves[k].roots
      return {
        key: k,
        roots: c.nerves[k].roots,
        expectedRoots: roots.length === 1 ? roots[0] : `${roots[0]}–${roots[roots.length - 1]}`,
        sideFree: !/left|right|izquierd|derech/i.test(c.nerves[k].name),
        // the structure name of each side starts from the side-free name
        prefixes: c.structures[`${k}Right`].name.startsWith(c.nerves[k].name),
      }
    })
    for (const r of rows) expect(r).toEqual({ ...r, roots: r.expectedRoots, sideFree: true, prefixes: true })
    expect(c.nerves.femoral.roots).toBe('L2–L4')
  })

  test('every chapter has a title and 2–4 paragraphs', () => {
    const counts = CHAPTER_IDS.map((id) => c.chapters[id].paragraphs.length)
    expect(counts.every((n) => n >= 2 && n <= 4)).toBe(true)
    expect(blanks(CHAPTER_IDS.map((id) => [id, c.chapters[id].title]))).toEqual([])
    expect(blanks(CHAPTER_IDS.flatMap((id) => c.chapters[id].paragraphs.map((p, i): [string, unknown] => [`${id}[${i}]`, p])))).toEqual([])
  })

  test('every claim has text and a caveat', () => {
    expect(blanks(CLAIM_IDS.map((id) => [`${id}.text`, c.claims[id]?.text]))).toEqual([])
    expect(blanks(CLAIM_IDS.map((id) => [`${id}.caveat`, c.claims[id]?.caveat]))).toEqual([])
  })

  test('every region, posture, layer, side, camera, stop, grade, ground and red flag has text', () => {
    const entries: [string, unknown][] = [
      ...BODY_MAP_REGION_IDS.map((id): [string, unknown] => [`region ${id}`, c.bodyMap.regions[id]]),
      ...POSTURES.flatMap((p): [string, unknown][] => [
        [`posture ${p}`, c.ui.controls.postures[p]?.name],
        [`posture ${p} explanation`, c.ui.controls.postures[p]?.explanation],
      ]),
      ...LAYER_KEYS.map((l): [string, unknown] => [`layer ${l}`, c.ui.controls.layerNames[l]]),
      ...TIGHT_SIDES.map((s): [string, unknown] => [`side ${s}`, c.ui.controls.sides[s]]),
      ...CAMERA_PRESETS.map((p): [string, unknown] => [`camera ${p}`, c.ui.controls.cameras[p]]),
      ...TIGHTNESS_STOP_NAMES.map((s): [string, unknown] => [`stop ${s}`, c.ui.controls.stops[s]]),
      ...GRADES.flatMap((g): [string, unknown][] => [
        [`grade ${g}`, c.evidence.grades[g]?.name],
        [`grade ${g} meaning`, c.evidence.grades[g]?.description],
      ]),
      ...GRADE_NOTES.map((n): [string, unknown] => [`grade note ${n}`, c.evidence.gradeNotes[n]]),
      ...BASIS_IDS.map((b): [string, unknown] => [`basis ${b}`, c.basis[b]]),
      ...RED_FLAG_IDS.map((r): [string, unknown] => [`red flag ${r}`, c.safety.redFlags[r]]),
    ]
    expect(entries.length).toBe(21 + 12 + 7 + 3 + 5 + 4 + 8 + 2 + 10 + 8)
    expect(blanks(entries)).toEqual([])
  })

  test('no string anywhere is empty', () => {
    expect(allStrings(c).filter((s) => !nonEmpty(s.text))).toEqual([])
  })

  test('templates carry their placeholders', () => {
    expect(c.ui.loadingProgress).toContain('{percent}')
    expect(c.ui.controls.tightnessValue).toMatch(/\{stop\}.*\{percent\}/)
    expect(c.ui.controls.tour.progress).toMatch(/\{current\}.*\{total\}/)
    expect(c.ui.readout.degrees).toContain('{value}')
    expect(c.ui.readout.megapascals).toContain('{value}')
    expect(c.ui.nerveMayBeIrritated).toMatch(/\{nerve\}.*\{roots\}/)
  })
})

describe('locales agree', () => {
  const en = getCatalog('en')
  const es = getCatalog('es')

  test('es has exactly the keys of en', () => {
    expect(keyPaths(es).sort()).toEqual(keyPaths(en).sort())
  })

  test('es chapters have as many paragraphs as en', () => {
    expect(paragraphCounts(es)).toEqual(paragraphCounts(en))
  })

  test('es is marked as not reviewed, en as reviewed', () => {
    expect(es.meta.reviewed).toBe(false)
    expect(en.meta.reviewed).toBe(true)
  })

  test('es is actually translated (almost no string equals its English counterpart)', () => {
    const enStrings = new Map(allStrings(en).map((s) => [s.path, s.text]))
    const esStrings = allStrings(es)
    const same = esStrings.filter((s) => enStrings.get(s.path) === s.text)
    // shared: templates such as "{value}°", roots, "Plausible", "normal"
    expect(same.length / esStrings.length).toBeLessThan(0.05)
  })
})

describe('ids the catalogs key on match the reference', () => {
  test('body-map region ids are exactly the reference regions', () => {
    expect([...BODY_MAP_REGION_IDS].sort()).toEqual(ref.bodyMap.regions.map((r) => r.id).sort())
  })

  test('the red-flag list covers every item of the reference safety text', () => {
    const text = ref.redFlags.text.toLowerCase()
    const keyword: Record<RedFlagId, string> = {
      cancer: 'cancer',
      weightLoss: 'weight loss',
      trauma: 'trauma',
      feverOrUnwell: 'fever',
      bladderBowel: 'bladder',
      saddleNumbness: 'saddle',
      legWeakness: 'leg weakness',
      bloodThinners: 'blood thinners',
    }
    expect(RED_FLAG_IDS.filter((id) => !text.includes(keyword[id]))).toEqual([])
    expect(text.split(';').length).toBe(RED_FLAG_IDS.length)
  })

  test('slider stops are the reference named stops', () => {
    expect(Object.keys(ref.teachingModel.namedStops)).toEqual([...TIGHTNESS_STOP_NAMES])
  })
})

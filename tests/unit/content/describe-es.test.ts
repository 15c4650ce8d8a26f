import { describe as group, expect, test } from 'vitest'
import { describeFacts } from '../../../src/scene-state/view.ts'
import { POSTURES, TIGHT_SIDES } from '../../../src/scene-state/types.ts'
import { describe, getCatalog, type DescribeMessages } from '../../../src/content/index.ts'

const EN_MESSAGES = getCatalog('en').describe
const ES_DESCRIBE_MESSAGES = getCatalog('es').describe

const PARTS = ['headline', 'posture', 'disc', 'nerves', 'caveat', 'short'] as const satisfies readonly (keyof DescribeMessages)[]
const STATES = POSTURES.flatMap((posture) =>
  TIGHT_SIDES.flatMap((side) => [0, 0.1, 0.33, 0.66, 1].map((tightness) => ({ posture, side, tightness }))),
)

/** The numbers of a sentence, decimal comma read as a point, sorted. */
function numbers(s: string): string[] {
  return (s.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort()
}

group('Spanish describe messages', () => {
  test('every sentence is present exactly when the English one is, with the same numbers', () => {
    const mismatches: string[] = []
    for (const st of STATES) {
      const f = describeFacts(st)
      for (const part of PARTS) {
        const en = EN_MESSAGES[part](f)
        const es = ES_DESCRIBE_MESSAGES[part](f)
        if ((en === '') !== (es === '')) mismatches.push(`${JSON.stringify(st)} ${part}: empty mismatch`)
        else if (numbers(en).join() !== numbers(es).join())
          mismatches.push(`${JSON.stringify(st)} ${part}: ${numbers(en).join()} vs ${numbers(es).join()}`)
      }
    }
    expect(mismatches).toEqual([])
    expect(STATES.length).toBe(6 * 3 * 5)
  })

  test('nerves are said to possibly be irritated, never compressed', () => {
    const nerveSentences = STATES.map((st) => ES_DESCRIBE_MESSAGES.nerves(describeFacts(st))).filter((s) => s !== '')
    expect(nerveSentences.length).toBeGreaterThan(10)
    expect(nerveSentences.filter((s) => !/podrían? irritarse/.test(s))).toEqual([])
    expect(nerveSentences.filter((s) => /comprim|presiona|aprieta|atrapa|pinza/i.test(s))).toEqual([])
  })

  test('a worked example reads as expected', () => {
    const f = describeFacts({ tightness: 0.66, side: 'right', posture: 'standing' })
    expect(ES_DESCRIBE_MESSAGES.headline(f)).toBe('De pie: psoas derecho tenso (66 %).')
    expect(ES_DESCRIBE_MESSAGES.short(describeFacts({ tightness: 1, side: 'both', posture: 'sitting' }))).toBe(
      'Ambos psoas muy tensos (100 %), sentado',
    )
    expect(ES_DESCRIBE_MESSAGES.disc(f)).toBe(
      'La tensión del músculo comprime la columna, así que la presión en el disco L4–L5 sube de unos 0,50 MPa (un valor de ejemplo medido en una persona) a 0,57 MPa (una estimación didáctica).',
    )
  })

  test('describe() speaks Spanish for es and es-MX from the catalog alone, English otherwise', () => {
    const st = { tightness: 0.66, side: 'right', posture: 'thomasTest' } as const
    expect(describe(st, 'es')).toMatch(/^Prueba de Thomas: psoas derecho tenso/)
    expect(describe(st, 'es-MX')).toBe(describe(st, 'es'))
    expect(describe(st, 'en')).toMatch(/^Thomas test/)
  })
})

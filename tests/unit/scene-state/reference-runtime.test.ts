/**
 * The product reads src/scene-state/reference.runtime.json, the part of the anatomy reference it uses
 * (scripts/reference-runtime.ts), instead of the whole reference (issue 14: 55 KB of JSON in every page).
 * Stale or altered subsets, and product code that imports the full reference again, fail here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { REFERENCE_FILE, RUNTIME_FILE, runtimeJson } from '../../../scripts/reference-runtime.ts'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')
const full = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as unknown
const committed = readFileSync(RUNTIME_FILE, 'utf8')

/** Every leaf of `v` with its path (arrays by index). */
function leaves(v: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, Array.isArray(v) ? Number(k) : k]))
  return [[path, v]]
}
function at(v: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], v)
}
/** Every .ts/.tsx file under src/. */
const sourceFiles = (): string[] =>
  readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(root, 'src', f))

describe('the runtime subset of the anatomy reference', () => {
  it('is what `npm run reference:runtime` writes from today\'s reference (run it after editing the reference)', () => {
    expect(committed).toBe(runtimeJson())
  })

  it('holds the reference\'s own values at the reference\'s own paths', () => {
    const ls = leaves(JSON.parse(committed))
    expect(ls.length).toBeGreaterThan(200)
    for (const [path, value] of ls) expect(at(full, path), path.join('.')).toStrictEqual(value)
    // spot checks against numbers in anatomy-reference.md
    expect(at(JSON.parse(committed), ['teachingModel', 'namedStops', 'severe'])).toBe(1)
    expect(at(JSON.parse(committed), ['postures', 'standing', 'lumbarLordosisL1S1Deg'])).toBe(at(full, ['postures', 'standing', 'lumbarLordosisL1S1Deg']))
  })

  it('is a small part of the reference (gzip)', () => {
    const sub = gzipSync(committed).length
    const all = gzipSync(readFileSync(REFERENCE_FILE)).length
    console.info(`anatomy reference ${all} B gzip, runtime subset ${sub} B gzip`)
    expect(sub).toBeLessThan(all / 4)
  })

  it('is the only copy of the reference the product imports', () => {
    const offenders = sourceFiles().filter((f) => /^import[^\n]*anatomy-reference\.json/m.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
    const users = sourceFiles().filter((f) => /^import[^\n]*reference\.runtime\.json/m.test(readFileSync(f, 'utf8')))
    expect(users.length).toBeGreaterThanOrEqual(5)
  })
})

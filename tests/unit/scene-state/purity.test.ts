/** scene-state is plain TypeScript: no React, three.js, maath or DOM (design.md). */
import { describe, expect, test } from 'vitest'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..')
const dir = join(repoRoot, 'src', 'scene-state')

function files(d: string): string[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f)
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|js|mjs)$/.test(f) ? [p] : []
  })
}
/** source without comments and string contents of comments, so prose like "no DOM" does not count */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')
}

describe('scene-state purity', () => {
  const sources = files(dir)
  test('there are source files to scan', () => {
    expect(sources.length).toBeGreaterThanOrEqual(10)
  })
  const FORBIDDEN_IMPORT = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"](react|react-dom|three|maath|@react-three\/[^'"]*)(?:\/[^'"]*)?['"]/
  const FORBIDDEN_GLOBAL = /\b(window|document|navigator|localStorage|sessionStorage|HTMLElement|requestAnimationFrame)\b/
  for (const f of files(dir)) {
    test(`${f.slice(repoRoot.length + 1)} imports no React/three/maath and touches no DOM`, () => {
      const src = code(readFileSync(f, 'utf8'))
      expect(src.match(FORBIDDEN_IMPORT)?.[0]).toBeUndefined()
      expect(src.match(FORBIDDEN_GLOBAL)?.[0]).toBeUndefined()
      // only relative imports, zustand/vanilla (+ its React-free middleware) and the reference JSON
      for (const m of src.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g))
        expect(
          m[1] === 'zustand/vanilla' || m[1] === 'zustand/middleware' || m[1].startsWith('./') || m[1] === '../../reference/anatomy-reference.json',
          m[1],
        ).toBe(true)
    })
  }
  test('the regexes catch offenders', () => {
    const bad = ["import { Vector3 } from 'three'", "import x from 'maath/easing'", "const r = await import('react')", "import '@react-three/fiber'", 'window.innerWidth', 'document.title']
    for (const b of bad) expect(FORBIDDEN_IMPORT.test(b) || FORBIDDEN_GLOBAL.test(b)).toBe(true)
  })
  test('index.ts runs in plain Node without a window', async () => {
    expect((globalThis as { window?: unknown }).window).toBeUndefined()
    expect((globalThis as { document?: unknown }).document).toBeUndefined()
    const m = await import('../../../src/scene-state/index.ts')
    expect(m.derivePose({ tightness: 0.66, side: 'right', posture: 'standing' }).readout.discL4L5MPa).toBeCloseTo(0.566, 9)
    expect(typeof m.createSceneStore().subscribe).toBe('function')
  })
})

describe('reference data', () => {
  const shared = resolve(repoRoot, '..', 'shared', 'anatomy-reference.json')
  test.skipIf(!existsSync(shared))('reference/anatomy-reference.json equals ../shared/anatomy-reference.json', () => {
    const a = JSON.parse(readFileSync(join(repoRoot, 'reference', 'anatomy-reference.json'), 'utf8'))
    const b = JSON.parse(readFileSync(shared, 'utf8'))
    expect(a).toEqual(b)
  })
})

/**
 * <LeanCanvas> registers only the three.js classes the explainer renders (so the rest of three.js
 * can be tree-shaken). Every lower-case three.js element written in src/ must be in its catalogue,
 * or the viewer throws "X is not part of the THREE namespace" at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as THREE from 'three'
import { expect, test } from 'vitest'
import { LEAN_CATALOGUE } from '../../src/render/LeanCanvas.tsx'

const src = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../src')
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.tsx') ? [p] : []
  })

/**
 * JSX elements with a lower-case name that is a three.js class (e.g. <mesh> → Mesh) in src/render,
 * where everything inside the canvas lives (src/components renders DOM and SVG: <path> is SVG there).
 */
function threeElementsInSource(): Set<string> {
  const found = new Set<string>()
  for (const f of files(join(src, 'render'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
      const cls = m[1][0].toUpperCase() + m[1].slice(1)
      if (typeof (THREE as Record<string, unknown>)[cls] === 'function') found.add(cls)
    }
  }
  return found
}

test('every three.js element src/render renders is registered by <LeanCanvas>', () => {
  const used = threeElementsInSource()
  // the scan finds what it should (a scan that finds nothing would pass vacuously)
  expect([...used]).toEqual(expect.arrayContaining(['Mesh', 'Group', 'BufferGeometry', 'MeshBasicMaterial']))
  const missing = [...used].filter((c) => !(c in LEAN_CATALOGUE))
  expect(missing, 'register these in LEAN_CATALOGUE (src/render/LeanCanvas.tsx)').toEqual([])
})

test('the catalogue holds only three.js classes', () => {
  for (const [name, cls] of Object.entries(LEAN_CATALOGUE)) expect((THREE as Record<string, unknown>)[name], name).toBe(cls)
})

/**
 * All user-facing text comes from the catalogs: the React surface, the embeds and the demo hold no
 * literal words in JSX text or in accessible-name attributes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { getCatalog, LOCALES } from '../../../src/content/index.ts'

const root = new URL('../../../', import.meta.url)
const DIRS = ['src/components', 'src/embed', 'demo']

function sources(): Array<{ path: string; text: string }> {
  return DIRS.flatMap((dir) =>
    readdirSync(new URL(dir, root))
      // JSX lives in .tsx files (demo/text.ts is the demo page's own per-locale text)
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(new URL(`${dir}/${f}`, root), 'utf8') })),
  )
}

/** Literal words in JSX: text between tags, or aria-label / title / alt / placeholder string attributes. */
function inlineText(source: string): string[] {
  const found: string[] = []
  // JSX text: ">Some words<" (at least one letter run of 2+, not only punctuation or {expressions})
  // (a ">" right after "=" or "-" is an arrow; text with "name: type" lines is a generic type, not JSX)
  for (const m of source.matchAll(/(?<![=-])>([^<>{}`;=()]*[A-Za-zÀ-ÿ]{2,}[^<>{}`;=()]*)</g))
    if (!/^\s*\w+\??: /m.test(m[1])) found.push(m[1].trim())
  for (const m of source.matchAll(/\b(aria-label|aria-description|title|alt|placeholder)="([^"]*[A-Za-z]{2,}[^"]*)"/g)) found.push(`${m[1]}="${m[2]}"`)
  return found
}

describe('no inline user-facing text outside the catalogs', () => {
  test('the detector finds JSX text and literal aria-labels, and ignores expressions', () => {
    expect(inlineText('<p>Hello there</p>')).toEqual(['Hello there'])
    expect(inlineText('<option value="en">English</option>')).toEqual(['English'])
    expect(inlineText('<div aria-label="3D view">{x}</div>')).toEqual(['aria-label="3D view"'])
    expect(inlineText('<p>{catalog.ui.title}</p><b>{a}: {b}</b>')).toEqual([])
    expect(inlineText('const f = (x: number) => new Set<string>()')).toEqual([])
    expect(inlineText('interface E {\n  p: Promise<void>\n  fraction: number | null\n  l: Set<F>\n}')).toEqual([])
    expect(inlineText('<p>\n  Multi-line words\n</p>')).toEqual(['Multi-line words'])
  })

  test('components, embeds and the demo have none', () => {
    const files = sources()
    expect(files.some((f) => f.path === 'src/components/PsoasExplainer.tsx')).toBe(true)
    expect(files.flatMap((f) => inlineText(f.text).map((t) => `${f.path}: ${t}`))).toEqual([])
  })

  test('the former side file of extra strings is gone and nothing imports it', () => {
    expect(existsSync(new URL('src/components/extraText.ts', root))).toBe(false)
    const all = DIRS.flatMap((dir) =>
      readdirSync(new URL(dir, root))
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => `${dir}/${f}`),
    )
    expect(all.length).toBeGreaterThan(10)
    expect(all.filter((p) => readFileSync(new URL(p, root), 'utf8').includes('extraText'))).toEqual([])
  })
})

describe.each(LOCALES.map((l) => [l]))('new UI text in %s', (locale) => {
  const c = getCatalog(locale)
  test('templates carry their placeholders', () => {
    expect(c.ui.evidenceSummary).toContain('{count}')
    expect(c.ui.annotations.item).toMatch(/\{structure\}.*\{text\}/)
    expect(c.ui.annotations.removeLabel).toContain('{text}')
    expect(c.ui.annotations.newLabel).toContain('{structure}')
  })
  test('share, notes, nerve list, Thomas row and body-map note have text', () => {
    const texts = [
      c.ui.share.button,
      c.ui.share.copied,
      c.ui.share.failed,
      c.ui.share.linkLabel,
      c.ui.annotations.title,
      c.ui.annotations.remove,
      c.ui.annotations.add,
      c.ui.nerveList.title,
      c.ui.nerveList.none,
      c.ui.readout.thomasThigh,
      c.ui.readout.thomasThighNote,
      c.bodyMap.sidesNote,
    ]
    expect(texts.filter((t) => typeof t !== 'string' || t.trim().length < 3)).toEqual([])
  })
})

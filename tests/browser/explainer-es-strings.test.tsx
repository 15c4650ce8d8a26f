/**
 * Issue 10, Spanish: rendered with locale="es", nothing the explainer shows or names is English.
 * Every string of the English catalog (template fragments too) is looked for in the visible text,
 * the accessible names and descriptions, the 3D labels (the texts the label atlas was drawn from)
 * and the live region. Strings that are the same in both languages ("L4–L5", "Plausible", "MPa")
 * are skipped because they also occur in the Spanish catalog.
 */
import { afterEach, expect, test } from 'vitest'
import { _roots } from '@react-three/fiber'
import type { Mesh } from 'three'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { describe as describeState, getCatalog } from '../../src/content/index.ts'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(unmountAll)

function strings(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k))
  return []
}

const en = getCatalog('en')
const es = getCatalog('es')
const esTexts = strings(es).map((s) => s.text)

/** English fragments to look for: each catalog string cut at its {placeholders}, without the shared ones. */
const ENGLISH = [
  ...new Set(
    strings(en)
      .filter((s) => s.path !== 'meta.languageName' && s.path !== 'meta.locale')
      .flatMap((s) => s.text.split(/\{\w+\}/))
      .map((f) => f.trim().replace(/^[·:;,.\s]+|[·:;,.\s]+$/g, ''))
      .filter((f) => /[A-Za-z]{3,}/.test(f) && !esTexts.some((t) => t.includes(f))),
  ),
]

const STATE = { tightness: 0.66, side: 'right', posture: 'standing', chapter: 'nerves', focus: 'femoralRight' } as const

test('the fragment list is the English catalog (sanity: it holds words the Spanish page must not show)', () => {
  expect(ENGLISH).toContain('Warning signs')
  expect(ENGLISH).toContain('Femoral nerve (right)')
  expect(ENGLISH).toContain('3D viewer')
  expect(ENGLISH).toContain('This explains; it does not diagnose. Ask a doctor or physiotherapist about your own symptoms')
  expect(ENGLISH).not.toContain('L4–L5')
  expect(ENGLISH.length).toBeGreaterThan(300)
})

test('locale="es": no English catalog string in the text, the accessible names, the 3D labels or the live region', async () => {
  let ready = false
  const { host } = mount(
    <PsoasExplainer locale="es" modelUrl={LOWPOLY} reducedMotion controls="full" height={220} defaultState={STATE} onReady={() => (ready = true)} />,
  )
  await waitFor(() => ready, 30_000, 'onReady')
  // open every "warning signs" list, so their text is on the page too
  for (const b of host.querySelectorAll<HTMLButtonElement>('.psoas-warning-signs button')) b.click()
  await waitFor(() => host.querySelectorAll('.psoas-warning-signs [data-testid="red-flags"]').length === 3, 2000, 'lists open')
  const live = q(host, '[data-testid="live-text"]')
  await waitFor(() => live.textContent === describeState(STATE, 'es'), 3000, 'Spanish live text')

  // the 3D labels: the texts the label atlas was drawn from
  const canvas = q<HTMLCanvasElement>(host, 'canvas')
  const scene = _roots.get(canvas)!.store.getState().scene
  const labelTexts = (scene.getObjectByName('labels') as Mesh).userData.texts as string[]
  expect(labelTexts).toContain('Nervio femoral (derecho) · L2–L4')
  expect(labelTexts).toContain('Vértebra L1')
  expect(labelTexts).toContain('Disco entre L4 y L5')

  const attributes = [...host.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder']
      .map((a) => el.getAttribute(a))
      .filter((v): v is string => v !== null),
  )
  const described = [...host.querySelectorAll('[aria-describedby]')].flatMap((el) =>
    el.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
  )
  const shown: Array<[string, string]> = [
    ['text', host.textContent ?? ''],
    ...attributes.map((a): [string, string] => ['attribute', a]),
    ...described.map((d): [string, string] => ['description', d]),
    ...labelTexts.map((t): [string, string] => ['3D label', t]),
    ['live region', live.textContent ?? ''],
  ]
  const english = ENGLISH.flatMap((fragment) => {
    const re = new RegExp(`(?<![\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')
    return shown.filter(([, text]) => re.test(text)).map(([where]) => `${where}: "${fragment}"`)
  })
  expect(english).toEqual([])
  // the English description of the same state is nowhere either
  expect(host.textContent).not.toContain(describeState(STATE, 'en').slice(0, 40))
  expect(q(host, '[role="application"]').getAttribute('aria-roledescription')).toBe('visor 3D')
  expect(q(host, '.psoas-explainer').getAttribute('lang')).toBe('es')
})

/**
 * The Storybook build (what designers open) has a docs page for the explainer, the playground, the
 * parts and the 3D scene, and every story of them. Builds Storybook into a scratch folder (~20 s).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, test } from 'vitest'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')
const out = join(root, 'node_modules/.cache/psoas-storybook-docs')
afterAll(() => rmSync(out, { recursive: true, force: true }))

test('storybook build: autodocs pages for PsoasExplainer, the playground, the parts and PsoasScene', () => {
  execFileSync('npx', ['storybook', 'build', '--quiet', '-o', out], { cwd: root, stdio: 'pipe', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } })
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, { type: string; title: string }> }
  const docs = Object.entries(index.entries)
    .filter(([, e]) => e.type === 'docs')
    .map(([, e]) => e.title)
  expect(docs).toEqual(expect.arrayContaining(['Explainer/PsoasExplainer', 'Explainer/Playground', 'Explainer/Parts', '3D/PsoasScene']))
  const stories = Object.values(index.entries).filter((e) => e.type === 'story')
  expect(stories.filter((e) => e.title === 'Explainer/Playground').length).toBe(1)
  expect(stories.filter((e) => e.title === 'Explainer/PsoasExplainer').length).toBeGreaterThanOrEqual(10)
}, 180_000)

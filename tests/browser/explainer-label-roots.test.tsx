/**
 * Issue 10: the 3D labels write a nerve's spinal levels as the catalog does, with an en dash
 * ("Femoral nerve (right) · L2–L4"), in every locale; never scene-state's data key "L2-L4".
 * Read from the texts the label atlas was drawn from.
 */
import { afterEach, expect, test } from 'vitest'
import { _roots } from '@react-three/fiber'
import type { Mesh } from 'three'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { LOCALES, getCatalog } from '../../src/content/index.ts'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(unmountAll)

const HYPHENATED_LEVELS = /\b[TLS]\d{1,2}\s*[-‐‑‒—−]\s*[TLS]?\d/u

test.each(LOCALES)('locale="%s": nerve labels in the 3D view carry their roots with an en dash', async (locale) => {
  let ready = false
  const { host } = mount(
    <PsoasExplainer
      locale={locale}
      modelUrl={LOWPOLY}
      reducedMotion
      controls="none"
      height={240}
      defaultState={{ tightness: 1, side: 'both', posture: 'standing', focus: 'obturatorLeft' }}
      onReady={() => (ready = true)}
    />,
  )
  await waitFor(() => ready, 30_000, 'onReady')
  const canvas = q<HTMLCanvasElement>(host, 'canvas')
  const labels = await waitFor(() => _roots.get(canvas)?.store.getState().scene.getObjectByName('labels') as Mesh | undefined, 5000, 'labels')
  const texts = labels.userData.texts as string[]
  const c = getCatalog(locale)
  expect(texts).toContain(`${c.structures.femoralRight.name} · L2–L4`)
  expect(texts).toContain(`${c.structures.obturatorLeft.name} · L2–L4`)
  expect(texts).toContain(`${c.structures.genitofemoralLeft.name} · L1–L2`)
  expect(texts.filter((t) => HYPHENATED_LEVELS.test(t))).toEqual([])
})

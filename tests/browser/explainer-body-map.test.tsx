/**
 * Issue 13, "point where it hurts": the body map's regions are controls. Choosing one by keyboard or by
 * a tap/click stores the choice, focuses the nerve that supplies it, turns the camera and says in one
 * sentence how a tight psoas could relate — or, for the lateral thigh, that it likely does not, with
 * the way to "What else can cause these symptoms". Expected texts are written out here, not read
 * from the catalogs, so a changed wording shows up. axe-clean with a choice shown.
 */
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { createRef } from 'react'
import { PsoasExplainer, type PsoasExplainerApi } from '../../src/components/PsoasExplainer.tsx'
import { DEFAULT_LAYERS } from '../../src/scene-state/index.ts'
import { mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(unmountAll)

// The panel is what is tested; a missing model keeps WebGL out of it (the text works without the 3D view).
const MISSING = '/models/does-not-exist.glb'
const control = (host: Element, region: string, side: 'left' | 'right') =>
  q<SVGGElement>(host, `[data-region-control][data-region="${region}"][data-side="${side}"]`)
const relation = (host: Element) => host.querySelector('[data-testid="body-region-relation"]')?.textContent ?? null

test('keyboard: the map is one tab stop, arrows move, Enter chooses the lateral thigh: the LFCN is focused, "likely not", a link to other causes; axe-clean', async () => {
  const api = createRef<PsoasExplainerApi>()
  const { host } = mount(<PsoasExplainer ref={api} modelUrl={MISSING} reducedMotion height={160} defaultState={{ tightness: 1, side: 'both', layers: { ...DEFAULT_LAYERS, nerves: false } }} />)
  await waitFor(() => host.querySelector('[data-region-control]'), 5000, 'body map controls')
  const svg = q(host, '.psoas-bodymap__svg')
  expect(svg.getAttribute('role')).toBe('group')
  expect(document.getElementById(svg.getAttribute('aria-describedby')!)?.textContent).toBe(
    'Tap the place where you feel symptoms, or reach it with Tab and the arrow keys and press Enter.',
  )
  // one tab stop: the first front region of the patient's right side
  const stops = host.querySelectorAll('[data-region-control][tabindex="0"]')
  expect(stops.length).toBe(1)
  expect(host.querySelectorAll('[data-region-control]').length).toBe(42)
  const first = stops[0] as SVGGElement
  expect(first.getAttribute('aria-label')).toBe('Just above the pubic bone, right side')
  first.focus()
  // front, right side, body-map order: suprapubic, groin crease, genital, below the groin, top of inner thigh, front-outer thigh
  for (let i = 0; i < 5; i++) await userEvent.keyboard('{ArrowDown}')
  const target = control(host, 'anterolateralThigh', 'right')
  expect(document.activeElement).toBe(target)
  expect(target.getAttribute('aria-label')).toBe('Front and outer thigh, right side')
  expect(target.getAttribute('tabindex')).toBe('0')
  // a visible focus ring on the focused region
  expect(getComputedStyle(q(target, '.psoas-bodymap__shape')).strokeWidth).toBe('3px')
  expect(api.current!.getState().bodyRegion).toBeNull()

  await userEvent.keyboard('{Enter}')
  await waitFor(() => api.current!.getState().bodyRegion !== null, 2000, 'choice stored')
  const s = api.current!.getState()
  expect(s.bodyRegion).toEqual({ region: 'anterolateralThigh', side: 'right' })
  expect(s.focus).toBe('lateralFemoralCutaneousRight')
  expect(s.camera).toBe('oblique')
  expect(s.layers.nerves).toBe(true)
  await waitFor(() => target.getAttribute('aria-pressed') === 'true', 2000, 'pressed')
  const info = q(host, '[data-testid="body-region-info"]')
  expect(info.getAttribute('aria-live')).toBe('polite')
  expect(q(info, '.psoas-bodymap__choice-title').textContent).toBe('Front and outer thigh, right side')
  expect(relation(host)).toBe('Lateral femoral cutaneous nerve (L2–L3): the psoas is not thought to press on this nerve; other causes are more likely.')
  expect(q(info, '[data-grade]').textContent).toBe('Evidence: Not supported')
  expect([...info.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Lateral femoral cutaneous nerve (L2–L3) — highlighted in the 3D view'])

  const result = await axe.run(host)
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  // Space chooses too (another region), and the link opens the chapter on other causes by keyboard
  await userEvent.keyboard('{ArrowDown}')
  await userEvent.keyboard(' ')
  await waitFor(() => api.current!.getState().bodyRegion?.region === 'anteriorThigh', 2000, 'Space chose the front of the thigh')
  expect(api.current!.getState().focus).toBe('femoralRight')
  const link = q<HTMLButtonElement>(host, '[data-action="other-causes"]')
  expect(link.textContent).toBe('What else can cause these symptoms')
  link.focus()
  await userEvent.keyboard('{Enter}')
  await waitFor(() => host.querySelector('[data-chapter="otherCauses"]'), 2000, 'other-causes chapter')
  expect(api.current!.getState().chapter).toBe('otherCauses')
})

test('tap/click: the nerve of the chosen side is focused; the sentence follows the setting; back of the thigh is outside the plexus; Clear', async () => {
  const api = createRef<PsoasExplainerApi>()
  const { host } = mount(<PsoasExplainer ref={api} modelUrl={MISSING} reducedMotion height={160} defaultState={{ tightness: 1, side: 'right' }} />)
  await waitFor(() => host.querySelector('[data-region-control]'), 5000, 'body map controls')

  // left thigh: the psoas pulls on the right only, so the left femoral nerve is not marked now
  await userEvent.click(control(host, 'anteriorThigh', 'left'))
  await waitFor(() => api.current!.getState().focus === 'femoralLeft', 2000, 'femoralLeft focused')
  expect(api.current!.getState()).toMatchObject({ bodyRegion: { region: 'anteriorThigh', side: 'left' }, camera: 'front' })
  expect(relation(host)).toBe('Femoral nerve (L2–L4): this nerve runs through or beside the psoas, so a tight psoas could irritate it, but this has not been shown.')
  expect(q(host, '[data-testid="body-region-info"] [data-grade]').textContent).toBe('Evidence: Hypothesis')

  // right thigh: marked at this setting
  await userEvent.click(control(host, 'anteriorThigh', 'right'))
  await waitFor(() => api.current!.getState().focus === 'femoralRight', 2000, 'femoralRight focused')
  expect(api.current!.getState().camera).toBe('oblique')
  expect(relation(host)).toBe(
    'Femoral nerve (L2–L4): this nerve runs through or beside the psoas, and at this setting it could be irritated; that is a common explanation, not a proven one.',
  )
  expect(control(host, 'anteriorThigh', 'right').getAttribute('aria-pressed')).toBe('true')
  expect(control(host, 'anteriorThigh', 'left').getAttribute('aria-pressed')).toBe('false')

  // the lateral thigh by click: likely not, with the link
  await userEvent.click(control(host, 'anterolateralThigh', 'right'))
  await waitFor(() => api.current!.getState().focus === 'lateralFemoralCutaneousRight', 2000, 'LFCN focused')
  expect(relation(host)).toBe('Lateral femoral cutaneous nerve (L2–L3): the psoas is not thought to press on this nerve; other causes are more likely.')
  expect(q(host, '[data-action="other-causes"]').textContent).toBe('What else can cause these symptoms')

  // back of the thigh (back view): no lumbar-plexus nerve, nothing focused, the camera turns to the back
  await userEvent.click(control(host, 'posteriorThigh', 'left'))
  await waitFor(() => api.current!.getState().bodyRegion?.region === 'posteriorThigh', 2000, 'back of the thigh')
  expect(api.current!.getState()).toMatchObject({ focus: null, camera: 'back' })
  expect(relation(host)).toBe(
    'The nerves of this area (S1–S3) do not run through the psoas, so a tight psoas is unlikely to press on them; other causes are more likely.',
  )
  expect(host.querySelector('[data-testid="body-region-info"] [data-grade]')).toBeNull()

  // one undo step per choice
  await userEvent.click(q(host, '[data-action="undo"]'))
  await waitFor(() => api.current!.getState().bodyRegion?.region === 'anterolateralThigh', 2000, 'undo')
  expect(api.current!.getState().focus).toBe('lateralFemoralCutaneousRight')

  await userEvent.click(q(host, '[data-action="clear-region"]'))
  await waitFor(() => api.current!.getState().bodyRegion === null, 2000, 'cleared')
  expect(relation(host)).toBeNull()
})

test('Spanish: region names and the sentence come from the Spanish catalog', async () => {
  const api = createRef<PsoasExplainerApi>()
  const { host } = mount(<PsoasExplainer ref={api} locale="es" modelUrl={MISSING} reducedMotion height={160} />)
  await waitFor(() => host.querySelector('[data-region-control]'), 5000, 'body map controls')
  const lateral = control(host, 'anterolateralThigh', 'left')
  expect(lateral.getAttribute('aria-label')).toBe('Parte delantera y externa del muslo, lado izquierdo')
  await userEvent.click(lateral)
  await waitFor(() => api.current!.getState().focus === 'lateralFemoralCutaneousLeft', 2000, 'LFCN left')
  expect(relation(host)).toBe('Nervio cutáneo femoral lateral (L2–L3): no se cree que el psoas presione este nervio; es más probable que haya otras causas.')
  expect(q(host, '[data-action="other-causes"]').textContent).toBe('Qué más puede causar estos síntomas')
})

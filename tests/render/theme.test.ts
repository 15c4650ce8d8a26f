/**
 * One palette: the explainer's theme (what <PsoasExplainer> hands to the 3D view) and a bare
 * <PsoasScene>'s default colours agree on a loaded disc, the highlight and the force arrows, in light
 * and dark. Literal values: a change of the palette has to change this test on purpose.
 */
import { expect, test } from 'vitest'
import { DARK_THEME, resolveTheme, sceneColors } from '../../src/components/theme.ts'
import { DARK_SCENE_THEME, LIGHT_SCENE_THEME, createStructureMaterials, resolveSceneTheme } from '../../src/render/materials.ts'

const LIGHT = { discLoaded: '#e0703a', highlight: '#b3261e', force: '#1f7a4d', nerveCompressed: '#ff3d00' }
const DARK = { discLoaded: '#e0703a', highlight: '#ff8a80', force: '#4fd18b', nerveCompressed: '#ff3d00' }
const pick = (t: { discLoaded: string; highlight: string; force: string; nerveCompressed: string }) => ({
  discLoaded: t.discLoaded,
  highlight: t.highlight,
  force: t.force,
  nerveCompressed: t.nerveCompressed,
})

test('light: <PsoasExplainer> theme and bare <PsoasScene> default give the same loaded disc, highlight and force colours', () => {
  expect(pick(sceneColors(resolveTheme(undefined)))).toEqual(LIGHT)
  expect(pick(sceneColors(resolveTheme('light')))).toEqual(LIGHT)
  expect(pick(resolveSceneTheme(undefined))).toEqual(LIGHT)
  expect(pick(LIGHT_SCENE_THEME)).toEqual(LIGHT)
})

test('dark: the same in both', () => {
  expect(pick(sceneColors(resolveTheme('dark')))).toEqual(DARK)
  expect(pick(DARK_THEME)).toEqual(DARK)
  expect(pick(DARK_SCENE_THEME)).toEqual(DARK)
})

test('the scene materials take the anatomy colours of the explainer theme', () => {
  const fromExplainer = createStructureMaterials(['discL4L5', 'femoralRight'], resolveSceneTheme(sceneColors(resolveTheme(undefined))))
  const bare = createStructureMaterials(['discL4L5', 'femoralRight'], resolveSceneTheme(undefined))
  expect(`#${fromExplainer.get('discL4L5')!.base.getHexString()}`).toBe('#8fb7d8')
  expect(`#${bare.get('discL4L5')!.base.getHexString()}`).toBe('#8fb7d8')
  expect(`#${bare.get('femoralRight')!.base.getHexString()}`).toBe('#f2c62f')
  expect(`#${fromExplainer.get('femoralRight')!.base.getHexString()}`).toBe('#f2c62f')
})

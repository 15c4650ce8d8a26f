import { expect, test } from 'vitest'
import { chooseModel, lowPolyUrl } from '../../src/platform/model-quality.ts'

test('lowPolyUrl keeps folder, query and hash', () => {
  expect(lowPolyUrl('/models/lumbar-psoas.glb')).toBe('/models/lumbar-psoas-lowpoly.glb')
  expect(lowPolyUrl('/m/a.glb?v=2#x')).toBe('/m/a-lowpoly.glb?v=2#x')
  // already the low-poly model: unchanged (not "-lowpoly-lowpoly")
  expect(lowPolyUrl('/models/lumbar-psoas-lowpoly.glb')).toBe('/models/lumbar-psoas-lowpoly.glb')
})
test('auto: low on phones and software renderers, full otherwise; explicit choices win', () => {
  // a tablet (744 px short side) gets the full model, a phone (390) the low one
  expect(chooseModel({ quality: 'auto', screenPx: 744 })).toEqual({ url: '/models/lumbar-psoas.glb', quality: 'full' })
  expect(chooseModel({ quality: 'auto', screenPx: 390 })).toEqual({ url: '/models/lumbar-psoas-lowpoly.glb', quality: 'low' })
  expect(chooseModel({ quality: 'auto', screenPx: 1440, software: true }).quality).toBe('low')
  expect(chooseModel({ quality: 'auto' }).quality).toBe('full')
  expect(chooseModel({ quality: 'full', screenPx: 390, software: true }).quality).toBe('full')
  expect(chooseModel({ quality: 'low', screenPx: 2560 }).url).toBe('/models/lumbar-psoas-lowpoly.glb')
  expect(chooseModel({ quality: 'low', modelUrl: '/a/b.glb', lowModelUrl: '/c/d.glb' }).url).toBe('/c/d.glb')
})

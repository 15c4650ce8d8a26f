/** The allow-list of the embeds (src/embed/origins.ts): what counts as an origin, and where a model may come from. */
import { expect, test } from 'vitest'
import { checkModelUrl, isAllowedOrigin, parseAllowedOrigins } from '../../../src/embed/origins.ts'

test('parseAllowedOrigins keeps exact http(s) origins and lists everything else as rejected', () => {
  expect(parseAllowedOrigins('https://a.example,https://b.example:8443 http://localhost:5173/')).toEqual({
    origins: ['https://a.example', 'https://b.example:8443', 'http://localhost:5173'],
    rejected: [],
  })
  expect(parseAllowedOrigins('*, null, https://a.example/page, ftp://a.example, a.example, https://a.example, https://a.example')).toEqual({
    origins: ['https://a.example'],
    rejected: ['*', 'null', 'https://a.example/page', 'ftp://a.example', 'a.example'],
  })
  expect(parseAllowedOrigins(null)).toEqual({ origins: [], rejected: [] })
  expect(parseAllowedOrigins('')).toEqual({ origins: [], rejected: [] })
})

test('isAllowedOrigin is an exact match and never accepts an opaque or empty origin', () => {
  const allowed = ['https://clinic.example']
  expect(isAllowedOrigin('https://clinic.example', allowed)).toBe(true)
  expect(isAllowedOrigin('https://clinic.example.evil.example', allowed)).toBe(false)
  expect(isAllowedOrigin('http://clinic.example', allowed)).toBe(false)
  expect(isAllowedOrigin('https://clinic.example:444', allowed)).toBe(false)
  expect(isAllowedOrigin('null', ['null'])).toBe(false)
  expect(isAllowedOrigin('', [''])).toBe(false)
})

test('checkModelUrl accepts the page origin and allowed origins, and refuses others with a message', () => {
  const page = 'https://embed.example/demo/embed.html?t=1'
  expect(checkModelUrl('/models/lumbar-psoas.glb', page, [])).toEqual({ ok: true, url: '/models/lumbar-psoas.glb' })
  expect(checkModelUrl('models/x.glb', page, [])).toEqual({ ok: true, url: 'models/x.glb' })
  expect(checkModelUrl('https://embed.example/m.glb', page, [])).toEqual({ ok: true, url: 'https://embed.example/m.glb' })
  expect(checkModelUrl('https://cdn.example/m.glb', page, ['https://cdn.example'])).toEqual({ ok: true, url: 'https://cdn.example/m.glb' })
  const foreign = checkModelUrl('https://evil.example/m.glb', page, ['https://cdn.example'])
  expect(foreign).toEqual({
    ok: false,
    url: 'https://evil.example/m.glb',
    message:
      '[psoas-explainer] model URL "https://evil.example/m.glb" is on https://evil.example, which is neither this page\'s origin ' +
      '(https://embed.example) nor an allowed origin; the default model is used. Add https://evil.example to the allowed origins to load it.',
  })
  // protocol-relative URLs resolve to another host
  expect(checkModelUrl('//evil.example/m.glb', page, []).ok).toBe(false)
  expect(checkModelUrl('data:model/gltf-binary;base64,AAAA', page, [])).toEqual({
    ok: false,
    url: 'data:model/gltf-binary;base64,AAAA',
    message: '[psoas-explainer] model URL "data:model/gltf-binary;base64,AAAA" is not an http(s) URL; the default model is used.',
  })
  expect(checkModelUrl('javascript:alert(1)', page, []).ok).toBe(false)
})

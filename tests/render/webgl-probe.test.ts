import { expect, test } from 'vitest'
import { isSoftwareRenderer, isSoftwareRendererName } from '../../src/platform/webgl.ts'

test('software WebGL renderers are recognised by name; hardware ones are not', () => {
  for (const s of [
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'Google SwiftShader',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Mesa softpipe',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
  ])
    expect(isSoftwareRendererName(s), s).toBe(true)
  for (const s of [
    'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'Apple M1',
    'Mali-G78',
    'Adreno (TM) 650',
    'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
    '',
  ])
    expect(isSoftwareRendererName(s), s).toBe(false)
})

test('without a DOM (Node, SSR) the renderer is not software', () => {
  expect(isSoftwareRenderer()).toBe(false)
})

/**
 * Speed settings of the 3D view in real Chromium (WebGL2 via SwiftShader, a software renderer):
 * antialiasing is off and dpr 1 by default on a software renderer (multisampling more than doubled
 * the frame time), both as asked when given; the shader programs of overlays that are not drawn yet (force arrows, compression
 * rings, symptom patches) are built once the view settles, so the first tightening compiles nothing.
 */
import { afterEach, expect, test } from 'vitest'
import type { Material, Mesh } from 'three'
import { createSceneStore } from '../../src/scene-state/index.ts'
import { isSoftwareRenderer } from '../../src/platform/webgl.ts'
import { mountCanvas, settle, sleep, waitFor, type Mounted } from '../render/browser-harness.tsx'

const LOWPOLY = '/models/lumbar-psoas-lowpoly.glb'
let m: Mounted | null = null
afterEach(() => {
  m?.unmount()
  m = null
})

test('antialiasing: off by default on software WebGL (SwiftShader here), on when asked', async () => {
  expect(isSoftwareRenderer()).toBe(true)
  const store = createSceneStore({ tightness: 0, layers: { labels: false } })
  m = await mountCanvas({ store, modelUrl: LOWPOLY }, undefined, { canvasDefaults: true })
  const gl = m.state.gl.getContext()
  expect(gl.getContextAttributes()!.antialias).toBe(false)
  expect(gl.getParameter(gl.SAMPLES)).toBe(0)
  m.unmount()
  m = await mountCanvas({ store, modelUrl: LOWPOLY, antialias: true }, undefined, { canvasDefaults: true })
  const gl2 = m.state.gl.getContext()
  expect(gl2.getContextAttributes()!.antialias).toBe(true)
  expect(gl2.getParameter(gl2.SAMPLES)).toBeGreaterThan(1)
})

test('dpr: 1 by default on software WebGL even on a HiDPI screen; the given range when asked', async () => {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio')
  expect(window.devicePixelRatio).toBe(1)
  Object.defineProperty(window, 'devicePixelRatio', { value: 2, configurable: true })
  try {
    const store = createSceneStore({ tightness: 0, layers: { labels: false } })
    m = await mountCanvas({ store, modelUrl: LOWPOLY }, { width: 200, height: 100 }, { canvasDefaults: true })
    expect(m.state.gl.getPixelRatio()).toBe(1)
    expect(m.state.gl.getContext().drawingBufferWidth).toBe(200)
    m.unmount()
    m = await mountCanvas({ store, modelUrl: LOWPOLY, dpr: [1, 1.5] }, { width: 200, height: 100 }, { canvasDefaults: true })
    expect(m.state.gl.getPixelRatio()).toBe(1.5)
    expect(m.state.gl.getContext().drawingBufferWidth).toBe(300)
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own)
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio
  }
  expect(window.devicePixelRatio).toBe(1)
})

test('once settled, the programs of overlays not drawn yet are built; tightening then compiles no new program', async () => {
  const store = createSceneStore({ tightness: 0, side: 'both', posture: 'standing', layers: { labels: false } })
  m = await mountCanvas({ store, modelUrl: LOWPOLY })
  await settle(m)
  const r = m.state.gl
  const overlays = ['forceArrows', 'compressionMarkers', 'symptomPatches'].map((n) => m!.node(n) as Mesh)
  // relaxed: none of them is drawn
  for (const o of overlays) expect(o.visible).toBe(false)
  const programOf = (o: Mesh) => (r.properties.get(o.material as Material) as { currentProgram?: unknown }).currentProgram
  await waitFor(() => overlays.every((o) => programOf(o) !== undefined), 20_000, 'overlay programs')
  await sleep(300)
  const programs = r.info.programs!.length
  const links = { n: 0 }
  const ctx = r.getContext()
  const link = ctx.linkProgram.bind(ctx)
  ctx.linkProgram = (p: WebGLProgram) => {
    links.n++
    link(p)
  }
  try {
    m.settledFlag.value = false
    store.getState().setTightness(1)
    await settle(m)
    // drawn now, with the programs built before
    expect(overlays.filter((o) => o.visible).map((o) => o.name)).toEqual(['forceArrows', 'compressionMarkers', 'symptomPatches'])
    expect(links.n).toBe(0)
    expect(r.info.programs!.length).toBe(programs)
  } finally {
    ctx.linkProgram = link
  }
})

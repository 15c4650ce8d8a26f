/**
 * Writes the README screenshots (docs/images/scene-*.png) from the real model through
 * ExplainerCanvas.snapshot(). Only runs when asked: VITE_SCREENSHOTS=1 npx vitest run --project browser tests/browser/render-screenshots.test.tsx
 */
import { afterEach, expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import { createSceneStore } from '../../src/scene-state/index.ts'
import type { CameraPreset, Posture, TightSide } from '../../src/scene-state/types.ts'
import { mountCanvas, settle, toBase64, type Mounted } from '../render/browser-harness.tsx'

const REAL = '/models/lumbar-psoas.glb'
const enabled = Boolean(import.meta.env.VITE_SCREENSHOTS)
const only = import.meta.env.VITE_SCREENSHOTS === '1' ? '' : String(import.meta.env.VITE_SCREENSHOTS ?? '')

let m: Mounted | null = null
afterEach(() => {
  m?.unmount()
  m = null
})

const shots: { name: string; tightness: number; posture: Posture; camera: CameraPreset; side?: TightSide; compare?: boolean }[] = [
  { name: 'standing-relaxed-side', tightness: 0, posture: 'standing', camera: 'side' },
  { name: 'standing-severe-side', tightness: 1, posture: 'standing', camera: 'side' },
  { name: 'sitting-relaxed-side', tightness: 0, posture: 'sitting', camera: 'side' },
  { name: 'sitting-severe-side', tightness: 1, posture: 'sitting', camera: 'side' },
  { name: 'standing-relaxed-front', tightness: 0, posture: 'standing', camera: 'front' },
  { name: 'standing-severe-front', tightness: 1, posture: 'standing', camera: 'front' },
  { name: 'standing-severe-oblique', tightness: 1, posture: 'standing', camera: 'oblique' },
  // one-sided: compressed nerves, compression sites and symptom regions on the right only
  { name: 'standing-severe-right-front', tightness: 1, posture: 'standing', camera: 'front', side: 'right' },
  { name: 'standing-severe-right-oblique', tightness: 1, posture: 'standing', camera: 'oblique', side: 'right' },
  { name: 'thomasTest-severe-right-side', tightness: 1, posture: 'thomasTest', camera: 'side', side: 'right' },
  { name: 'hipFlexorStretch-severe-right-oblique', tightness: 1, posture: 'hipFlexorStretch', camera: 'oblique', side: 'right' },
  // consultation: severe (left pane) beside relaxed (right pane), one canvas
  { name: 'compare-severe-relaxed-side', tightness: 1, posture: 'standing', camera: 'side', compare: true },
]

test.skipIf(!enabled)('writes docs/images/scene-*.png', async () => {
  for (const s of shots.filter((x) => x.name.includes(only))) {
    const store = createSceneStore({ tightness: s.tightness, posture: s.posture, side: s.side ?? 'both', camera: s.camera, compare: s.compare ? { tightness: 0 } : null })
    m = await mountCanvas({ store, modelUrl: REAL, settleImmediately: true, compareLabels: { current: 'Now', compare: 'Relaxed' } }, { width: 800, height: 600 })
    await settle(m)
    const blob = await m.api.current!.snapshot()
    const info = m.state.gl.info.render
    console.info(`scene-${s.name}: draw calls ${info.calls}, triangles ${info.triangles}`)
    expect(blob.size).toBeGreaterThan(10_000)
    await commands.writeFile(`docs/images/scene-${s.name}.png`, await toBase64(blob), 'base64')
    m.unmount()
    m = null
  }
}, 180_000)

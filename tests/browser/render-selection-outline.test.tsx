/**
 * The selected structure is outlined, so selection shows even on a nerve that is already red and
 * glowing (compressed): measured in pixels on the real model, against the same state without focus.
 * With VITE_SCREENSHOTS=selection the pictures are written to tmp/ (git-ignored) to look at.
 */
import { afterEach, expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import { Box3, Vector3, type Object3D } from 'three'
import { createSceneStore, type StructureId } from '../../src/scene-state/index.ts'
import { LIGHT_SCENE_THEME } from '../../src/render/materials.ts'
import { colourDistance, hex, mountCanvas, settle, type Mounted } from '../render/browser-harness.tsx'

const REAL = '/models/lumbar-psoas.glb'
const shots = import.meta.env.VITE_SCREENSHOTS === 'selection'
let m: Mounted | null = null
afterEach(() => {
  m?.unmount()
  m = null
})

function frame(mm: Mounted): Uint8Array {
  const gl = mm.state.gl.getContext()
  const px = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4)
  gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, px)
  return px
}

/** Screen box (CSS px, dpr 1) of a structure's posed meshes. */
function screenBox(mm: Mounted, o: Object3D) {
  const box = new Box3().setFromObject(o, true)
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (let i = 0; i < 8; i++) {
    const p = mm.project(new Vector3(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z))
    x0 = Math.min(x0, p.x)
    y0 = Math.min(y0, p.y)
    x1 = Math.max(x1, p.x)
    y1 = Math.max(y1, p.y)
  }
  const w = mm.state.size.width
  const h = mm.state.size.height
  return { x0: Math.max(0, Math.floor(x0)), y0: Math.max(0, Math.floor(y0)), x1: Math.min(w - 1, Math.ceil(x1)), y1: Math.min(h - 1, Math.ceil(y1)) }
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

/** Selects `id` and compares the picture with the unselected one inside the structure's screen box. */
async function measure(id: StructureId, camera: 'front' | 'oblique') {
  const store = createSceneStore({ tightness: 1, side: 'right', posture: 'standing', camera, layers: { labels: false } })
  m = await mountCanvas({ store, modelUrl: REAL, settleImmediately: true }, { width: 480, height: 480 })
  await settle(m)
  const before = frame(m)
  m.settledFlag.value = false
  store.getState().setFocus(id)
  await settle(m)
  const after = frame(m)
  const outline = m.state.scene.getObjectsByProperty('name', 'selectionOutline')
  const box = screenBox(m, m.node(id))
  const outlineColour = hex(LIGHT_SCENE_THEME.labelText)
  const H = m.state.gl.getContext().drawingBufferHeight
  let inBox = 0
  let changed = 0
  let outlined = 0
  for (let y = box.y0; y <= box.y1; y++)
    for (let x = box.x0; x <= box.x1; x++) {
      const i = ((H - 1 - y) * m.state.gl.getContext().drawingBufferWidth + x) * 4
      inBox++
      const a = [before[i], before[i + 1], before[i + 2]]
      const b = [after[i], after[i + 1], after[i + 2]]
      if (colourDistance(a, b) > 24) changed++
      if (colourDistance(b, outlineColour) < 40 && colourDistance(a, outlineColour) >= 40) outlined++
    }
  if (shots) {
    const blob = await m.api.current!.snapshot()
    await commands.writeFile(`tmp/selection-${id}.png`, await toBase64(blob), 'base64')
  }
  const calls = m.state.gl.info.render.calls
  return { store, outline, inBox, changed, outlined, share: changed / inBox, box, calls }
}

test('selecting a compressed (red, glowing) nerve outlines it: a clear share of its screen box changes', async () => {
  const r = await measure('femoralRight', 'front')
  console.info(`femoralRight: box ${JSON.stringify(r.box)}, ${r.changed}/${r.inBox} px changed (${(r.share * 100).toFixed(1)} %), ${r.outlined} px in the outline colour, ${r.calls} draw calls`)
  // one hull per mesh of the selected structure, and nothing else
  expect(r.outline.length).toBeGreaterThanOrEqual(1)
  expect(r.share).toBeGreaterThan(0.01)
  expect(r.outlined).toBeGreaterThan(150)
}, 120_000)

test('selecting a bone outlines it too, and deselecting removes the outline', async () => {
  const r = await measure('femurLeft', 'front')
  console.info(`femurLeft: ${r.changed}/${r.inBox} px changed (${(r.share * 100).toFixed(1)} %), ${r.outlined} px in the outline colour`)
  expect(r.share).toBeGreaterThan(0.01)
  expect(r.outlined).toBeGreaterThan(150)
  m!.settledFlag.value = false
  r.store.getState().setFocus(null)
  await settle(m!)
  expect(m!.state.scene.getObjectsByProperty('name', 'selectionOutline')).toHaveLength(0)
}, 120_000)

/**
 * Interaction with the 3D view in real Chromium (low-poly model): keyboard and pointer selection
 * with the focus glow, the touch rule, camera presets, several viewers sharing one loaded model,
 * and WebGL context loss and restore.
 */
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { Vector3, type BufferGeometry, type Material, type Mesh, type MeshStandardMaterial, type ShaderMaterial } from 'three'
import ref from '../../reference/anatomy-reference.json' with { type: 'json' }
import { createSceneStore } from '../../src/scene-state/index.ts'
import { loadPsoasModel } from '../../src/render/model.ts'
import { mountCanvas, settle, waitFor, type Mounted } from '../render/browser-harness.tsx'

const LOWPOLY = '/models/lumbar-psoas-lowpoly.glb'
const mounted: Mounted[] = []
afterEach(() => {
  for (const m of mounted.splice(0)) m.unmount()
})

/** emissive colour of a structure's (first) mesh: a structure node may hold its mesh as a child */
function emissive(m: Mounted, id: string): number {
  let mesh: Mesh | null = null
  m.node(id).traverse((o) => {
    if (!mesh && (o as Mesh).isMesh) mesh = o as Mesh
  })
  return ((mesh as unknown as Mesh).material as MeshStandardMaterial).emissive.getHex()
}
const canvasOf = (m: Mounted) => m.state.gl.domElement

test('keyboard and click select structures with a glow; touch scrolls the page until the viewer is activated', async () => {
  const store = createSceneStore({ layers: { muscles: false, labels: false, nerves: false, forces: false }, camera: 'front' })
  const m = await mountCanvas({ store, modelUrl: LOWPOLY, settleImmediately: true })
  mounted.push(m)
  await settle(m)
  const canvas = canvasOf(m)
  // not activated: one finger pans the page vertically, the wheel is left to the page
  expect(canvas.style.touchAction).toBe('pan-y')
  expect(canvas.dataset.activated).toBe('false')

  const viewer = m.host.querySelector<HTMLElement>('[role="application"]')!
  viewer.focus()
  await waitFor(() => canvas.dataset.activated === 'true', 2000, 'activation by focus')
  expect(canvas.style.touchAction).toBe('none')

  // ']' and '[' step through the visible structures (the arrow keys orbit the camera)
  await userEvent.keyboard(']')
  expect(store.getState().focus).toBe('vertebraL1')
  await waitFor(() => emissive(m, 'vertebraL1') !== 0, 5000, 'focus glow')
  expect(emissive(m, 'vertebraL2')).toBe(0)
  await userEvent.keyboard(']')
  expect(store.getState().focus).toBe('vertebraL2')
  await userEvent.keyboard('[[')
  expect(store.getState().focus).toBe('vertebraL1')
  await userEvent.keyboard('{Escape}')
  expect(store.getState().focus).toBe(null)

  // a click on the L3 body (projected reference landmark) selects vertebraL3
  const body = new Vector3(...ref.landmarks.bodyCentreL3.position_m).sub(new Vector3(...ref.landmarks.jointL3L4.position_m))
  const at = m.project(m.node('jointL3L4').localToWorld(body))
  await userEvent.click(canvas, { position: { x: Math.round(at.x), y: Math.round(at.y) } })
  await waitFor(() => store.getState().focus === 'vertebraL3', 5000, 'click selection')
  await waitFor(() => emissive(m, 'vertebraL3') !== 0, 5000, 'focus glow after click')
  expect(emissive(m, 'vertebraL1')).toBe(0)

  // leaving the viewer (focus elsewhere) deactivates it again
  const outside = document.createElement('button')
  outside.textContent = 'outside'
  document.body.append(outside)
  outside.focus()
  await waitFor(() => canvas.dataset.activated === 'false', 2000, 'deactivation')
  expect(canvas.style.touchAction).toBe('pan-y')
  outside.remove()
})

/** Camera position (m) of a preset, relaxed standing (framed on the body: target (0, −0.0512, −0.085), 1 m away). */
const FRONT = new Vector3(0, 0.0087, 0.9132)
const SIDE = new Vector3(-0.9982, 0.0087, -0.085)
/** Lying on the back, front preset: from above, a little toward the feet. */
const SUPINE_FRONT = new Vector3(0, 1.0393, 0.3665)

test('camera presets move the camera smoothly to the preset and stop there', async () => {
  const store = createSceneStore({ layers: { labels: false }, camera: 'front' })
  const m = await mountCanvas({ store, modelUrl: LOWPOLY })
  mounted.push(m)
  await settle(m)
  const cam = m.state.camera
  expect(cam.position.distanceTo(FRONT)).toBeLessThan(1e-3)
  m.settledFlag.value = false
  const f0 = m.frames()
  store.getState().setCamera('side')
  await waitFor(() => m.frames() > f0 + 2, 5000, 'frames of the move')
  // on the way: neither at the start nor at the goal
  expect(cam.position.distanceTo(SIDE)).toBeGreaterThan(0.01)
  await settle(m)
  expect(m.frames() - f0).toBeGreaterThan(5) // an animated move, not a jump
  expect(cam.position.distanceTo(SIDE)).toBeLessThan(1e-3)
  const f1 = m.frames()
  await new Promise((r) => setTimeout(r, 600))
  expect(m.frames()).toBe(f1)
  // lying on the back: the front view looks down from above
  m.settledFlag.value = false
  store.getState().setPosture('supine')
  store.getState().setCamera('front')
  await settle(m)
  expect(cam.position.distanceTo(SUPINE_FRONT)).toBeLessThan(1e-3)
})

test('keyboard: arrow keys orbit and +/- zoom the focused viewer, Home goes back to the preset', async () => {
  const store = createSceneStore({ layers: { labels: false }, camera: 'front' })
  const m = await mountCanvas({ store, modelUrl: LOWPOLY, reducedMotion: true })
  mounted.push(m)
  await settle(m)
  const cam = m.state.camera
  const target = new Vector3(0, -0.0512, -0.085)
  m.host.querySelector<HTMLElement>('[role="application"]')!.focus()
  m.settledFlag.value = false
  await userEvent.keyboard('{ArrowLeft}')
  await settle(m)
  // 15° around the vertical through the target, same distance
  const d = cam.position.clone().sub(target)
  expect(Math.atan2(d.x, d.z)).toBeCloseTo(-Math.PI / 12, 3)
  expect(d.length()).toBeCloseTo(1, 3)
  m.settledFlag.value = false
  await userEvent.keyboard('+')
  await settle(m)
  expect(cam.position.distanceTo(target)).toBeCloseTo(0.9, 3)
  m.settledFlag.value = false
  await userEvent.keyboard('{Home}')
  await waitFor(() => store.getState().camera === 'front' && cam.position.distanceTo(FRONT) < 1e-3, 5000, 'back at the front preset')
})

test('a mouse drag orbits the camera; where it comes to rest is stored as a free camera, then no more frames', async () => {
  const store = createSceneStore({ layers: { labels: false }, camera: 'front' })
  const m = await mountCanvas({ store, modelUrl: LOWPOLY })
  mounted.push(m)
  await settle(m)
  const cam = m.state.camera
  const canvas = canvasOf(m)
  const r = canvas.getBoundingClientRect()
  const x0 = r.left + r.width / 2
  const y0 = r.top + r.height / 2
  const at = (type: string, dx: number, target: EventTarget) =>
    target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1, isPrimary: true, clientX: x0 + dx, clientY: y0 }))
  // drei connects OrbitControls to the canvas in a passive effect, which may run after the first frames
  await new Promise((res) => setTimeout(res, 200))
  m.settledFlag.value = false
  at('pointerdown', 0, canvas)
  for (let dx = 10; dx <= 80; dx += 10) at('pointermove', dx, document)
  at('pointerup', 80, document)
  await waitFor(() => typeof store.getState().camera === 'object', 5000, 'a free camera in the state')
  await settle(m)
  const free = store.getState().camera as { position: number[]; target: number[] }
  // a drag to the right turns the camera around the vertical through the target, same distance
  const target = new Vector3(0, -0.0512, -0.085)
  expect(new Vector3(...free.target).distanceTo(target)).toBeLessThan(1e-3)
  const d = new Vector3(...free.position).sub(target)
  expect(Math.abs(Math.atan2(d.x, d.z))).toBeGreaterThan(0.1)
  expect(d.length()).toBeCloseTo(1, 2)
  expect(cam.position.distanceTo(new Vector3(...free.position))).toBeLessThan(2e-4)
  // storing the camera re-renders the panel around the canvas (a frame or two); then the view rests
  await new Promise((res) => setTimeout(res, 600))
  const f = m.frames()
  await new Promise((res) => setTimeout(res, 600))
  expect(m.frames()).toBe(f)
  expect(store.getState().camera).toBe(free)
})

test('a drag that starts and ends on the model orbits and never selects; a click without travel selects', async () => {
  const store = createSceneStore({ layers: { muscles: false, labels: false, nerves: false, forces: false }, camera: 'front' })
  const m = await mountCanvas({ store, modelUrl: LOWPOLY, settleImmediately: true })
  mounted.push(m)
  await settle(m)
  const canvas = canvasOf(m)
  const r = canvas.getBoundingClientRect()
  // press on the L3 body and release 12 px lower, on the spine still (R3F would report a click there)
  const body = new Vector3(...ref.landmarks.bodyCentreL3.position_m).sub(new Vector3(...ref.landmarks.jointL3L4.position_m))
  const at = m.project(m.node('jointL3L4').localToWorld(body))
  const x = r.left + at.x
  const y0 = r.top + at.y
  const fire = (type: string, dy: number, target: EventTarget, Ctor: typeof MouseEvent = PointerEvent) =>
    target.dispatchEvent(new Ctor(type, { bubbles: true, pointerId: 1, pointerType: 'mouse', button: 0, buttons: type === 'pointerdown' || type === 'pointermove' ? 1 : 0, isPrimary: true, clientX: x, clientY: y0 + dy } as PointerEventInit))
  await new Promise((res) => setTimeout(res, 200))
  fire('pointerdown', 0, canvas)
  for (let dy = 3; dy <= 12; dy += 3) fire('pointermove', dy, document)
  fire('pointerup', 12, document)
  fire('click', 12, canvas, MouseEvent)
  await waitFor(() => typeof store.getState().camera === 'object', 5000, 'the drag orbited (a free camera)')
  await settle(m)
  expect(store.getState().focus).toBe(null)
  // the same press and release without travel is a click: it selects what is under the pointer
  store.getState().setCamera('front')
  await settle(m)
  await userEvent.click(canvas, { position: { x: Math.round(at.x), y: Math.round(at.y) } })
  await waitFor(() => store.getState().focus === 'vertebraL3', 5000, 'click selection')
})

test('two viewers share one loaded model; unmounting one disposes nothing shared and the other keeps drawing', async () => {
  const a = createSceneStore({ layers: { labels: false } })
  const b = createSceneStore({ layers: { labels: false } })
  const first = await mountCanvas({ store: a, modelUrl: LOWPOLY, settleImmediately: true }, { width: 200, height: 200 })
  const second = await mountCanvas({ store: b, modelUrl: LOWPOLY, settleImmediately: true }, { width: 200, height: 200 })
  mounted.push(second)
  const gltf = await loadPsoasModel(LOWPOLY)
  const disposed: string[] = []
  gltf.scene.traverse((o) => {
    const mesh = o as Mesh
    if (!mesh.isMesh) return
    ;(mesh.geometry as BufferGeometry).addEventListener('dispose', () => disposed.push(`geometry ${mesh.name}`))
    ;(mesh.material as Material).addEventListener('dispose', () => disposed.push(`material ${mesh.name}`))
  })
  // the two viewers pose independent copies that share geometry
  const g1 = (first.node('psoasMajorLeft') as Mesh).geometry
  const g2 = (second.node('psoasMajorLeft') as Mesh).geometry
  expect(g1).toBe(g2)
  expect(first.node('psoasMajorLeft')).not.toBe(second.node('psoasMajorLeft'))
  // the symptom patches' geometry is built once and shared too
  const patches = (first.node('symptomPatches') as Mesh).geometry
  expect((second.node('symptomPatches') as Mesh).geometry).toBe(patches)
  patches.addEventListener('dispose', () => disposed.push('geometry symptomPatches'))
  first.unmount()
  second.settledFlag.value = false
  const f0 = second.frames()
  b.getState().setTightness(1)
  await settle(second)
  expect(second.frames()).toBeGreaterThan(f0)
  expect(disposed).toEqual([])
  expect(second.node('pelvisJoint').quaternion.x).toBeGreaterThan(0.05)
})

test('WebGL context loss is reported and the view is drawn again after the context is restored', async () => {
  const store = createSceneStore({ layers: { labels: false } })
  const errors: Error[] = []
  const m = await mountCanvas({ store, modelUrl: LOWPOLY, settleImmediately: true, onError: (e) => errors.push(e) })
  mounted.push(m)
  await settle(m)
  const ext = m.state.gl.getContext().getExtension('WEBGL_lose_context')!
  ext.loseContext()
  await waitFor(() => errors.length > 0, 5000, 'onError on context loss')
  expect(errors[0].message).toMatch(/context was lost/)
  m.settledFlag.value = false
  const settledBefore = m.settledFlag.count
  ext.restoreContext()
  await waitFor(() => m.settledFlag.count > settledBefore, 10_000, 'frames after restore')
  // the anatomy is drawn again: not the background colour at the L3 body
  const body = new Vector3(...ref.landmarks.bodyCentreL3.position_m).sub(new Vector3(...ref.landmarks.jointL3L4.position_m))
  const at = m.project(m.node('jointL3L4').localToWorld(body))
  const px = m.pixel(at.x, at.y)
  expect(px[0] + px[1] + px[2]).toBeGreaterThan(150)
  expect(px).not.toEqual([238, 241, 245, 255])
})

test('in React StrictMode the overlays survive the double mount', async () => {
  const store = createSceneStore({ tightness: 1, side: 'right' })
  const m = await mountCanvas({ store, modelUrl: LOWPOLY, settleImmediately: true }, { width: 200, height: 200 }, { strict: true })
  mounted.push(m)
  await settle(m)
  await new Promise((r) => setTimeout(r, 50)) // past any deferred disposal
  for (const name of ['compressionMarkers', 'forceArrows', 'labels', 'labelLeaders', 'symptomPatches']) expect(m.node(name).parent, name).not.toBeNull()
  expect((m.node('compressionMarkers') as Mesh & { count: number }).count).toBeGreaterThan(0)
  expect(m.node('symptomPatches').visible).toBe(true)
  // the label atlas reached the labels' material (drawn text, not only leader lines)
  expect(((m.node('labels') as Mesh).material as ShaderMaterial).uniforms.map.value).not.toBeNull()
})

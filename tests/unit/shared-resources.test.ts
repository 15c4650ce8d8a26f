/** sharedResources: a renderer's listeners on shared geometry are removed on its release, other renderers' stay. */
import { expect, test } from 'vitest'
import { BufferGeometry, type WebGLRenderer } from 'three'
import { isSharedResource, retainRenderer, shareResource } from '../../src/render/sharedResources.ts'

const outside = () => undefined

/** A stand-in renderer: like three's, it adds one dispose listener of its own to each geometry it draws. */
function fakeRenderer(geometries: BufferGeometry[]) {
  const onDispose = () => void geometries.length
  const gl = {
    render: () => geometries.forEach((g) => g.addEventListener('dispose', onDispose)),
    compile: () => new Set(),
  }
  return { gl: gl as unknown as WebGLRenderer, onDispose }
}

test('release removes exactly the listeners the renderer added to shared objects, after its last user', () => {
  const shared = shareResource(new BufferGeometry())
  const own = new BufferGeometry()
  expect(isSharedResource(shared)).toBe(true)
  expect(isSharedResource(own)).toBe(false)
  const a = fakeRenderer([shared, own])
  const b = fakeRenderer([shared])
  const releaseA1 = retainRenderer(a.gl)
  const releaseA2 = retainRenderer(a.gl) // a second scene on the same renderer (compare)
  const releaseB = retainRenderer(b.gl)
  a.gl.render(null as never, null as never)
  b.gl.render(null as never, null as never)
  expect(shared.hasEventListener('dispose', a.onDispose)).toBe(true)
  releaseA1()
  // one scene still draws with renderer a
  expect(shared.hasEventListener('dispose', a.onDispose)).toBe(true)
  releaseA2()
  releaseA2() // twice is harmless
  expect(shared.hasEventListener('dispose', a.onDispose)).toBe(false)
  // not a shared object: left alone (it goes away with the scene that owns it)
  expect(own.hasEventListener('dispose', a.onDispose)).toBe(true)
  expect(shared.hasEventListener('dispose', b.onDispose)).toBe(true)
  releaseB()
  expect(shared.hasEventListener('dispose', b.onDispose)).toBe(false)
})

test('listeners added outside a tracked render are not recorded', () => {
  const shared = shareResource(new BufferGeometry())
  const a = fakeRenderer([shared])
  const release = retainRenderer(a.gl)
  shared.addEventListener('dispose', outside)
  a.gl.render(null as never, null as never)
  release()
  expect(shared.hasEventListener('dispose', outside)).toBe(true)
  expect(shared.hasEventListener('dispose', a.onDispose)).toBe(false)
})

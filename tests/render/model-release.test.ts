/**
 * Once parsed, the shared model keeps no copy of the file: the parser's KHR_binary_glTF body (the
 * whole glb) and its cache are released (bench/heap-report.ts found both held by the model cache),
 * and the model still builds posable instances. Node, the real committed glb.
 */
import { expect, test } from 'vitest'
import { readFile } from 'node:fs/promises'
import type { Mesh } from 'three'
import { clearPsoasModelCache, createModelInstance, parsePsoasModel } from '../../src/render/model.ts'
import { MODEL_FILE } from '../unit/model/glb.ts'

test('the parsed model releases the glb bytes and the parser cache, and still makes instances', async () => {
  const url = 'test://release.glb'
  const bytes = (await readFile(MODEL_FILE)).buffer.slice(0) as ArrayBuffer
  const gltf = await parsePsoasModel(bytes, url)
  const parser = gltf.parser as unknown as { extensions: Record<string, unknown>; cache: { get(key: string): unknown } }
  expect(parser.extensions.KHR_binary_glTF).toBeUndefined()
  // the registry's keys are `${type}:${index}`
  for (const key of ['buffer:0', 'bufferView:0', 'mesh:0', 'material:0', 'node:0']) expect(parser.cache.get(key)).toBeUndefined()
  const instance = createModelInstance(gltf)
  const meshes = [...instance.meshes.values()].flat()
  expect(meshes.length).toBeGreaterThan(20)
  for (const m of meshes) expect((m as Mesh).geometry.getAttribute('position').count).toBeGreaterThan(0)
  instance.dispose()
  clearPsoasModelCache(url)
})

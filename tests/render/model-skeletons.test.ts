/**
 * A viewer's instance of the model holds one Skeleton for all of its skinned meshes (the glb has one
 * skin; GLTFLoader and SkeletonUtils.clone make one per mesh), and skinning through the shared skeleton
 * puts every vertex where a per-mesh skeleton does. Node, the real committed glb.
 */
import { expect, test } from 'vitest'
import { readFile } from 'node:fs/promises'
import { type Object3D, type SkinnedMesh, Vector3 } from 'three'
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js'
import { clearPsoasModelCache, createModelInstance, parsePsoasModel } from '../../src/render/model.ts'
import { MODEL_FILE } from '../unit/model/glb.ts'

const skinned = (root: Object3D): SkinnedMesh[] => {
  const out: SkinnedMesh[] = []
  root.traverse((o) => {
    if ((o as SkinnedMesh).isSkinnedMesh) out.push(o as SkinnedMesh)
  })
  return out
}

/** Bends the lumbar segments and the right hip, as a tight psoas does (radians). */
function pose(root: Object3D): void {
  for (const name of ['jointL4L5', 'jointL5S1', 'hipRight']) root.getObjectByName(name)!.rotation.x += 0.3
  root.updateMatrixWorld(true)
}

test('one skeleton per instance, and the same skinned positions as a skeleton per mesh', async () => {
  const url = 'test://skeletons.glb'
  const gltf = await parsePsoasModel((await readFile(MODEL_FILE)).buffer.slice(0) as ArrayBuffer, url)
  const instance = createModelInstance(gltf)
  const meshes = skinned(instance.scene)
  expect(meshes.length).toBeGreaterThanOrEqual(15)
  expect(new Set(meshes.map((m) => m.skeleton)).size).toBe(1)

  // the loader's own way: a skeleton per mesh
  const plain = cloneSkinned(gltf.scene)
  expect(new Set(skinned(plain).map((m) => m.skeleton)).size).toBe(meshes.length)

  pose(instance.scene)
  pose(plain)
  const a = new Vector3()
  const b = new Vector3()
  let moved = 0
  for (const m of meshes) {
    const twin = plain.getObjectByName(m.name) as SkinnedMesh
    m.skeleton.update()
    twin.skeleton.update()
    const pos = m.geometry.getAttribute('position')
    for (let i = 0; i < pos.count; i += 37) {
      m.applyBoneTransform(i, a.fromBufferAttribute(pos, i))
      twin.applyBoneTransform(i, b.fromBufferAttribute(pos, i))
      expect(a.distanceTo(b)).toBeLessThan(1e-9)
      if (a.distanceTo(new Vector3().fromBufferAttribute(pos, i)) > 1e-3) moved++
    }
  }
  // the pose moved the meshes (the comparison is not between two rest poses)
  expect(moved).toBeGreaterThan(100)
  instance.dispose()
  clearPsoasModelCache(url)
})

/**
 * Symptom regions on the thigh and groin in 3D (issue 5), in @react-three/test-renderer (Node) with
 * the placeholder model: which patches show and how strongly (numbers of the teaching model written
 * out), the patches sit on the front of the thigh of the right side and follow the hip.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { act, create } from '@react-three/test-renderer'
import { Box3, Vector3, type Object3D, type Scene, type SkinnedMesh } from 'three'
import { PsoasScene } from '../../src/render/Scene.tsx'
import { parsePsoasModel } from '../../src/render/model.ts'
import type { SymptomPatch } from '../../src/render/SymptomPatches.tsx'
import { createSceneStore, type SceneStore } from '../../src/scene-state/index.ts'
import { buildPlaceholderGlb } from './placeholder-model.ts'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const URL = 'placeholder://symptom-patches.glb'
beforeAll(async () => {
  const bytes = await buildPlaceholderGlb()
  await parsePsoasModel(bytes.slice().buffer, URL)
})

let renderer: Awaited<ReturnType<typeof create>> | null = null
afterEach(async () => {
  await renderer?.unmount()
  renderer = null
})

async function mount(store: SceneStore) {
  renderer = await create(<PsoasScene store={store} modelUrl={URL} cameraControls={false} settleImmediately />)
  for (let i = 0; i < 5 && !(renderer.scene.instance as Scene).getObjectByName('symptomPatches'); i++)
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10))
    })
  await renderer.advanceFrames(1, 1 / 60)
  const scene = renderer.scene.instance as Scene
  const node = (name: string): Object3D => {
    const o = scene.getObjectByName(name)
    if (!o) throw new Error(`no node ${name}`)
    return o
  }
  const mesh = node('symptomPatches') as SkinnedMesh
  expect(mesh.isSkinnedMesh).toBe(true)
  return { scene, node, mesh }
}

/** The overlay's patches (model extras + the nerves of each region), as the scene reads them. */
const patchesOf = (mesh: SkinnedMesh): SymptomPatch[] => {
  const p = (mesh.userData as { symptomPatches?: SymptomPatch[] }).symptomPatches
  if (!p) throw new Error('symptomPatches.userData.symptomPatches missing')
  return p
}
const patchIndex = (mesh: SkinnedMesh, region: string, side: 'left' | 'right') => patchesOf(mesh).findIndex((p) => p.region === region && p.side === side)

/** Intensity written for each patch (the shader's uniform array), read through the runtime-owned array. */
function intensities(mesh: SkinnedMesh): Float32Array {
  // the same array is the shader's uniform value; the scene writes it each frame
  const sym = (mesh.userData as { intensity?: Float32Array }).intensity
  if (!sym) throw new Error('symptomPatches.userData.intensity missing')
  return sym
}

/** Skinned world positions of the vertices of one patch (optionally only those fully on the hip joint). */
function patchVertices(mesh: SkinnedMesh, index: number, thighOnly = false): Vector3[] {
  const g = mesh.geometry
  const pa = g.getAttribute('_patch')
  const sw = g.getAttribute('skinWeight')
  const out: Vector3[] = []
  mesh.updateMatrixWorld(true)
  mesh.skeleton.update()
  for (let i = 0; i < pa.count; i++) {
    if (pa.getX(i) !== index) continue
    if (thighOnly && sw.getY(i) < 0.999) continue
    out.push(mesh.localToWorld(mesh.getVertexPosition(i, new Vector3())))
  }
  return out
}
const centroid = (ps: Vector3[]) => ps.reduce((a, p) => a.add(p), new Vector3()).divideScalar(ps.length)

describe('symptom patches on the thigh and groin', () => {
  test('the 3D regions are the body-map groin and thigh regions (both sides), each with its nerves', async () => {
    const { mesh } = await mount(createSceneStore())
    const patches = patchesOf(mesh)
    const right = patches.filter((p) => p.side === 'right').map((p) => p.region)
    expect(right).toEqual(['suprapubic', 'inguinalGroin', 'upperAnteriorThigh', 'upperMedialThigh', 'anterolateralThigh', 'anteriorThigh', 'anteromedialThigh', 'medialThigh'])
    expect(patches.filter((p) => p.side === 'left').map((p) => p.region)).toEqual(right)
    // the femoral nerve supplies the front of the thigh; the lateral femoral cutaneous nerve its outer side
    expect(patches.find((p) => p.region === 'anteriorThigh')!.nerves).toContain('femoral')
    expect(patches.find((p) => p.region === 'anterolateralThigh')!.nerves).toEqual(['lateralFemoralCutaneous'])
    expect(patches.every((p) => p.nerves.length > 0)).toBe(true)
  })

  test('severe right, standing: the right-side patches of the nerves marked there, none on the left; front of the right thigh', async () => {
    const store = createSceneStore({ tightness: 1, side: 'right', posture: 'standing' })
    const { mesh, node } = await mount(store)
    expect(mesh.visible).toBe(true)
    const I = intensities(mesh)
    const femR = patchIndex(mesh, 'anteriorThigh', 'right')
    const femL = patchIndex(mesh, 'anteriorThigh', 'left')
    // the largest compression of the nerves supplying each region (teaching model, severe, standing)
    const expected = new Map([
      ['upperAnteriorThigh:right', 0.6],
      ['anteriorThigh:right', 0.5],
      ['anteromedialThigh:right', 0.5],
      ['suprapubic:right', 0.3],
      ['inguinalGroin:right', 0.3],
      ['upperMedialThigh:right', 0.3],
      ['medialThigh:right', 0.3],
    ])
    expect(I[femL]).toBe(0)
    const shown = new Map(patchesOf(mesh).map((p, i) => [`${p.region}:${p.side}`, I[i]] as const).filter(([, v]) => v > 0))
    expect([...shown.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [k, v] of shown) expect(v, k).toBeCloseTo(expected.get(k)!, 6)

    // the femoral patch lies on the front of the right thigh: in front of the right femur, beside it, below the hip
    const femur = new Box3().setFromObject(node('femurRight'))
    const c = centroid(patchVertices(mesh, femR))
    expect(c.x).toBeLessThan(0)
    expect(c.x).toBeGreaterThan(femur.min.x - 0.04)
    expect(c.x).toBeLessThan(femur.max.x + 0.04)
    expect(c.z).toBeGreaterThan(femur.max.z + 0.02)
    expect(c.y).toBeLessThan(node('hipRight').getWorldPosition(new Vector3()).y - 0.1)
    expect(c.y).toBeGreaterThan(femur.min.y)
    // the left one mirrors it
    const cl = centroid(patchVertices(mesh, femL))
    expect(cl.x).toBeCloseTo(-c.x, 3)
  })

  test('relaxed: no patch; nerves layer off: hidden', async () => {
    const store = createSceneStore({ tightness: 0, side: 'right', posture: 'standing' })
    const { mesh } = await mount(store)
    expect(mesh.visible).toBe(false)
    expect(Array.from(intensities(mesh)).every((v) => v === 0)).toBe(true)
    await act(async () => store.getState().setTightness(1))
    await renderer!.advanceFrames(1, 1 / 60)
    expect(mesh.visible).toBe(true)
    await act(async () => store.getState().setLayer('nerves', false))
    await renderer!.advanceFrames(1, 1 / 60)
    expect(mesh.visible).toBe(false)
  })

  test('the thigh patches ride on the hip: Thomas test moves them with the femur', async () => {
    const store = createSceneStore({ tightness: 1, side: 'right', posture: 'standing' })
    const { mesh, node } = await mount(store)
    const femR = patchIndex(mesh, 'anteriorThigh', 'right')
    const hip = node('hipRight')
    const local = (ps: Vector3[]) => ps.map((p) => hip.worldToLocal(p.clone()))
    const worldBefore = centroid(patchVertices(mesh, femR, true))
    const before = local(patchVertices(mesh, femR, true))
    expect(before.length).toBeGreaterThan(20)
    await act(async () => store.getState().setPosture('thomasTest'))
    await renderer!.advanceFrames(1, 1 / 60)
    // the right hip goes from 12.2° flexion (standing) to 2.8° extension (thigh hanging off the table)
    expect(hip.quaternion.x).toBeCloseTo(Math.sin(-0.04906585 / -2), 5)
    const after = local(patchVertices(mesh, femR, true))
    // same place relative to the hip joint (rigidly carried by the thigh) …
    for (let i = 0; i < before.length; i += 7) expect(after[i].distanceTo(before[i])).toBeLessThan(1e-5)
    // … while in the world they moved with the leg
    expect(centroid(patchVertices(mesh, femR, true)).distanceTo(worldBefore)).toBeGreaterThan(0.02)
  })
})

/**
 * <PsoasScene> in @react-three/test-renderer (Node): joint quaternions, morph influences and overlay
 * visibility follow derivePose → rotToQuaternion, after jumping and after animating to settled.
 * Model: a tiny placeholder glb with the contract's node names and hierarchy (placeholder-model.ts),
 * handed to the loader cache under the URL the scene asks for (Node cannot fetch a relative URL).
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { act, create } from '@react-three/test-renderer'
import { GreaterDepth, Quaternion, Vector3, type Camera, type Material, type Mesh, type Object3D, type Scene } from 'three'
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { cameraGoal } from '../../src/render/CameraRig.ts'
import { PsoasScene } from '../../src/render/Scene.tsx'
import { parsePsoasModel } from '../../src/render/model.ts'
import { rotToQuaternion } from '../../src/render/rotation.ts'
import { createSceneStore, derivePose, SEGMENT_KEYS, type SceneStore } from '../../src/scene-state/index.ts'
import type { Pose } from '../../src/scene-state/types.ts'
import { buildPlaceholderGlb } from './placeholder-model.ts'

// React's act() environment flag (silences "not configured to support act")
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const URL = 'placeholder://scene-pose.glb'
beforeAll(async () => {
  const bytes = await buildPlaceholderGlb()
  await parsePsoasModel(bytes.slice().buffer, URL)
})

let renderer: Awaited<ReturnType<typeof create>> | null = null
afterEach(async () => {
  await renderer?.unmount()
  renderer = null
})

let camera: Camera | null = null
function CameraProbe() {
  const c = useThree((s) => s.camera)
  useEffect(() => {
    camera = c
  }, [c])
  return null
}

async function mount(store: SceneStore, props: { settleImmediately?: boolean; reducedMotion?: boolean; cameraControls?: boolean } = {}) {
  renderer = await create(
    <>
      <PsoasScene
        store={store}
        modelUrl={URL}
        cameraControls={props.cameraControls ?? false}
        settleImmediately={props.settleImmediately}
        reducedMotion={props.reducedMotion}
      />
      <CameraProbe />
    </>,
  )
  // let the cached model promise resolve and the scene commit
  for (let i = 0; i < 5 && !(renderer.scene.instance as Scene).getObjectByName('jointL5S1'); i++)
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10))
    })
  const scene = renderer.scene.instance as Scene
  const node = (name: string): Object3D => {
    const o = scene.getObjectByName(name)
    if (!o) throw new Error(`no node ${name}`)
    return o
  }
  return { scene, node }
}

function expectJointsAt(node: (n: string) => Object3D, pose: Pose) {
  const q = new Quaternion()
  const check = (name: string, expected: Quaternion) => {
    const got = node(name).quaternion
    // q and −q are the same rotation
    const s = Math.sign(got.dot(expected)) || 1
    for (const k of ['x', 'y', 'z', 'w'] as const) expect(got[k] * s, `${name}.${k}`).toBeCloseTo(expected[k], 12)
  }
  check('pelvisJoint', rotToQuaternion('pelvis', null, pose.pelvis, q).clone())
  for (const k of SEGMENT_KEYS) check(`joint${k}`, rotToQuaternion('segment', null, pose.segments[k], q).clone())
  check('hipLeft', rotToQuaternion('hip', 'left', pose.hips.left, q).clone())
  check('hipRight', rotToQuaternion('hip', 'right', pose.hips.right, q).clone())
  check('root', rotToQuaternion('root', null, pose.root.rotation, q).clone())
  const p = node('root').position
  expect([p.x, p.y, p.z]).toEqual(pose.root.position.map((v) => expect.closeTo(v, 12)))
}

describe('PsoasScene poses the model from the derived pose', () => {
  test('jumped to settled: joints equal derivePose → rotToQuaternion (standing, right, tight)', async () => {
    const store = createSceneStore({ tightness: 0.66, side: 'right', posture: 'standing' })
    const { node } = await mount(store, { settleImmediately: true })
    await renderer!.advanceFrames(1, 1 / 60)
    const pose = derivePose(store.getState())
    // the teaching model moves these joints here (anatomy-reference worked example): not a no-op test
    expect(pose.pelvis.flexion).toBeGreaterThan(0.1)
    expect(pose.hips.right.flexion).toBeGreaterThan(0.1)
    expectJointsAt(node, pose)
    expect(node('pelvisJoint').quaternion.x).toBeGreaterThan(0.05) // +X: anterior tilt
    expect(node('hipRight').quaternion.x).toBeLessThan(-0.05) // hip flexion = −X
    const psoas = node('psoasMajorRight') as Mesh
    const tense = psoas.morphTargetDictionary!.tense
    expect(psoas.morphTargetInfluences![tense]).toBeCloseTo(pose.muscles.right.tense, 12)
    expect((node('psoasMajorLeft') as Mesh).morphTargetInfluences![tense]).toBe(0)
  })

  test('changes animate (in between after a few frames) and settle exactly on the new pose', async () => {
    const store = createSceneStore({ tightness: 0, posture: 'standing' })
    const { node } = await mount(store)
    await renderer!.advanceFrames(2, 1 / 60)
    expectJointsAt(node, derivePose(store.getState()))
    await act(async () => store.getState().setTightness(1))
    const target = derivePose(store.getState())
    await renderer!.advanceFrames(3, 1 / 60)
    const mid = node('pelvisJoint').quaternion.x
    const end = rotToQuaternion('pelvis', null, target.pelvis, new Quaternion()).x
    expect(mid).toBeGreaterThan(0)
    expect(mid).toBeLessThan(end * 0.9)
    await renderer!.advanceFrames(240, 1 / 60)
    expectJointsAt(node, target)
  })

  test('sitting, severe: hips flexed 72°+ and the psoas slack (no tense morph)', async () => {
    const store = createSceneStore({ tightness: 1, side: 'both', posture: 'sitting' })
    const { node } = await mount(store, { settleImmediately: true })
    await renderer!.advanceFrames(1, 1 / 60)
    const pose = derivePose(store.getState())
    expect(pose.hips.left.flexion).toBeGreaterThan(1.2)
    expectJointsAt(node, pose)
    const psoas = node('psoasMajorRight') as Mesh
    expect(psoas.morphTargetInfluences![psoas.morphTargetDictionary!.tense]).toBe(0)
  })

  test('layers hide their structures; forces and compression markers follow tension and compression', async () => {
    const store = createSceneStore({ tightness: 1, side: 'left', posture: 'standing' })
    const { node, scene } = await mount(store, { settleImmediately: true })
    await renderer!.advanceFrames(1, 1 / 60)
    const markers = scene.getObjectByName('compressionMarkers') as Mesh & { count: number }
    const forces = scene.getObjectByName('forceArrows') as Mesh & { count: number }
    const pose = derivePose(store.getState())
    const compressedLeft = Object.values(pose.nerves).filter((n) => n.left > 0.01).length
    expect(compressedLeft).toBeGreaterThanOrEqual(4)
    expect(markers.count).toBe(compressedLeft) // only the tight (left) side
    // depth-tested (not drawn over the pelvis); the faint pass for hidden parts has the same rings
    const markerMaterial = markers.material as Material
    expect(markerMaterial.depthTest).toBe(true)
    const hidden = scene.getObjectByName('compressionMarkersHidden') as Mesh & { count: number; instanceMatrix: unknown }
    expect(hidden.count).toBe(compressedLeft)
    expect(hidden.instanceMatrix).toBe((markers as unknown as { instanceMatrix: unknown }).instanceMatrix)
    expect((hidden.material as Material).depthFunc).toBe(GreaterDepth)
    expect(forces.count).toBe(2) // spine + trochanter on the left
    await act(async () => {
      store.getState().setLayer('muscles', false)
      store.getState().setLayer('forces', false)
    })
    await renderer!.advanceFrames(1, 1 / 60)
    expect(node('psoasMajorLeft').visible).toBe(false)
    expect(node('vertebraL3').visible).toBe(true)
    expect(forces.count).toBe(0)
    await act(async () => store.getState().setTightness(0))
    await renderer!.advanceFrames(1, 1 / 60)
    expect(markers.count).toBe(0)
    expect(hidden.visible).toBe(false)
  })

  test('reduced motion jumps to a new pose in one frame', async () => {
    const store = createSceneStore({ tightness: 0 })
    const { node } = await mount(store, { reducedMotion: true })
    await renderer!.advanceFrames(1, 1 / 60)
    await act(async () => store.getState().setTightness(0.66))
    await renderer!.advanceFrames(1, 1 / 60)
    expectJointsAt(node, derivePose(store.getState()))
  })

  test('camera presets: the camera moves to the preset goal (framed on the posed body) and stops exactly there', async () => {
    const store = createSceneStore({ tightness: 0, camera: 'front' })
    await mount(store, { cameraControls: true })
    await renderer!.advanceFrames(2, 1 / 60)
    const goal = new Vector3()
    const target = new Vector3()
    cameraGoal('front', derivePose(store.getState()), goal, target)
    expect(camera!.position.distanceTo(goal)).toBeLessThan(1e-9)
    expect(goal.z - target.z).toBeGreaterThan(0.9) // front: in front of the patient (+Z)
    await act(async () => store.getState().setCamera('side'))
    await renderer!.advanceFrames(3, 1 / 60)
    cameraGoal('side', derivePose(store.getState()), goal, target)
    const mid = camera!.position.distanceTo(goal)
    expect(mid).toBeGreaterThan(0.01) // moving, not jumped
    await renderer!.advanceFrames(200, 1 / 60)
    expect(camera!.position.distanceTo(goal)).toBe(0)
    expect(goal.x - target.x).toBeLessThan(-0.9) // side: from the patient's right (−X)
    // lying on the back: the front view looks down from above
    await act(async () => {
      store.getState().setPosture('supine')
      store.getState().setCamera('front')
    })
    await renderer!.advanceFrames(200, 1 / 60)
    cameraGoal('front', derivePose(store.getState()), goal, target)
    expect(camera!.position.distanceTo(goal)).toBe(0)
    expect(goal.y - target.y).toBeGreaterThan(0.8)
  })
})

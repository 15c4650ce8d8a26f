/**
 * <PsoasScene> in @react-three/test-renderer (Node): joint quaternions (written out as numbers),
 * morph influences and overlay visibility, after jumping and after animating to settled. The camera
 * presets are tested in the browser (tests/browser/render-interaction.test.tsx): OrbitControls
 * needs a DOM.
 * Model: a tiny placeholder glb with the contract's node names and hierarchy (placeholder-model.ts),
 * handed to the loader cache under the URL the scene asks for (Node cannot fetch a relative URL).
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { act, create } from '@react-three/test-renderer'
import { GreaterDepth, type Material, type Mesh, type Object3D, type Scene } from 'three'
import { PsoasScene } from '../../src/render/Scene.tsx'
import { parsePsoasModel } from '../../src/render/model.ts'
import { createSceneStore, type SceneStore } from '../../src/scene-state/index.ts'
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

type Q = [number, number, number, number]
/** Joint quaternions [x, y, z, w] written out as numbers (rounded to 6 decimals), not computed by the code under test. */
interface JointQuaternions {
  pelvisJoint: Q
  jointL5S1: Q
  jointL4L5: Q
  jointL3L4: Q
  jointL2L3: Q
  jointL1L2: Q
  hipLeft: Q
  hipRight: Q
  root: Q
}
const IDENTITY: Q = [0, 0, 0, 1]
const REST: JointQuaternions = {
  pelvisJoint: IDENTITY,
  jointL5S1: IDENTITY,
  jointL4L5: IDENTITY,
  jointL3L4: IDENTITY,
  jointL2L3: IDENTITY,
  jointL1L2: IDENTITY,
  hipLeft: IDENTITY,
  hipRight: IDENTITY,
  root: IDENTITY,
}
/**
 * Standing, right psoas at 66 %: the pelvis tilts forward 6.34° (+X, 2·asin 0.055338), both hips
 * flex by the same angle (−X) so the thighs stay vertical, the lumbar segments extend (−X, lordosis)
 * with a small lean toward the right (+Z, 0.31°), no axial rotation to speak of.
 */
const STANDING_RIGHT_66: JointQuaternions = {
  pelvisJoint: [0.055338, 0, 0, 0.998468],
  jointL5S1: [-0.023679, 0.000065, 0.002724, 0.999716],
  jointL4L5: [-0.013923, 0.000038, 0.002725, 0.999899],
  jointL3L4: [-0.009977, 0.000027, 0.002725, 0.999947],
  jointL2L3: [-0.006469, 0.000018, 0.002725, 0.999975],
  jointL1L2: [-0.001316, 0.000004, 0.002725, 0.999995],
  hipLeft: [-0.055338, 0, 0, 0.998468],
  hipRight: [-0.055338, 0, 0, 0.998468],
  root: IDENTITY,
}
/** Sitting, severe, both: hips flexed 72° (sin 36° = 0.587785), pelvis tilted back 18°, lumbar flexion. */
const SITTING_BOTH_100: JointQuaternions = {
  pelvisJoint: [-0.156434, 0, 0, 0.987688],
  jointL5S1: [0.06192, 0, 0, 0.998081],
  jointL4L5: [0.036644, 0, 0, 0.999328],
  jointL3L4: [0.026177, 0, 0, 0.999657],
  jointL2L3: [0.01658, 0, 0, 0.999863],
  jointL1L2: [0.003491, 0, 0, 0.999994],
  hipLeft: [-0.587785, 0, 0, 0.809017],
  hipRight: [-0.587785, 0, 0, 0.809017],
  root: IDENTITY,
}
/** Standing, left psoas at 100 %: the pelvis tilts forward 12.19° (2·asin 0.106166). */
const STANDING_LEFT_100_PELVIS: Q = [0.106166, 0, 0, 0.994348]

function expectJointsAt(node: (n: string) => Object3D, expected: JointQuaternions, tolerance = 1e-6) {
  for (const [name, q] of Object.entries(expected) as [keyof JointQuaternions, Q][]) {
    const got = node(name).quaternion
    // q and −q are the same rotation
    const s = Math.sign(got.x * q[0] + got.y * q[1] + got.z * q[2] + got.w * q[3]) || 1
    const diff = Math.max(...[got.x, got.y, got.z, got.w].map((v, i) => Math.abs(v * s - q[i])))
    expect(diff, `${name}: got ${got.toArray().map((v) => v.toFixed(6))}`).toBeLessThan(tolerance)
  }
  const p = node('root').position
  expect([p.x, p.y, p.z]).toEqual([0, 0, 0])
}

describe('PsoasScene poses the model from the derived pose', () => {
  test('jumped to settled: joint rotations of standing, right psoas at 66 %', async () => {
    const store = createSceneStore({ tightness: 0.66, side: 'right', posture: 'standing' })
    const { node } = await mount(store, { settleImmediately: true })
    await renderer!.advanceFrames(1, 1 / 60)
    expectJointsAt(node, STANDING_RIGHT_66)
    const psoas = node('psoasMajorRight') as Mesh
    const tense = psoas.morphTargetDictionary!.tense
    // the teaching model's belly thickening follows tightness on the tight side only
    expect(psoas.morphTargetInfluences![tense]).toBeCloseTo(0.66, 12)
    expect((node('psoasMajorLeft') as Mesh).morphTargetInfluences![tense]).toBe(0)
  })

  test('changes animate (in between after a few frames) and settle exactly on the new pose', async () => {
    const store = createSceneStore({ tightness: 0, posture: 'standing' })
    const { node } = await mount(store)
    await renderer!.advanceFrames(2, 1 / 60)
    expectJointsAt(node, REST, 1e-12)
    await act(async () => store.getState().setTightness(0.66))
    await act(async () => store.getState().setSide('right'))
    await renderer!.advanceFrames(3, 1 / 60)
    const mid = node('pelvisJoint').quaternion.x
    expect(mid).toBeGreaterThan(0)
    expect(mid).toBeLessThan(STANDING_RIGHT_66.pelvisJoint[0] * 0.9)
    await renderer!.advanceFrames(240, 1 / 60)
    expectJointsAt(node, STANDING_RIGHT_66)
  })

  test('sitting, severe: hips flexed 72° and the psoas slack (no tense morph)', async () => {
    const store = createSceneStore({ tightness: 1, side: 'both', posture: 'sitting' })
    const { node } = await mount(store, { settleImmediately: true })
    await renderer!.advanceFrames(1, 1 / 60)
    expectJointsAt(node, SITTING_BOTH_100)
    const psoas = node('psoasMajorRight') as Mesh
    expect(psoas.morphTargetInfluences![psoas.morphTargetDictionary!.tense]).toBe(0)
  })

  test('layers hide their structures; forces and compression markers follow tension and compression', async () => {
    const store = createSceneStore({ tightness: 1, side: 'left', posture: 'standing' })
    const { node, scene } = await mount(store, { settleImmediately: true })
    await renderer!.advanceFrames(1, 1 / 60)
    expect(node('pelvisJoint').quaternion.x).toBeCloseTo(STANDING_LEFT_100_PELVIS[0], 6)
    const markers = scene.getObjectByName('compressionMarkers') as Mesh & { count: number }
    const forces = scene.getObjectByName('forceArrows') as Mesh & { count: number }
    // severe, left: the five nerves that leave through or beside the psoas are marked on the left
    // (iliohypogastric, ilioinguinal, genitofemoral, femoral, obturator), none on the right
    expect(markers.count).toBe(5)
    // depth-tested (not drawn over the pelvis); the faint pass for hidden parts has the same rings
    const markerMaterial = markers.material as Material
    expect(markerMaterial.depthTest).toBe(true)
    const hidden = scene.getObjectByName('compressionMarkersHidden') as Mesh & { count: number; instanceMatrix: unknown }
    expect(hidden.count).toBe(5)
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
    const store = createSceneStore({ tightness: 0, side: 'right' })
    const { node } = await mount(store, { reducedMotion: true })
    await renderer!.advanceFrames(1, 1 / 60)
    await act(async () => store.getState().setTightness(0.66))
    await renderer!.advanceFrames(1, 1 / 60)
    expectJointsAt(node, STANDING_RIGHT_66)
  })
})

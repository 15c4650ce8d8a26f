/** Each chapter's scene, run through the scene-state biomechanics, shows what its text talks about. */
import { expect, test } from 'vitest'
import { derivePose } from '../../../src/scene-state/biomechanics.ts'
import type { Pose, SceneState } from '../../../src/scene-state/types.ts'
import { getChapter } from '../../../src/content/index.ts'
import type { ChapterId } from '../../../src/scene-state/types.ts'

function poseOf(id: ChapterId): Pose {
  const s = getChapter(id).state as Pick<SceneState, 'tightness' | 'side' | 'posture'>
  return derivePose({ tightness: s.tightness, side: s.side, posture: s.posture })
}

test('anatomy: relaxed standing, nothing pulled', () => {
  const p = poseOf('anatomy')
  expect(p.readout.lordosisDeg).toBeCloseTo(p.readout.normal.lordosisDeg, 6)
  expect(p.pelvis.flexion).toBe(0)
})

test('spine: the teaching model deepens the curve and tilts the pelvis forward', () => {
  const p = poseOf('spine')
  expect(p.readout.lordosisDeg - p.readout.normal.lordosisDeg).toBeGreaterThan(5)
  expect(p.readout.anteriorTiltChangeDeg).toBeGreaterThan(5)
  expect(p.readout.discL4L5MPa).toBeGreaterThan(p.readout.normal.discL4L5MPa)
})

test('nerves: the focused femoral nerve (right) is marked as possibly irritated; LFCN and trunk stay at 0', () => {
  const p = poseOf('nerves')
  expect(getChapter('nerves').state.focus).toBe('femoralRight')
  expect(p.nerves.femoral.right).toBeGreaterThan(0)
  expect(p.nerves.femoral.left).toBe(0)
  expect(p.nerves.lateralFemoralCutaneous.right).toBe(0)
  expect(p.nerves.lumbosacralTrunk.right).toBe(0)
})

test('causes: in sitting the psoas is slack (no pull)', () => {
  const p = poseOf('causes')
  expect(p.muscles.left.tensionN).toBe(0)
  expect(p.muscles.right.tensionN).toBe(0)
})

test('examination: the tested right thigh stays above the table line (positive Thomas test)', () => {
  const p = poseOf('examination')
  expect(p.readout.thomasThighDeg).not.toBeNull()
  expect(p.readout.thomasThighDeg!).toBeGreaterThan(0)
})

test('treatment: the rear (right) hip reaches behind the body in the stretch', () => {
  const p = poseOf('treatment')
  expect(p.readout.hipFlexionDeg.right).toBeLessThan(0)
})

test('otherCauses: relaxed, the lateral femoral cutaneous nerve (meralgia paresthetica) in focus and unmarked', () => {
  const p = poseOf('otherCauses')
  expect(getChapter('otherCauses').state.focus).toBe('lateralFemoralCutaneousRight')
  expect(p.nerves.lateralFemoralCutaneous.right).toBe(0)
  expect(p.nerves.femoral.right).toBe(0)
})

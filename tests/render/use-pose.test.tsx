/** usePose(): the derived pose of the store's state, one derivation shared by every component that asks. */
import { expect, test } from 'vitest'
import { renderToString } from 'react-dom/server'
import { SceneStoreProvider, usePose } from '../../src/react/index.ts'
import { createSceneStore } from '../../src/scene-state/index.ts'
import type { Pose } from '../../src/scene-state/types.ts'

test('usePose returns the derived pose, the same object for every consumer of one store', () => {
  const store = createSceneStore({ tightness: 0.66, side: 'right', posture: 'standing' })
  const seen: Pose[] = []
  function Probe() {
    seen.push(usePose())
    return null
  }
  renderToString(
    <SceneStoreProvider store={store}>
      <Probe />
      <Probe />
    </SceneStoreProvider>,
  )
  expect(seen).toHaveLength(2)
  expect(seen[0]).toBe(seen[1])
  // the store's derived view's pose (one derivation), with the teaching model's numbers for standing,
  // right psoas at 66 %: pelvis tilted forward 6.34°, hips flexed as much, psoas pulling 505.56 N
  expect(seen[0]).toBe(store.getView().pose)
  expect(seen[0].pelvis.flexion).toBeCloseTo(0.1107335, 6)
  expect(seen[0].hips.right.flexion).toBeCloseTo(0.1107335, 6)
  expect(seen[0].muscles.right).toEqual({ shortening: expect.closeTo(0.0198, 6), tensionN: expect.closeTo(505.56, 6), tense: 0.66 })
  expect(seen[0].readout.discL4L5MPa).toBeCloseTo(0.566, 3) // worked example of anatomy-reference §1

  // another store gets its own pose
  const other = createSceneStore({ tightness: 0, posture: 'sitting' })
  renderToString(
    <SceneStoreProvider store={other}>
      <Probe />
    </SceneStoreProvider>,
  )
  expect(seen[2]).not.toBe(seen[0])
  expect(seen[2].readout.discL4L5MPa).toBeCloseTo(0.46, 3)
})

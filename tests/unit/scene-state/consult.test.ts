import { expect, test } from 'vitest'
import { SCENARIO_IDS, activeScenario, createSceneStore, scenarioState, stepTightness } from '../../../src/scene-state/index.ts'

test('scenarios: values written out; each one is recognised as active after it is set', () => {
  expect(scenarioState('relaxed')).toEqual({ side: 'both', tightness: 0, posture: 'standing' })
  expect(scenarioState('rightSevereSitting')).toEqual({ side: 'right', tightness: 1, posture: 'sitting' })
  expect(scenarioState('bothMildStanding')).toEqual({ side: 'both', tightness: 0.33, posture: 'standing' })
  for (const id of SCENARIO_IDS) expect(activeScenario(scenarioState(id))).toBe(id)
  // at tightness 0 the side does not count; elsewhere it does
  expect(activeScenario({ side: 'left', tightness: 0, posture: 'standing' })).toBe('relaxed')
  expect(activeScenario({ side: 'left', tightness: 1, posture: 'sitting' })).toBeNull()
  expect(activeScenario({ side: 'right', tightness: 0.5, posture: 'sitting' })).toBeNull()
})

test('a scenario applied through replace is one undo step that sets side, tightness and posture together', () => {
  const store = createSceneStore()
  store.actions.setLayer('nerves', false)
  store.actions.replace(scenarioState('rightSevereSitting'))
  const s = store.getState()
  expect([s.side, s.tightness, s.posture, s.layers.nerves]).toEqual(['right', 1, 'sitting', false])
  store.actions.undo()
  const u = store.getState()
  expect([u.side, u.tightness, u.posture, u.layers.nerves]).toEqual(['both', 0, 'standing', false])
})

test('stepTightness: to the next named stop, from any value, held at the ends', () => {
  expect(stepTightness(0, 1)).toBe(0.33)
  expect(stepTightness(0.33, 1)).toBe(0.66)
  expect(stepTightness(0.5, 1)).toBe(0.66)
  expect(stepTightness(0.5, -1)).toBe(0.33)
  expect(stepTightness(1, 1)).toBe(1)
  expect(stepTightness(0, -1)).toBe(0)
  expect(stepTightness(1, -1)).toBe(0.66)
})

import { describe, expect, test, vi } from 'vitest'
import * as fc from 'fast-check'
import {
  DEFAULT_HISTORY_LIMIT,
  DEFAULT_STATE,
  LAYER_KEYS,
  OPENING_STATE,
  createSceneStore,
  isValidState,
  pickSceneState,
  toQuery,
} from '../../../src/scene-state/index.ts'
import type { LayerKey, Problem, StructureId } from '../../../src/scene-state/index.ts'

describe('createSceneStore', () => {
  test('initial state: defaults, validated partial, problems reported', () => {
    expect(pickSceneState(createSceneStore().getState())).toEqual(DEFAULT_STATE)
    const problems: Problem[] = []
    const s = createSceneStore({ tightness: 0.5, posture: 'nope' as never }, { onProblem: (p) => problems.push(p) })
    expect(s.getState()).toMatchObject({ tightness: 0.5, posture: 'standing', canUndo: false, canRedo: false })
    expect(problems.map((p) => p.field)).toEqual(['posture'])
    expect(createSceneStore('v=1&t=0.33&p=sit').getState()).toMatchObject({ tightness: 0.33, posture: 'sitting' })
    // another store's whole state (with actions and flags) is a valid initial value
    const copy = createSceneStore(s.getState(), { onProblem: (p) => problems.push(p) })
    expect(copy.getState().tightness).toBe(0.5)
    expect(problems.length).toBe(1)
  })
  test('state holds the scene fields, the actions and the history flags; actions are stable', () => {
    const s = createSceneStore()
    const a = s.getState().setTightness
    s.getState().setTightness(0.4)
    expect(s.getState().setTightness).toBe(a)
    expect(s.actions.setTightness).toBe(a)
    expect(isValidState(pickSceneState(s.getState()))).toBe(true)
    expect(toQuery(s.getState())).toBe('v=1&t=0.4')
  })
  test('every action changes its field', () => {
    const s = createSceneStore()
    const A = s.actions
    A.setTightness(0.66)
    A.setSide('right')
    A.setPosture('thomasTest')
    A.setLayer('outline', true)
    A.toggleLayer('bones')
    A.setFocus('femoralRight')
    A.setCamera('side')
    A.setChapter('nerves')
    A.setCompare({ tightness: 0 })
    expect(pickSceneState(s.getState())).toMatchObject({
      tightness: 0.66,
      side: 'right',
      posture: 'thomasTest',
      layers: { ...DEFAULT_STATE.layers, outline: true, bones: false },
      focus: 'femoralRight',
      camera: 'side',
      chapter: 'nerves',
      compare: { tightness: 0 },
    })
    A.setCamera({ position: [0, 0.1, 1], target: [0, 0, 0] })
    expect(s.getState().camera).toEqual({ position: [0, 0.1, 1], target: [0, 0, 0] })
    A.setFocus(null)
    A.setChapter(null)
    A.setCompare(null)
    expect(s.getState()).toMatchObject({ focus: null, chapter: null, compare: null })
  })
  test('bad input is ignored or clamped, reported through onProblem, never thrown', () => {
    const problems: Problem[] = []
    const s = createSceneStore({}, { onProblem: (p) => problems.push(p) })
    const A = s.actions
    const before = s.getState()
    expect(() => {
      A.setTightness(NaN)
      A.setSide('up' as never)
      A.setPosture(undefined as never)
      A.setLayer('skin' as LayerKey, true)
      A.setLayer('bones', 'yes' as never)
      A.toggleLayer('__proto__' as LayerKey)
      A.setFocus('liver' as StructureId)
      A.setCamera({ position: [NaN, 0, 0], target: [0, 0, 0] })
      A.setChapter('x' as never)
      A.setCompare('on' as never)
      A.updateAnnotation('missing', { text: 'x' })
      A.removeAnnotation('missing')
      A.replace(42)
    }).not.toThrow()
    expect(s.getState()).toBe(before) // nothing changed, no new state object
    expect(problems.map((p) => p.field)).toEqual([
      'tightness',
      'side',
      'layers.skin',
      'layers.bones',
      'layers.__proto__',
      'focus',
      'camera.position[0]',
      'chapter',
      'compare',
      'annotations',
      'annotations',
      'input',
    ])
    // setPosture(undefined) is "no value": ignored silently
    A.setTightness(3)
    expect(s.getState().tightness).toBe(1)
    expect(problems.at(-1)).toMatchObject({ field: 'tightness', expected: 'a number 0..1 (clamped)' })
    A.setTightness(0.12345)
    expect(s.getState().tightness).toBe(0.123) // quantised like the codec
  })
  test('setState is validated and undoable', () => {
    const s = createSceneStore()
    s.setState({ tightness: 0.25, bogus: 1 } as never)
    expect(s.getState().tightness).toBe(0.25)
    expect('bogus' in s.getState()).toBe(false)
    s.setState((st) => ({ tightness: st.tightness + 0.5 }))
    expect(s.getState().tightness).toBe(0.75)
    s.setState({ side: 'left' } as never, true) // full replace: the rest from defaults
    expect(pickSceneState(s.getState())).toEqual({ ...DEFAULT_STATE, side: 'left' })
    s.getState().undo()
    expect(s.getState().tightness).toBe(0.75)
    // passing a whole store state back in works (actions and flags are ignored, no problems)
    const problems: Problem[] = []
    const other = createSceneStore({}, { onProblem: (p) => problems.push(p) })
    other.setState(s.getState())
    expect(other.getState().tightness).toBe(0.75)
    expect(other.actions.replace({ ...s.getState(), side: 'right' })).toEqual([])
    expect(other.getState().side).toBe('right')
    expect(problems).toEqual([])
    expect(other.actions.replace(JSON.parse('{"__proto__": {"x": 1}, "canUndo": true}'))).toHaveLength(1)
  })
})

describe('undo / redo', () => {
  test('undo and redo walk the history; a new change clears redo', () => {
    const s = createSceneStore()
    const A = s.actions
    A.setTightness(0.33)
    A.setPosture('supine')
    A.setSide('left')
    expect(s.getState().canUndo).toBe(true)
    A.undo()
    expect(s.getState()).toMatchObject({ side: 'both', posture: 'supine', canRedo: true })
    A.undo()
    A.undo()
    expect(pickSceneState(s.getState())).toEqual(DEFAULT_STATE)
    expect(s.getState().canUndo).toBe(false)
    A.undo() // nothing left: no-op
    A.redo()
    A.redo()
    expect(s.getState()).toMatchObject({ tightness: 0.33, posture: 'supine', side: 'both' })
    A.setChapter('spine')
    expect(s.getState().canRedo).toBe(false)
    A.redo()
    expect(s.getState().side).toBe('both')
  })
  test('reset is undoable; unchanged values add no history', () => {
    const s = createSceneStore({ tightness: 0.5 })
    s.actions.setTightness(0.5)
    expect(s.getState().canUndo).toBe(false)
    s.actions.reset()
    expect(s.getState().tightness).toBe(0)
    s.actions.undo()
    expect(s.getState().tightness).toBe(0.5)
  })
  test('a home state: the fields a partial start leaves out, the target of reset and the base of a full replace', () => {
    const home = { ...DEFAULT_STATE, camera: 'side' as const, tightness: 0.2 }
    const s = createSceneStore({ tightness: 0.5 }, { home })
    expect(s.getState()).toMatchObject({ tightness: 0.5, camera: 'side' })
    s.actions.setCamera('top')
    s.actions.reset()
    expect(pickSceneState(s.getState())).toEqual(home)
    s.actions.replace({ posture: 'sitting' }, { full: true })
    expect(s.getState()).toMatchObject({ posture: 'sitting', camera: 'side', tightness: 0.2 })
    // without one, the contract's default (front camera)
    const plain = createSceneStore({ camera: 'top' })
    plain.actions.reset()
    expect(plain.getState().camera).toBe('front')
  })
  test('OPENING_STATE is the default state seen from the side', () => {
    expect({ ...OPENING_STATE, camera: 'front' }).toEqual(DEFAULT_STATE)
    expect(OPENING_STATE.camera).toBe('side')
    expect(Object.isFrozen(OPENING_STATE)).toBe(true)
  })
  test(`history is bounded (${DEFAULT_HISTORY_LIMIT} steps by default, configurable)`, () => {
    const s = createSceneStore()
    for (let i = 1; i <= 250; i++) s.actions.setTightness(i / 1000)
    let n = 0
    while (s.getState().canUndo) {
      s.actions.undo()
      n++
    }
    expect(n).toBe(DEFAULT_HISTORY_LIMIT)
    expect(s.getState().tightness).toBe(0.15)
    const small = createSceneStore({}, { historyLimit: 3 })
    for (let i = 1; i <= 10; i++) small.actions.setTightness(i / 10)
    small.actions.undo()
    small.actions.undo()
    small.actions.undo()
    expect(small.getState()).toMatchObject({ tightness: 0.7, canUndo: false })
  })
  test('a coalesced slider drag is one undo step', () => {
    const s = createSceneStore()
    s.actions.setSide('right')
    for (let i = 1; i <= 60; i++) s.actions.setTightness(i / 60, { coalesce: true })
    expect(s.getState().tightness).toBe(1)
    s.actions.undo()
    expect(s.getState()).toMatchObject({ tightness: 0, side: 'right' })
    s.actions.redo()
    expect(s.getState().tightness).toBe(1)
    // endCoalesce splits two drags
    s.actions.setTightness(0.5, { coalesce: true })
    s.actions.endCoalesce()
    s.actions.setTightness(0.2, { coalesce: true })
    s.actions.setTightness(0.1, { coalesce: true })
    s.actions.undo()
    expect(s.getState().tightness).toBe(0.5)
    s.actions.undo()
    expect(s.getState().tightness).toBe(1)
  })
  test('random action sequences: undo all the way returns to the start, redo all the way to the end', () => {
    const s0 = createSceneStore().actions
    void s0
    const action = fc.oneof(
      fc.integer({ min: 0, max: 1000 }).map((k) => (a: typeof s0) => a.setTightness(k / 1000)),
      fc.constantFrom('left', 'right', 'both').map((v) => (a: typeof s0) => a.setSide(v as 'left')),
      fc.constantFrom(...LAYER_KEYS).map((k) => (a: typeof s0) => a.toggleLayer(k)),
      fc.constantFrom('standing', 'sitting', 'thomasTest').map((p) => (a: typeof s0) => a.setPosture(p as 'sitting')),
    )
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (acts) => {
        const s = createSceneStore()
        const start = pickSceneState(s.getState())
        for (const act of acts) act(s.actions)
        const end = pickSceneState(s.getState())
        while (s.getState().canUndo) s.actions.undo()
        expect(pickSceneState(s.getState())).toEqual(start)
        while (s.getState().canRedo) s.actions.redo()
        expect(pickSceneState(s.getState())).toEqual(end)
      }),
      { numRuns: 300 },
    )
  })
})

describe('annotations', () => {
  test('add (with free ids), update, remove; limits enforced', () => {
    const problems: Problem[] = []
    const s = createSceneStore({}, { onProblem: (p) => problems.push(p) })
    const A = s.actions
    expect(A.addAnnotation({ structure: 'discL4L5', text: 'here' })).toBe('pin1')
    expect(A.addAnnotation({ structure: 'femoralRight', offset: [0, 0.01, 0] })).toBe('pin2')
    expect(A.addAnnotation({ id: 'pin2', structure: 'femoralRight' })).toBeNull()
    expect(A.addAnnotation({ structure: 'liver' as StructureId })).toBeNull()
    A.updateAnnotation('pin1', { text: 'x'.repeat(300) })
    expect(s.getState().annotations[0].text.length).toBe(280)
    A.updateAnnotation('pin1', { structure: 'nope' as StructureId })
    expect(s.getState().annotations[0].structure).toBe('discL4L5')
    A.removeAnnotation('pin1')
    expect(s.getState().annotations.map((a) => a.id)).toEqual(['pin2'])
    for (let i = 0; i < 60; i++) A.addAnnotation({ structure: 'sacrum' })
    expect(s.getState().annotations.length).toBe(50)
    expect(problems.some((p) => /at most 50/.test(p.expected))).toBe(true)
  })
  test('dragging a pin coalesces into one undo step', () => {
    const s = createSceneStore()
    const id = s.actions.addAnnotation({ structure: 'sacrum' }) as string
    for (let i = 1; i <= 10; i++) s.actions.updateAnnotation(id, { offset: [0, i / 100, 0] }, { coalesce: true })
    expect(s.getState().annotations[0].offset).toEqual([0, 0.1, 0])
    s.actions.undo()
    expect(s.getState().annotations[0].offset).toEqual([0, 0, 0])
  })
})

describe('subscribe and selectors', () => {
  test('subscribe fires per change; subscribe(selector, listener) only when the slice changes', () => {
    const s = createSceneStore()
    const all = vi.fn<(...args: unknown[]) => void>()
    const side = vi.fn<(slice: string, prev: string) => void>()
    const unsub = s.subscribe(all)
    const unsel = s.subscribe((st) => st.side, side)
    s.actions.setTightness(0.2)
    s.actions.setTightness(0.2) // no change: no notification
    s.actions.setSide('left')
    expect(all).toHaveBeenCalledTimes(2)
    expect(side).toHaveBeenCalledTimes(1)
    expect(side).toHaveBeenCalledWith('left', 'both')
    unsub()
    unsel()
    s.actions.setSide('right')
    expect(all).toHaveBeenCalledTimes(2)
  })
  test('the store view is memoised on tightness, side, posture and compare', () => {
    const s = createSceneStore({ tightness: 0.66, side: 'right' })
    const v1 = s.getView()
    s.actions.setChapter('spine')
    s.actions.setFocus('sacrum')
    expect(s.getView()).toBe(v1)
    expect(s.selectView(s.getState())).toBe(v1)
    s.actions.setTightness(0.7)
    const v2 = s.getView()
    expect(v2).not.toBe(v1)
    expect(v2.pose.readout.lordosisDeg).toBeGreaterThan(v1.pose.readout.lordosisDeg)
    expect(v2.compare).toBeNull()
    s.actions.setCompare({ tightness: 0 })
    expect(s.getView().compare?.pose.readout.lordosisDeg).toBe(50.5)
    expect(s.getView().readouts.compare?.lordosisDeg).toBe(50.5)
  })
  test('several stores are independent', () => {
    const a = createSceneStore()
    const b = createSceneStore()
    a.actions.setTightness(1)
    expect(b.getState().tightness).toBe(0)
    expect(b.getState().canUndo).toBe(false)
  })
})

test('toggleCompare: on with the relaxed state, then off; each one undo step', () => {
  const store = createSceneStore({ tightness: 0.66 })
  store.getState().toggleCompare()
  expect(store.getState().compare).toEqual({ tightness: 0 })
  store.getState().toggleCompare()
  expect(store.getState().compare).toBe(null)
  store.getState().undo()
  expect(store.getState().compare).toEqual({ tightness: 0 })
})

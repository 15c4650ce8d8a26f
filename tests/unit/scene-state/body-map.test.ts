/**
 * "Point where it hurts": the reverse lookup from a body-map region to the lumbar-plexus nerves that
 * supply it, the most relevant one, the camera and the relation to a tight psoas; the state field, its
 * validation, its URL form and the one-step action. Expected values are read by hand from
 * anatomy-reference.md §7 (nerve table "Body-map regions", evidence column, body-map table) and §5.2
 * (nerve compression c = w × t_side × postureFactor; standing 1, sitting 0; one side only).
 */
import { describe, expect, test } from 'vitest'
import {
  createSceneStore,
  deriveView,
  fromQuery,
  parseState,
  readBodyRegion,
  regionNerves,
  toQuery,
  type BodyRegionChoice,
  type Problem,
} from '../../../src/scene-state/index.ts'

const poseOf = (tightness: number, side: 'left' | 'right' | 'both', posture: 'standing' | 'sitting' = 'standing') =>
  deriveView({ tightness, side, posture }).pose

describe('regionNerves (reverse lookup of the nerves’ body-map regions)', () => {
  test.each([
    // region, nerves most relevant first (hand-read from §7), roots of the first
    ['suprapubic', ['iliohypogastric'], 'T12-L1'],
    ['upperLateralButtock', ['iliohypogastric'], 'T12-L1'],
    ['inguinalGroin', ['ilioinguinal'], 'L1'],
    ['upperMedialThigh', ['ilioinguinal'], 'L1'],
    // genitofemoral (teaching weight 0.6) before ilioinguinal (0.3)
    ['genital', ['genitofemoral', 'ilioinguinal'], 'L1-L2'],
    ['upperAnteriorThigh', ['genitofemoral'], 'L1-L2'],
    ['anterolateralThigh', ['lateralFemoralCutaneous'], 'L2-L3'],
    ['anteriorThigh', ['femoral'], 'L2-L4'],
    ['anteromedialThigh', ['femoral'], 'L2-L4'],
    ['anteriorKnee', ['femoral'], 'L2-L4'],
    ['medialThigh', ['obturator'], 'L2-L4'],
    // femoral (saphenous, hypothesis) before the lumbosacral trunk (L4 part, not supported)
    ['medialLeg', ['femoral', 'lumbosacralTrunk'], 'L2-L4'],
    ['medialFootArch', ['femoral'], 'L2-L4'],
    ['lateralLeg', ['lumbosacralTrunk'], 'L4-L5'],
    ['dorsumFoot', ['lumbosacralTrunk'], 'L4-L5'],
    ['bigToe', ['lumbosacralTrunk'], 'L4-L5'],
  ])('%s → %j', (region, keys, roots) => {
    const nerves = regionNerves(region, 'right')
    expect(nerves.map((n) => n.key)).toEqual(keys)
    expect(nerves[0].rootsLabel).toBe(roots)
    expect(nerves[0].id).toBe(`${keys[0]}Right`)
    expect(regionNerves(region, 'left')[0].id).toBe(`${keys[0]}Left`)
  })

  test.each(['lowBack', 'buttock', 'posteriorThigh', 'posteriorLeg', 'lateralFootHeel'])('%s is not supplied by the lumbar plexus: no nerve', (region) => {
    expect(regionNerves(region, 'right')).toEqual([])
  })

  test('unknown region ids give no nerves', () => {
    expect(regionNerves('nose', 'right')).toEqual([])
  })

  test('grades of the psoas link come from the reference evidence', () => {
    expect(regionNerves('anterolateralThigh', 'right')[0].psoasLinkGrade).toBe('not supported')
    expect(regionNerves('lateralLeg', 'right')[0].psoasLinkGrade).toBe('not supported')
    expect(regionNerves('anteriorThigh', 'right')[0].psoasLinkGrade).toBe('hypothesis')
    expect(regionNerves('medialThigh', 'right')[0].psoasLinkGrade).toBe('hypothesis')
  })

  test('compression per side from the pose: right tight, standing, t = 1 → femoral 0.5 on the right, 0 on the left', () => {
    const pose = poseOf(1, 'right')
    expect(regionNerves('anteriorThigh', 'right', pose)[0].compression).toBeCloseTo(0.5, 6)
    expect(regionNerves('anteriorThigh', 'left', pose)[0].compression).toBe(0)
    // genital, both sides at t = 0.5: genitofemoral 0.6 × 0.5 = 0.3, ilioinguinal 0.3 × 0.5 = 0.15
    const genital = regionNerves('genital', 'left', poseOf(0.5, 'both'))
    expect(genital.map((n) => [n.key, Math.round(n.compression * 1000) / 1000])).toEqual([
      ['genitofemoral', 0.3],
      ['ilioinguinal', 0.15],
    ])
  })
})

describe('readBodyRegion', () => {
  test('lateral thigh: the lateral femoral cutaneous nerve is focused, and the psoas likely does not relate', () => {
    const r = readBodyRegion({ region: 'anterolateralThigh', side: 'right' }, poseOf(1, 'both'))!
    expect(r.focus).toBe('lateralFemoralCutaneousRight')
    expect(r.relation).toBe('unlikely')
    expect(r.camera).toBe('oblique')
    expect(r.view).toBe('front')
    expect(r.roots).toEqual(['L2', 'L3'])
  })
  test('front of the thigh: marked when the psoas pulls on that side, possible otherwise', () => {
    expect(readBodyRegion({ region: 'anteriorThigh', side: 'right' }, poseOf(1, 'right'))!.relation).toBe('marked')
    expect(readBodyRegion({ region: 'anteriorThigh', side: 'left' }, poseOf(1, 'right'))!.relation).toBe('possible')
    // sitting: the psoas is slack (postureFactor 0)
    expect(readBodyRegion({ region: 'anteriorThigh', side: 'right' }, poseOf(1, 'both', 'sitting'))!.relation).toBe('possible')
    expect(readBodyRegion({ region: 'anteriorThigh', side: 'right' })!.relation).toBe('possible')
    const left = readBodyRegion({ region: 'anteriorThigh', side: 'left' })!
    expect(left.focus).toBe('femoralLeft')
    expect(left.camera).toBe('front')
  })
  test('back of the thigh: no plexus nerve, nothing to focus, the back view', () => {
    const r = readBodyRegion({ region: 'posteriorThigh', side: 'left' })!
    expect(r).toMatchObject({ focus: null, relation: 'notPlexus', camera: 'back', view: 'back', nerves: [] })
    expect(r.roots).toEqual(['S1', 'S2', 'S3'])
  })
  test('upper outer buttock (back view): the iliohypogastric nerve, turned to from the back', () => {
    expect(readBodyRegion({ region: 'upperLateralButtock', side: 'right' })).toMatchObject({ focus: 'iliohypogastricRight', camera: 'back', relation: 'possible' })
  })
  test('unknown region: null', () => {
    expect(readBodyRegion({ region: 'nose', side: 'right' })).toBeNull()
  })
})

describe('the bodyRegion field', () => {
  test('validation: a region id and a side, or null; anything else is reported and ignored', () => {
    expect(parseState({ bodyRegion: { region: 'medialThigh', side: 'left' } }).state.bodyRegion).toEqual({ region: 'medialThigh', side: 'left' })
    expect(parseState({ bodyRegion: null }, { ...parseState({}).state, bodyRegion: { region: 'bigToe', side: 'right' } }).state.bodyRegion).toBeNull()
    for (const bad of [{ region: 'nose', side: 'left' }, { region: 'medialThigh', side: 'both' }, 'medialThigh', { region: 'medialThigh' }]) {
      const r = parseState({ bodyRegion: bad })
      expect(r.state.bodyRegion).toBeNull()
      expect(r.problems.map((p) => p.field)[0]).toMatch(/^bodyRegion/)
    }
  })
  test('URL form r=region,l|r round-trips; bad values are reported', () => {
    const s = parseState({ bodyRegion: { region: 'anterolateralThigh', side: 'right' } }).state
    expect(toQuery(s)).toBe('v=1&r=anterolateralThigh,r')
    expect(fromQuery('v=1&r=medialThigh,l').state.bodyRegion).toEqual({ region: 'medialThigh', side: 'left' })
    const bad = fromQuery('v=1&r=medialThigh,b')
    expect(bad.state.bodyRegion).toBeNull()
    expect(bad.problems.map((p) => p.field)).toEqual(['r'])
    expect(fromQuery('v=1&r=nose,l').problems.map((p) => p.field)).toEqual(['bodyRegion.region'])
  })
})

describe('selectBodyRegion (one undo step)', () => {
  test('lateral thigh, right: the nerve is focused, the camera turns, the nerves layer is shown; undo restores all', () => {
    const store = createSceneStore({ tightness: 0.66, layers: { nerves: false } })
    const choice: BodyRegionChoice = { region: 'anterolateralThigh', side: 'right' }
    store.actions.selectBodyRegion(choice)
    const s = store.getState()
    expect(s.bodyRegion).toEqual(choice)
    expect(s.focus).toBe('lateralFemoralCutaneousRight')
    expect(s.camera).toBe('oblique')
    expect(s.layers.nerves).toBe(true)
    store.actions.undo()
    expect(store.getState()).toMatchObject({ bodyRegion: null, focus: null, camera: 'front' })
    expect(store.getState().layers.nerves).toBe(false)
  })
  test('a region outside the plexus clears the focus and keeps the layers; null clears the choice only', () => {
    const store = createSceneStore({ focus: 'femoralRight', layers: { nerves: false } })
    store.actions.selectBodyRegion({ region: 'posteriorLeg', side: 'left' })
    expect(store.getState()).toMatchObject({ bodyRegion: { region: 'posteriorLeg', side: 'left' }, focus: null, camera: 'back' })
    expect(store.getState().layers.nerves).toBe(false)
    store.actions.selectBodyRegion({ region: 'medialThigh', side: 'left' })
    expect(store.getState().focus).toBe('obturatorLeft')
    store.actions.selectBodyRegion(null)
    expect(store.getState()).toMatchObject({ bodyRegion: null, focus: 'obturatorLeft' })
  })
  test('an unknown region is reported and changes nothing', () => {
    const problems: Problem[] = []
    const store = createSceneStore({}, { onProblem: (p) => problems.push(p) })
    store.actions.selectBodyRegion({ region: 'nose', side: 'left' })
    expect(store.getState().bodyRegion).toBeNull()
    expect(store.getState().canUndo).toBe(false)
    expect(problems.map((p) => p.field)).toEqual(['bodyRegion.region'])
  })
})

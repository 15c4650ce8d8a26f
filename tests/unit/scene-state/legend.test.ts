/** The legend lists exactly the visual codes the view draws (same thresholds as the render). */
import { describe, expect, test } from 'vitest'
import {
  ARROW_MIN_TENSION_N,
  DISC_FULL_TINT_RATIO,
  LEGEND_ENTRY_IDS,
  TEACHING,
  deriveView,
  discLoadTint,
  legendEntries,
  type Layers,
} from '../../../src/scene-state/index.ts'

const ALL: Layers = { bones: true, discs: true, muscles: true, nerves: true, forces: true, labels: true, outline: false }
const NONE: Layers = { bones: false, discs: false, muscles: false, nerves: false, forces: false, labels: false, outline: false }
const view = (tightness: number, side: 'left' | 'right' | 'both' = 'both', posture: 'standing' | 'sitting' | 'supine' = 'standing') =>
  deriveView({ tightness, side, posture })

describe('legendEntries', () => {
  test('relaxed standing: only the structure colours of the visible layers', () => {
    expect(legendEntries(view(0), ALL, null)).toEqual(['bone', 'disc', 'muscle', 'nerve'])
  })

  test('severe on the right: every mark of the pull, in the legend order', () => {
    expect(legendEntries(view(1, 'right'), ALL, null)).toEqual([
      'bone',
      'disc',
      'discLoaded',
      'muscle',
      'muscleTight',
      'nerve',
      'nerveCompressed',
      'compressionRing',
      'symptomPatch',
      'forceArrow',
    ])
  })

  test('sitting slackens the psoas: no tight colour, rings, patches or arrows even at severe', () => {
    expect(legendEntries(view(1, 'both', 'sitting'), ALL, null)).toEqual(['bone', 'disc', 'muscle', 'nerve'])
  })

  test('supine at severe: the muscle pulls but the disc is not loaded above standing', () => {
    const e = legendEntries(view(1, 'both', 'supine'), ALL, null)
    expect(e).toContain('forceArrow')
    expect(e).not.toContain('discLoaded')
  })

  test('layers switch their codes off', () => {
    const v = view(1, 'right')
    expect(legendEntries(v, { ...ALL, nerves: false }, null)).toEqual(['bone', 'disc', 'discLoaded', 'muscle', 'muscleTight', 'forceArrow'])
    expect(legendEntries(v, { ...ALL, forces: false, discs: false, muscles: false }, null)).toEqual([
      'bone',
      'nerve',
      'nerveCompressed',
      'compressionRing',
      'symptomPatch',
    ])
    expect(legendEntries(v, NONE, 'femoralRight')).toEqual([])
  })

  test('the selection outline is listed when the focused structure is shown', () => {
    const v = view(1, 'right')
    expect(legendEntries(v, ALL, 'femoralRight').at(-1)).toBe('selection')
    expect(legendEntries(view(0), ALL, 'vertebraL4')).toEqual(['bone', 'disc', 'muscle', 'nerve', 'selection'])
    expect(legendEntries(v, { ...ALL, nerves: false }, 'femoralRight')).not.toContain('selection')
  })

  test('the compare view adds what it draws (normal vs tight: the tight marks are listed)', () => {
    const v = deriveView({ tightness: 0, side: 'both', posture: 'standing', compare: { tightness: 1 } })
    expect(legendEntries(v, ALL, null)).toContain('compressionRing')
    expect(legendEntries(v, ALL, null)).toContain('forceArrow')
  })

  test('arrows follow the render threshold of the psoas tension', () => {
    // the smallest tightness that pulls at all: arrows exactly when tension ≥ ARROW_MIN_TENSION_N
    for (const t of [0, 0.001, 0.005, 0.01, 0.05]) {
      const v = view(t)
      const pulls = v.pose.muscles.left.tensionN >= ARROW_MIN_TENSION_N || v.pose.muscles.right.tensionN >= ARROW_MIN_TENSION_N
      expect(legendEntries(v, ALL, null).includes('forceArrow'), `t=${t}`).toBe(pulls)
    }
  })

  test('entries are always a subsequence of LEGEND_ENTRY_IDS', () => {
    for (const t of [0, 0.2, 0.5, 0.8, 1])
      for (const side of ['left', 'right', 'both'] as const) {
        const e = legendEntries(view(t, side), ALL, 'psoasMajorLeft')
        expect(e).toEqual(LEGEND_ENTRY_IDS.filter((id) => e.includes(id)))
      }
  })
})

describe('discLoadTint', () => {
  test('0 at relaxed standing, 1 at DISC_FULL_TINT_RATIO times it, clamped', () => {
    const p = TEACHING.pBase.standing
    expect(discLoadTint(p)).toBe(0)
    expect(discLoadTint(p * 0.5)).toBe(0)
    expect(discLoadTint(p * (1 + (DISC_FULL_TINT_RATIO - 1) / 2))).toBeCloseTo(0.5, 10)
    expect(discLoadTint(p * DISC_FULL_TINT_RATIO)).toBe(1)
    expect(discLoadTint(p * 10)).toBe(1)
  })
})

/** The chapters a printed handout carries: the open chapter first, then what the view shows; never more than two. */
import { expect, test } from 'vitest'
import { HANDOUT_MAX_CHAPTERS, handoutChapters } from '../../../src/content/index.ts'
import { deriveView } from '../../../src/scene-state/view.ts'

const chaptersOf = (tightness: number, posture: Parameters<typeof deriveView>[0]['posture'], chapter: Parameters<typeof handoutChapters>[0] = null, side: 'left' | 'right' | 'both' = 'both') =>
  handoutChapters(chapter, deriveView({ tightness, side, posture }))

test('relaxed standing: the anatomy', () => {
  expect(chaptersOf(0, 'standing')).toEqual(['anatomy'])
})

test('a tight psoas in standing: the nerves it could irritate, then the spine', () => {
  expect(chaptersOf(1, 'standing', null, 'right')).toEqual(['nerves', 'spine'])
})

test("a posture's own chapter comes first", () => {
  expect(chaptersOf(0.66, 'thomasTest', null, 'right')[0]).toBe('examination')
  expect(chaptersOf(0.33, 'hipFlexorStretch')[0]).toBe('treatment')
  expect(chaptersOf(0.33, 'sitting')[0]).toBe('causes')
  expect(chaptersOf(0.66, 'risingFromChair')[0]).toBe('signs')
})

test('the open chapter comes first, and there are never more than two', () => {
  expect(chaptersOf(1, 'sitting', 'otherCauses')).toEqual(['otherCauses', 'causes'])
  for (const t of [0, 0.33, 0.66, 1])
    for (const p of ['standing', 'sitting', 'supine', 'risingFromChair', 'thomasTest', 'hipFlexorStretch'] as const)
      expect(chaptersOf(t, p, 'anatomy').length).toBeLessThanOrEqual(HANDOUT_MAX_CHAPTERS)
})

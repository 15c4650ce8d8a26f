/**
 * Label priority and budget (issue 11, item 2): the focused structure and the compressed nerves
 * first, the tight psoas before the landmarks; ≤ 6 labels on a phone, ≤ 12 on larger screens,
 * shared by the two panes of compare.
 */
import { describe, expect, test } from 'vitest'
import { LABEL_BUDGET, deriveView, labelBudget, labelSizeClass, rankLabels, type StructureId } from '../../../src/scene-state/index.ts'

/** The 18 structures the model gives a label (scripts/models/anchors.ts), in the model's node order. */
const LABELLED: StructureId[] = [
  'vertebraL1', 'vertebraL3', 'vertebraL5', 'discL4L5', 'psoasMajorRight', 'iliacusRight', 'pelvis', 'femurLeft',
  'iliohypogastricLeft', 'ilioinguinalLeft', 'genitofemoralLeft', 'femoralLeft', 'obturatorLeft',
  'iliohypogastricRight', 'ilioinguinalRight', 'genitofemoralRight', 'femoralRight', 'obturatorRight',
]
const pose = (tightness: number, side: 'left' | 'right' | 'both' = 'right', posture: 'standing' | 'sitting' = 'standing') =>
  deriveView({ tightness, side, posture }).pose

describe('rankLabels', () => {
  test('relaxed: landmarks first, nerves (not compressed) last', () => {
    const r = rankLabels(LABELLED, pose(0), null)
    expect(r.slice(0, 8)).toEqual(['vertebraL1', 'vertebraL5', 'pelvis', 'vertebraL3', 'psoasMajorRight', 'iliacusRight', 'discL4L5', 'femurLeft'])
    expect(r).toHaveLength(18)
    expect(new Set(r)).toEqual(new Set(LABELLED))
  })

  test('severe right: the compressed nerves in clinical order, then the tight psoas, then the loaded disc', () => {
    const r = rankLabels(LABELLED, pose(1, 'right'), null)
    expect(r.slice(0, 8)).toEqual([
      'femoralRight', 'obturatorRight', 'genitofemoralRight', 'ilioinguinalRight', 'iliohypogastricRight',
      'psoasMajorRight', 'discL4L5', 'vertebraL1',
    ])
    // the left side is not compressed: its nerves come after every landmark
    expect(r.indexOf('femoralLeft')).toBeGreaterThan(r.indexOf('femurLeft'))
  })

  test('severe both: one side of each compressed nerve, the psoas, then the other sides', () => {
    const r = rankLabels(LABELLED, pose(1, 'both'), null)
    expect(r.slice(0, 11)).toEqual([
      'femoralRight', 'obturatorRight', 'genitofemoralRight', 'ilioinguinalRight', 'iliohypogastricRight',
      'psoasMajorRight',
      'femoralLeft', 'obturatorLeft', 'genitofemoralLeft', 'ilioinguinalLeft', 'iliohypogastricLeft',
    ])
  })

  test('the focused structure comes first, even a nerve that is not compressed', () => {
    expect(rankLabels(LABELLED, pose(1, 'right'), 'femurLeft')[0]).toBe('femurLeft')
    const r = rankLabels(LABELLED, pose(1, 'right'), 'obturatorLeft')
    expect(r.slice(0, 3)).toEqual(['obturatorLeft', 'femoralRight', 'obturatorRight'])
    // a focus without a label changes nothing else
    expect(rankLabels(LABELLED, pose(1, 'right'), 'sacrum')).toEqual(rankLabels(LABELLED, pose(1, 'right'), null))
  })

  test('sitting (the shortened psoas is slack): no nerve is compressed; the psoas, then the landmarks', () => {
    const r = rankLabels(LABELLED, pose(1, 'right', 'sitting'), null)
    expect(r.slice(0, 3)).toEqual(['psoasMajorRight', 'vertebraL1', 'vertebraL5'])
    expect(r.slice(0, 8).some((id) => /nerve|femoral|obturator|ilio|genito/.test(id))).toBe(false)
  })
})

describe('labelBudget', () => {
  test('6 on a phone, 12 on a tablet or desktop', () => {
    expect(LABEL_BUDGET).toEqual({ compact: 6, regular: 12 })
    expect(labelSizeClass(366, 470)).toBe('compact')
    expect(labelSizeClass(820, 340)).toBe('compact')
    expect(labelSizeClass(648, 500)).toBe('regular')
    expect(labelBudget({ width: 366, height: 470 })).toBe(6)
    expect(labelBudget({ width: 1000, height: 600 })).toBe(12)
  })

  test('compare shares the budget between the panes (the current state gets the odd one)', () => {
    expect(labelBudget({ width: 366, height: 470 }, 2, 'main')).toBe(3)
    expect(labelBudget({ width: 366, height: 470 }, 2, 'compare')).toBe(3)
    expect(labelBudget({ width: 1000, height: 600 }, 2, 'main') + labelBudget({ width: 1000, height: 600 }, 2, 'compare')).toBe(12)
  })
})

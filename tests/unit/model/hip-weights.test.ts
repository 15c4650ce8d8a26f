/**
 * The choice of hip skin weights per stretch of a nerve's path (scripts/models/nervefield.ts smoothestChoice): the
 * least total cost with neighbouring stretches at most a few steps apart, on costs whose answer is known.
 */
import { describe, expect, it } from 'vitest'
import { smoothestChoice } from '../../../scripts/models/nervefield.ts'

describe('smoothestChoice', () => {
  it('takes each stretch its cheapest choice when the steps between them are small enough', () => {
    expect(smoothestChoice([[0, 5, 5], [5, 0, 5], [5, 5, 0]], 1)).toEqual([0, 1, 2])
  })

  it('keeps neighbours within the step: a cheap far choice loses to a dearer near one', () => {
    // 0 then 4 would cost 0 but jumps 4 steps; 0 then 1 costs 1, 3 then 4 costs 9
    expect(smoothestChoice([[0, 9, 9, 9, 9], [9, 1, 9, 9, 0]], 1)).toEqual([0, 1])
    // with room for the jump it takes it
    expect(smoothestChoice([[0, 9, 9, 9, 9], [9, 1, 9, 9, 0]], 4)).toEqual([0, 4])
  })

  it('a stretch without costs splits the runs and gets no choice', () => {
    expect(smoothestChoice([[0, 9], null, [9, 0]], 0)).toEqual([0, null, 1])
  })

  it('never picks a forbidden (infinite) choice, jumping where nothing else is allowed', () => {
    expect(smoothestChoice([[0, Infinity, Infinity], [Infinity, Infinity, 0]], 1)).toEqual([0, 2])
  })
})

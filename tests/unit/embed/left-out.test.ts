/** What a link carried that the view could not keep (src/components/leftOut.ts), read from parseState's problems. */
import { expect, test } from 'vitest'
import { fromQuery, parseState } from '../../../src/scene-state/index.ts'
import { leftOutOf, mergeLeftOut, MODEL_FIELD } from '../../../src/components/leftOut.ts'

const pinParams = (n: number) => Array.from({ length: n }, (_, i) => `a=p${i + 1},psoasMajorRight,0,0,0,n${i + 1}`).join('&')

test('pins over 50, notes over 280 characters and other unusable values are counted', () => {
  expect(leftOutOf(fromQuery(`t=0.5&a=long,iliacusLeft,0,0,0,${'y'.repeat(281)}&${pinParams(57)}&zz=1&s=up&c=sky`).problems)).toEqual({ pins: 8, cut: 1, model: 0, other: 2 })
  // parameters of the host page (unknown to the codec) are not the view's
  expect(leftOutOf(fromQuery('t=0.5&utm_source=mail&lang=es').problems)).toEqual({ pins: 0, cut: 0, model: 0, other: 0 })
  expect(leftOutOf(fromQuery('t=0.66&s=r&p=sit').problems)).toEqual({ pins: 0, cut: 0, model: 0, other: 0 })
  // exactly at the limits: nothing left out
  expect(leftOutOf(fromQuery(`a=long,iliacusLeft,0,0,0,${'y'.repeat(280)}&${pinParams(49)}`).problems)).toEqual({ pins: 0, cut: 0, model: 0, other: 0 })
})

test('limitsOnly ignores everything but the pins and notes over the limits', () => {
  const input = { tightness: 'very', annotations: Array.from({ length: 51 }, (_, i) => ({ id: `q${i}`, structure: 'psoasMajorLeft', text: 'z'.repeat(300) })) }
  expect(leftOutOf(parseState(input).problems, true)).toEqual({ pins: 1, cut: 50, model: 0, other: 0 })
  expect(leftOutOf(parseState(input).problems)).toEqual({ pins: 1, cut: 50, model: 0, other: 1 })
})

test('a model address the iframe page refused is its own kind, not an "other value"; limitsOnly leaves it out', () => {
  const problems = [...fromQuery('t=0.5&s=up').problems, { field: MODEL_FIELD, value: 'https://evil.example/m.glb', expected: "a model on this page's origin or an allowed origin" }]
  expect(leftOutOf(problems)).toEqual({ pins: 0, cut: 0, model: 1, other: 1 })
  expect(leftOutOf(problems, true)).toEqual({ pins: 0, cut: 0, model: 0, other: 0 })
})

test('merging keeps the larger count of each kind', () => {
  expect(mergeLeftOut({ pins: 3, cut: 0, model: 1, other: 1 }, { pins: 1, cut: 2, model: 0, other: 1 })).toEqual({ pins: 3, cut: 2, model: 1, other: 1 })
})

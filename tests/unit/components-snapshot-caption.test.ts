/**
 * Snapshot captions (issue 10, safety): the caption's lines name the state and carry the
 * disclaimer in the locale, and the PNG text chunk that keeps them with the image is well formed.
 */
import { expect, test } from 'vitest'
import { addPngText, readPngText, snapshotCaptionLines } from '../../src/components/snapshotCaption.ts'
import { getCatalog } from '../../src/content/index.ts'
import { deriveView } from '../../src/scene-state/view.ts'
import { DEFAULT_STATE } from '../../src/scene-state/state.ts'

// a 1×1 PNG (IHDR, IDAT, IEND): 70 bytes
const ONE_PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))

test('the caption: a short title of the state, then the disclaimer, in the locale', () => {
  const view = deriveView({ ...DEFAULT_STATE, tightness: 0.66, side: 'right', posture: 'standing' })
  expect(snapshotCaptionLines(view, getCatalog('en'))).toEqual([
    'Right psoas tight (66%), standing',
    'This explains; it does not diagnose. Ask a doctor or physiotherapist about your own symptoms.',
  ])
  expect(snapshotCaptionLines(view, getCatalog('es'))[1]).toBe('Esto explica; no diagnostica. Consulte a un médico o fisioterapeuta sobre sus propios síntomas.')
})

test('addPngText puts one iTXt chunk right after IHDR, with its length and CRC', () => {
  const out = addPngText(ONE_PIXEL, 'Description', 'Hé', 'es')
  // 12 bytes of chunk frame + 21 of data ("Description" 0 0 0 "es" 0 0 "H" 0xC3 0xA9)
  expect(out.length).toBe(70 + 33)
  expect(Array.from(out.subarray(0, 33))).toEqual(Array.from(ONE_PIXEL.subarray(0, 33)))
  expect(Array.from(out.subarray(33, 41))).toEqual([0, 0, 0, 21, 0x69, 0x54, 0x58, 0x74])
  expect(Array.from(out.subarray(41 + 11, 41 + 21))).toEqual([0, 0, 0, 0x65, 0x73, 0, 0, 0x48, 0xc3, 0xa9])
  expect(Array.from(out.subarray(62, 66))).toEqual([0xc9, 0x7b, 0xd6, 0x44])
  expect(Array.from(out.subarray(66))).toEqual(Array.from(ONE_PIXEL.subarray(33)))
  expect(readPngText(out)).toEqual({ Description: 'Hé' })
  expect(readPngText(ONE_PIXEL)).toEqual({})
  expect(() => addPngText(new Uint8Array([1, 2, 3]), 'Description', 'x')).toThrow(/not a PNG/)
})

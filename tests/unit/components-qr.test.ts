/**
 * The share link's QR code: made in the page by uqr (loaded lazily), it decodes back to the link
 * (jsQR, an independent decoder), and the SVG path covers exactly the dark modules.
 */
import jsQR from 'jsqr'
import { expect, test } from 'vitest'
import { loadQrEncoder, qrEncoderIfLoaded, qrPath, QR_QUIET_ZONE, type QrMatrix } from '../../src/components/qr.ts'
import { defaultShareUrl } from '../../src/components/ShareButton.tsx'
import { DEFAULT_STATE, toQuery } from '../../src/scene-state/index.ts'

/** The matrix as an RGBA image, `scale` pixels per module. */
function toImage(qr: QrMatrix, scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = qr.size * scale
  const data = new Uint8ClampedArray(width * width * 4)
  for (let y = 0; y < width; y++)
    for (let x = 0; x < width; x++) {
      const v = qr.modules[Math.floor(y / scale)][Math.floor(x / scale)] ? 0 : 255
      data.set([v, v, v, 255], (y * width + x) * 4)
    }
  return { data, width }
}

const link = defaultShareUrl(
  toQuery({ ...DEFAULT_STATE, tightness: 1, side: 'right', posture: 'sitting', compare: { tightness: 0 } }),
  'https://clinic.example/back-pain/psoas?lang=es#explainer',
)

test('the encoder loads on demand, and a share link decodes back from its QR code', async () => {
  expect(qrEncoderIfLoaded()).toBeNull()
  const encode = await loadQrEncoder()
  expect(qrEncoderIfLoaded()).toBe(encode)
  expect(link.length).toBeGreaterThan(60)
  const qr = encode(link)
  // the quiet zone is white all round
  expect(qr.modules[0].some(Boolean)).toBe(false)
  expect(qr.modules.every((row) => row.slice(0, QR_QUIET_ZONE).every((m) => !m))).toBe(true)
  const { data, width } = toImage(qr)
  expect(jsQR(data, width, width)?.data).toBe(link)
})

test('the SVG path draws exactly the dark modules', async () => {
  const qr = (await loadQrEncoder())('https://clinic.example/?t=0.66')
  const drawn = qr.modules.map((row) => row.map(() => false))
  for (const [, x, y, w] of qrPath(qr).matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let i = 0; i < Number(w); i++) drawn[Number(y)][Number(x) + i] = true
  expect(drawn).toEqual(qr.modules)
})

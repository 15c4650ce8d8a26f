/**
 * QR codes of share links, made in the page (no request leaves it) by `uqr` (MIT, about 4 KB gzip),
 * which is loaded on first use with a dynamic import, so it is not in the first chunk. Once loaded the
 * encoder is kept, and a code can be drawn synchronously (the handout is built in `beforeprint`).
 */

/** The dark modules of a QR code, `modules[y][x]`, quiet zone included. */
export interface QrMatrix {
  size: number
  modules: boolean[][]
}

export type QrEncoder = (text: string) => QrMatrix

/** Modules of quiet zone around the code (the standard asks for 4). */
export const QR_QUIET_ZONE = 4

let encoder: QrEncoder | null = null
let loading: Promise<QrEncoder> | null = null

/** The encoder, once `loadQrEncoder` has finished; null before. */
export function qrEncoderIfLoaded(): QrEncoder | null {
  return encoder
}

/** Loads the QR encoder (once per page). Error correction M: the code survives a fold or a smudge on paper. */
export function loadQrEncoder(): Promise<QrEncoder> {
  loading ??= import('uqr').then(
    ({ encode }) => {
      encoder = (text) => {
        const qr = encode(text, { ecc: 'M', border: QR_QUIET_ZONE })
        return { size: qr.size, modules: qr.data }
      }
      return encoder
    },
    (e: unknown) => {
      loading = null
      throw e
    },
  )
  return loading
}

/** An SVG path of the dark modules (one unit per module; horizontal runs merged into one rectangle). */
export function qrPath({ modules }: QrMatrix): string {
  let d = ''
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++
        continue
      }
      let end = x
      while (end < row.length && row[end]) end++
      d += `M${x} ${y}h${end - x}v1h${x - end}z`
      x = end
    }
  })
  return d
}

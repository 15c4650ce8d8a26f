/**
 * Snapshots carry a caption: a band under the image with what is shown and the disclaimer
 * ("explains, does not diagnose"), and the same text in the PNG's metadata (an iTXt "Description"
 * chunk, UTF-8), so a saved or printed snapshot is never without it.
 */
import { describeShort, type Catalog } from '../content/index.ts'
import type { SceneView } from '../scene-state/view.ts'

/** The caption's lines: a short title of the state, then the disclaimer. */
export function snapshotCaptionLines(view: SceneView, catalog: Catalog, notes: readonly string[] = []): string[] {
  return [describeShort(view, catalog.meta.locale), ...notes.map((n, i) => `${i + 1}. ${n}`), catalog.ui.disclaimer]
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff)

/** The PNG with an iTXt chunk (UTF-8 text, uncompressed) inserted right after its header chunk. */
export function addPngText(png: Uint8Array, keyword: string, text: string, language = ''): Uint8Array<ArrayBuffer> {
  if (!PNG_SIGNATURE.every((b, i) => png[i] === b)) throw new Error('addPngText: not a PNG')
  const utf8 = new TextEncoder().encode(text)
  const data = new Uint8Array([...ascii(keyword), 0, 0, 0, ...ascii(language), 0, 0, ...utf8])
  const typed = new Uint8Array([...ascii('iTXt'), ...data])
  const chunk = new Uint8Array(12 + data.length)
  const dv = new DataView(chunk.buffer)
  dv.setUint32(0, data.length)
  chunk.set(typed, 4)
  dv.setUint32(8 + data.length, crc32(typed))
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8)
  const out = new Uint8Array(png.length + chunk.length)
  out.set(png.subarray(0, ihdrEnd), 0)
  out.set(chunk, ihdrEnd)
  out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length)
  return out
}

/** The iTXt texts of a PNG by keyword (for hosts and tests that want the caption as text). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {}
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength)
  for (let at = 8; at + 12 <= png.length; ) {
    const length = dv.getUint32(at)
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8))
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length)
      const k = data.indexOf(0)
      const lang = data.indexOf(0, k + 3)
      const translated = data.indexOf(0, lang + 1)
      out[String.fromCharCode(...data.subarray(0, k))] = new TextDecoder().decode(data.subarray(translated + 1))
    }
    if (type === 'IEND') break
    at += 12 + length
  }
  return out
}

function wrap(ctx: OffscreenCanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word
    if (line && ctx.measureText(next).width > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** The image with the caption drawn in a band under it, as a PNG with the caption in its metadata. */
export async function captionSnapshot(image: Blob, lines: readonly string[], colors: { background: string; text: string }, language: string): Promise<Blob> {
  const bitmap = await createImageBitmap(image)
  const { width, height } = bitmap
  const fontPx = Math.max(11, Math.min(22, Math.round(width / 45)))
  const pad = Math.round(fontPx * 0.6)
  const lineHeight = Math.round(fontPx * 1.35)
  const measure = new OffscreenCanvas(1, 1).getContext('2d')!
  measure.font = `${fontPx}px system-ui, sans-serif`
  const wrapped = lines.flatMap((l) => wrap(measure, l, width - 2 * pad))
  const band = pad * 2 + wrapped.length * lineHeight
  const canvas = new OffscreenCanvas(width, height + band)
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = colors.background
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.drawImage(bitmap, 0, 0)
  bitmap.close()
  ctx.fillStyle = colors.text
  ctx.font = measure.font
  ctx.textBaseline = 'top'
  wrapped.forEach((l, i) => ctx.fillText(l, pad, height + pad + i * lineHeight))
  const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())
  return new Blob([addPngText(png, 'Description', lines.join('\n'), language)], { type: 'image/png' })
}

/**
 * The label texts of one viewer drawn into one canvas atlas (a row each), and the shader that
 * places every label quad in screen pixels (one mesh, one draw call for all labels).
 */
import { CanvasTexture, LinearFilter, NoColorSpace } from 'three'
import type { SceneTheme } from './materials.ts'

/** Label height on screen (CSS px). */
export const LABEL_HEIGHT_PX = 20

export interface AtlasRow {
  u0: number
  v0: number
  u1: number
  v1: number
  widthPx: number
}

const ATLAS_SCALE = 2
const ATLAS_WIDTH = 1024

/**
 * Draws every label text into one canvas (a row each) and, for the entries of `shortTexts` that are
 * not null, a shorter version of the text: at the right end of the same row where it fits (no extra
 * texture memory), else on a row of its own. Returns the texture and each text's rectangle.
 */
export function drawAtlas(
  texts: string[],
  theme: SceneTheme,
  shortTexts: ReadonlyArray<string | null> = [],
): { texture: CanvasTexture; rows: AtlasRow[]; shortRows: Array<AtlasRow | null> } | null {
  if (typeof document === 'undefined') return null
  const px = LABEL_HEIGHT_PX * ATLAS_SCALE
  const canvas = document.createElement('canvas')
  canvas.width = ATLAS_WIDTH
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  const font = `500 ${Math.round(px * 0.62)}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`
  ctx.font = font
  const widthOf = (text: string) => Math.min(ATLAS_WIDTH - 4, Math.ceil(ctx.measureText(text).width + px * 0.6))
  // layout: [text, x, row, width] for every box
  const boxes: Array<{ text: string; x: number; row: number; w: number }> = texts.map((text, i) => ({ text, x: 0, row: i, w: widthOf(text) }))
  let rowCount = texts.length
  const shortBoxes = texts.map((_, i) => {
    const text = shortTexts[i]
    if (text === null || text === undefined) return null
    const w = widthOf(text)
    const box = boxes[i].w + 8 + w <= ATLAS_WIDTH ? { text, x: ATLAS_WIDTH - w, row: i, w } : { text, x: 0, row: rowCount++, w }
    boxes.push(box)
    return box
  })
  // rows are spaced apart so texture filtering never mixes two labels
  const pitch = px + 6
  canvas.height = Math.max(1, 2 ** Math.ceil(Math.log2(pitch * rowCount)))
  // (resizing the canvas reset the context's state)
  ctx.font = font
  ctx.textBaseline = 'middle'
  const rowOf = (b: { text: string; x: number; row: number; w: number }): AtlasRow => {
    const y = b.row * pitch + 3
    ctx.fillStyle = theme.labelBackground
    ctx.beginPath()
    ctx.roundRect(b.x, y, b.w, px, px * 0.25)
    ctx.fill()
    ctx.fillStyle = theme.labelText
    ctx.fillText(b.text, b.x + px * 0.3, y + px * 0.54, b.w - px * 0.6)
    // texture v runs bottom-up (flipY)
    return { u0: b.x / ATLAS_WIDTH, u1: (b.x + b.w) / ATLAS_WIDTH, v1: 1 - y / canvas.height, v0: 1 - (y + px) / canvas.height, widthPx: b.w / ATLAS_SCALE }
  }
  const rows = boxes.slice(0, texts.length).map(rowOf)
  const shortRows = shortBoxes.map((b) => (b ? rowOf(b) : null))
  const texture = new CanvasTexture(canvas)
  // raw in, raw out: the shader writes the canvas colours unchanged (no colour-space or tone mapping)
  texture.colorSpace = NoColorSpace
  texture.generateMipmaps = false
  // premultiplied, so filtering at the box edges does not mix in the black of empty texels
  texture.premultiplyAlpha = true
  texture.minFilter = LinearFilter
  return { texture, rows, shortRows }
}

export const LABEL_VERTEX = /* glsl */ `
attribute vec2 corner;
attribute vec2 sizePx;
attribute float pivotX;
uniform vec2 viewport;
varying vec2 vUv;
void main() {
  vUv = uv;
  vec4 clip = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  vec2 offset = (corner - vec2(pivotX, 0.5)) * sizePx;
  clip.xy += offset * 2.0 / viewport * clip.w;
  gl_Position = clip;
}`
export const LABEL_FRAGMENT = /* glsl */ `
uniform sampler2D map;
varying vec2 vUv;
void main() {
  gl_FragColor = texture2D(map, vUv);
}`

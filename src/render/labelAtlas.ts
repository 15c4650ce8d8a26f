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

/** Draws every label text into one canvas (a row each); returns the texture and each row's rectangle. */
export function drawAtlas(texts: string[], theme: SceneTheme): { texture: CanvasTexture; rows: AtlasRow[] } | null {
  if (typeof document === 'undefined') return null
  const px = LABEL_HEIGHT_PX * ATLAS_SCALE
  const canvas = document.createElement('canvas')
  canvas.width = ATLAS_WIDTH
  // rows are spaced apart so texture filtering never mixes two labels
  const pitch = px + 6
  canvas.height = Math.max(1, 2 ** Math.ceil(Math.log2(pitch * texts.length)))
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  const font = `500 ${Math.round(px * 0.62)}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`
  ctx.font = font
  ctx.textBaseline = 'middle'
  const rows = texts.map((text, i) => {
    const w = Math.min(ATLAS_WIDTH - 4, Math.ceil(ctx.measureText(text).width + px * 0.6))
    const y = i * pitch + 3
    ctx.fillStyle = theme.labelBackground
    ctx.beginPath()
    ctx.roundRect(0, y, w, px, px * 0.25)
    ctx.fill()
    ctx.fillStyle = theme.labelText
    ctx.fillText(text, px * 0.3, y + px * 0.54, w - px * 0.6)
    // texture v runs bottom-up (flipY)
    return { u0: 0, u1: w / ATLAS_WIDTH, v1: 1 - y / canvas.height, v0: 1 - (y + px) / canvas.height, widthPx: w / ATLAS_SCALE }
  })
  const texture = new CanvasTexture(canvas)
  // raw in, raw out: the shader writes the canvas colours unchanged (no colour-space or tone mapping)
  texture.colorSpace = NoColorSpace
  texture.generateMipmaps = false
  // premultiplied, so filtering at the box edges does not mix in the black of empty texels
  texture.premultiplyAlpha = true
  texture.minFilter = LinearFilter
  return { texture, rows }
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

/**
 * Helpers for the render browser tests (tests/browser/render-*.test.tsx): mount an ExplainerCanvas
 * with react-dom (no act() around the Canvas), wait for frames and settling, read pixels.
 */
import { createRoot, type Root } from 'react-dom/client'
import type { RootState } from '@react-three/fiber'
import { Fragment, StrictMode, createRef } from 'react'
import { Vector3, type Object3D } from 'three'
import { ExplainerCanvas, type ExplainerCanvasApi, type ExplainerCanvasProps } from '../../src/render/ExplainerCanvas.tsx'

export function waitFor<T>(get: () => T | undefined | null | false, ms = 30_000, what = 'condition'): Promise<T> {
  const t0 = performance.now()
  return new Promise((resolve, reject) => {
    const tick = () => {
      let v: T | undefined | null | false
      try {
        v = get()
      } catch (e) {
        return reject(e)
      }
      if (v !== undefined && v !== null && v !== false) return resolve(v)
      if (performance.now() - t0 > ms) return reject(new Error(`timed out waiting for ${what}`))
      setTimeout(tick, 16)
    }
    tick()
  })
}
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export interface Mounted {
  host: HTMLDivElement
  root: Root
  api: { current: ExplainerCanvasApi | null }
  state: RootState
  /** number of renderer.render calls so far */
  frames(): number
  /** true after onSettled, reset by `expectSettle()` */
  settledFlag: { value: boolean; count: number }
  ready: Promise<void>
  node(name: string): Object3D
  /** CSS-pixel position of a world point in the canvas (origin top left) */
  project(p: Vector3): { x: number; y: number }
  /** RGBA at a CSS pixel (reads the drawing buffer; needs preserveDrawingBuffer) */
  pixel(x: number, y: number): [number, number, number, number]
  unmount(): void
}

/**
 * Mounts an ExplainerCanvas with dpr 1 and antialiasing off, unless `options.canvasDefaults`, which
 * leaves both to the props, else to the canvas's own defaults.
 */
export async function mountCanvas(
  props: ExplainerCanvasProps,
  size = { width: 320, height: 320 },
  options: { strict?: boolean; canvasDefaults?: boolean } = {},
): Promise<Mounted> {
  const host = document.createElement('div')
  host.style.cssText = `width:${size.width}px;height:${size.height}px`
  document.body.append(host)
  const root = createRoot(host)
  const api = createRef<ExplainerCanvasApi>() as { current: ExplainerCanvasApi | null }
  let state: RootState | null = null
  const settledFlag = { value: false, count: 0 }
  const readyBox: { resolve: () => void } = { resolve: () => undefined }
  const ready = new Promise<void>((r) => (readyBox.resolve = r))
  const Wrap = options.strict ? StrictMode : Fragment
  root.render(
    <Wrap>
    <ExplainerCanvas
      {...props}
      ref={api}
      dpr={options.canvasDefaults ? props.dpr : 1}
      antialias={options.canvasDefaults ? props.antialias : false}
      onCreated={(s) => (state = s)}
      onReady={() => {
        props.onReady?.()
        readyBox.resolve()
      }}
      onSettled={() => {
        settledFlag.value = true
        settledFlag.count++
      }}
    />
    </Wrap>,
  )
  const s = await waitFor(() => state, 30_000, 'canvas')
  await ready
  const node = (name: string) => {
    const o = s.scene.getObjectByName(name)
    if (!o) throw new Error(`no node ${name}`)
    return o
  }
  return {
    host,
    root,
    api,
    state: s,
    frames: () => s.gl.info.render.frame,
    settledFlag,
    ready,
    node,
    project(p) {
      const v = p.clone().project(s.camera)
      return { x: ((v.x + 1) / 2) * s.size.width, y: ((1 - v.y) / 2) * s.size.height }
    },
    pixel(x, y) {
      const gl = s.gl.getContext()
      const px = new Uint8Array(4)
      const dpr = s.gl.getPixelRatio()
      gl.readPixels(Math.round(x * dpr), Math.round(gl.drawingBufferHeight - 1 - y * dpr), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px)
      return [px[0], px[1], px[2], px[3]]
    },
    unmount() {
      root.unmount()
      host.remove()
    },
  }
}

/** Waits until onSettled fired after the last reset of the flag. */
export async function settle(m: Mounted, ms = 30_000) {
  await waitFor(() => m.settledFlag.value, ms, 'settled')
}

export function hex(c: string): [number, number, number] {
  const n = parseInt(c.replace('#', ''), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}
export function colourDistance(a: readonly number[], b: readonly number[]) {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
}
/** Smallest distance to `colour` among the pixels of a (2r+1)² square around (x, y). */
export function nearestInSquare(m: Mounted, x: number, y: number, r: number, colour: readonly number[]) {
  let best = Infinity
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) best = Math.min(best, colourDistance(m.pixel(x + dx, y + dy), colour))
  return best
}
export const worldPos = (o: Object3D) => o.getWorldPosition(new Vector3())

/** A PNG (or any blob) as base64, for a browser command that writes it to disk (screenshots, posters). */
export async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

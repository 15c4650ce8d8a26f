/** Shared helpers of the explainer browser tests (mount into a div with react-dom/client). */
import { createRoot, type Root } from 'react-dom/client'
import type { ReactNode } from 'react'
import { vi } from 'vitest'
import { resetWebGLProbe } from '../../src/platform/webgl.ts'

export const LOWPOLY = '/models/lumbar-psoas-lowpoly.glb'

export interface Mounted {
  host: HTMLDivElement
  root: Root
  unmount(): void
}

const mounted: Mounted[] = []

/** Mounts a React tree into a fresh div (not wrapped in act(): the canvas draws on its own). */
export function mount(node: ReactNode, width = 900): Mounted {
  const host = document.createElement('div')
  host.style.cssText = `width:${width}px`
  document.body.append(host)
  const root = createRoot(host)
  root.render(node)
  const m: Mounted = {
    host,
    root,
    unmount() {
      root.unmount()
      host.remove()
    },
  }
  mounted.push(m)
  return m
}

export function unmountAll(): void {
  while (mounted.length) mounted.pop()!.unmount()
}

/** Polls until `get` returns something other than undefined/null/false (every animation frame). */
export function waitFor<T>(get: () => T | undefined | null | false, ms = 20_000, what = 'condition'): Promise<T> {
  const t0 = performance.now()
  return new Promise((resolve, reject) => {
    const tick = () => {
      let v: T | undefined | null | false
      try {
        v = get()
      } catch {
        v = undefined
      }
      if (v !== undefined && v !== null && v !== false) return resolve(v)
      if (performance.now() - t0 > ms) return reject(new Error(`timed out waiting for ${what}`))
      requestAnimationFrame(tick)
    }
    tick()
  })
}

export function q<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const el = host.querySelector<T>(selector)
  if (!el) throw new Error(`not found: ${selector}`)
  return el
}

/** Whether `el` is wholly inside the visible part of `row` along x (a row that scrolls sideways clips the rest). */
export function wholeInRow(el: Element, row: Element): boolean {
  const b = el.getBoundingClientRect()
  const r = row.getBoundingClientRect()
  return b.left >= r.left - 0.5 && b.right <= r.right + 0.5
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * This browser without WebGL for the rest of the test: getContext('webgl…') returns null (2D
 * still works) and the cached probe forgets its answer. Undone by vi.restoreAllMocks() and a
 * resetWebGLProbe() in afterEach.
 */
export function withoutWebGL(): void {
  const original = HTMLCanvasElement.prototype.getContext
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement, id: string, ...rest: unknown[]) {
    if (id.startsWith('webgl')) return null
    return (original as (...a: unknown[]) => unknown).call(this, id, ...rest) as never
  } as typeof original)
  resetWebGLProbe()
}

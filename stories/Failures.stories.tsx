import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import { resetWebGLProbe } from '../src/platform/webgl.ts'
import { WASM_BLOCKED_MESSAGE } from '../src/platform/wasm.ts'
import { clearPsoasModelCache } from '../src/render/model.ts'
import { MeshoptDecoder } from 'three-stdlib'
import { baseArgs, explainerArgTypes, LOWPOLY_URL } from './explainer-story-helpers.tsx'

/**
 * What the explainer says when its 3D view cannot be shown: one story per failure kind. Each
 * message is in plain words; the technical detail is folded away under "Technical details" (and
 * passed to onError); the hint points "below" only where controls are below.
 */
const meta = {
  title: 'Explainer/Failures',
  component: PsoasExplainer,
  args: { ...baseArgs, height: 200, defaultState: { tightness: 0.66 } },
  argTypes: explainerArgTypes,
} satisfies Meta<typeof PsoasExplainer>
export default meta
type Story = StoryObj<typeof meta>

const alertOf = (el: HTMLElement, kind: string) =>
  waitFor(() => {
    const a = el.querySelector<HTMLElement>(`[role="alert"][data-error="${kind}"]`)
    if (!a) throw new Error(`no ${kind} message yet`)
    return a
  }, { timeout: 20_000 })

/** A valid glb of another model (no joints): "could not be shown", the missing node in the details. */
export const WrongModel: Story = {
  args: {
    modelUrl: `data:model/gltf-binary;base64,${btoa(
      (() => {
        const json = JSON.stringify({ asset: { version: '2.0' }, scene: 0, scenes: [{ nodes: [0] }], nodes: [{ name: 'root' }] }).padEnd(96, ' ')
        const head = new Uint32Array([0x46546c67, 2, 20 + json.length, json.length, 0x4e4f534a])
        return String.fromCharCode(...new Uint8Array(head.buffer)) + json
      })(),
    )}`,
  },
  play: async ({ canvasElement, args }) => {
    const alert = await alertOf(canvasElement, 'modelLoad')
    await expect(within(alert).getByText('Sorry, the 3D model could not be shown.')).toBeTruthy()
    await expect(within(alert).getByText('You can still read every chapter as text below.')).toBeTruthy()
    await expect(alert.querySelector('details')?.open).toBe(false)
    await expect(alert.querySelector('details')?.textContent).toContain('is missing')
    await waitFor(() => expect(args.onError).toHaveBeenCalled())
  },
}

/** A model that never arrives (the download stalls): after the (here shortened) timeout, a retry. */
export const SlowModel: Story = {
  args: { modelUrl: `${LOWPOLY_URL}?stalled`, timeouts: { load: 1500 }, controls: 'minimal' },
  beforeEach: () => {
    const original = window.fetch
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes('?stalled') ? new Promise<Response>(() => undefined) : original(input, init)
    return () => void (window.fetch = original)
  },
  play: async ({ canvasElement }) => {
    const loading = await within(canvasElement).findByText('Loading the 3D model… (we cannot tell how long it will take)')
    await expect(loading).toBeTruthy()
    const alert = await alertOf(canvasElement, 'timeout')
    await expect(within(alert).getByText('The 3D model is taking too long to load. Your connection may be slow.')).toBeTruthy()
    await expect(within(alert).getByText('The controls below still work and describe each change in words.')).toBeTruthy()
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy()
  },
}

/** The model's address in the WasmBlocked story (its own, so the page's cached model is not used). */
const WASM_BLOCKED_URL = `${LOWPOLY_URL}?wasm-blocked`
/** What Chromium rejects the decoder's WebAssembly with under `script-src 'self'` */
const cspRefusal = () =>
  new WebAssembly.CompileError(
    "WebAssembly.instantiate(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source of script in the following Content Security Policy directive: \"script-src 'self'\"",
  )

/**
 * A Content-Security-Policy without 'wasm-unsafe-eval' (README, "Embedding safely"): the browser
 * refuses to compile the meshopt decoder's WebAssembly. three-stdlib builds that decoder once per
 * page, so here its readiness carries the browser's refusal (Chromium's CompileError, word for word)
 * for this story only; from there the path is the real one (GLTFLoader → the model cache →
 * explainBlockedWasm → the error panel and onError). The served pages under such a CSP are tested
 * in tests/csp/strict-csp.test.ts.
 */
export const WasmBlocked: Story = {
  args: { modelUrl: WASM_BLOCKED_URL },
  beforeEach: () => {
    const decoder = (typeof MeshoptDecoder === 'function' ? MeshoptDecoder() : MeshoptDecoder) as unknown as { ready: Promise<void> }
    const ready = Object.getOwnPropertyDescriptor(decoder, 'ready')!
    // a new rejected promise at each read: the loader attaches its handler at once (nothing unhandled)
    Object.defineProperty(decoder, 'ready', { configurable: true, get: () => Promise.reject(cspRefusal()) })
    clearPsoasModelCache(WASM_BLOCKED_URL)
    return () => {
      Object.defineProperty(decoder, 'ready', ready)
      clearPsoasModelCache(WASM_BLOCKED_URL)
    }
  },
  play: async ({ canvasElement, args }) => {
    const alert = await alertOf(canvasElement, 'modelLoad')
    await expect(within(alert).getByText('Sorry, the 3D model could not be shown.')).toBeTruthy()
    // the page's developer reads which directive is missing, folded away and in onError
    await expect(alert.querySelector('details')?.open).toBe(false)
    await expect(alert.querySelector('details')?.textContent).toContain(WASM_BLOCKED_MESSAGE)
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'modelLoad', message: expect.stringContaining("'wasm-unsafe-eval'") })))
  },
}

/** No WebGL in this browser: said plainly, no retry, and no hint about "below" in the view-only mode. */
export const NoWebGL: Story = {
  args: { controls: 'none' },
  beforeEach: () => {
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, id: string, ...rest: unknown[]) {
      return id.startsWith('webgl') ? null : (original as (...a: unknown[]) => unknown).call(this, id, ...rest)
    } as typeof original
    resetWebGLProbe()
    return () => {
      HTMLCanvasElement.prototype.getContext = original
      resetWebGLProbe()
    }
  },
  play: async ({ canvasElement }) => {
    const alert = await alertOf(canvasElement, 'noWebgl')
    await expect(alert.textContent).toContain('This browser or device cannot show the 3D model.')
    await expect(alert.textContent).not.toContain('below')
    await expect(alert.querySelector('button')).toBeNull()
  },
}

/** No WebGL in the relaxed front view: the poster stays, with the message in a band under it. */
export const NoWebGLPoster: Story = {
  args: { controls: 'none', defaultState: {}, height: 320 },
  beforeEach: NoWebGL.beforeEach,
  play: async ({ canvasElement }) => {
    const alert = await alertOf(canvasElement, 'noWebgl')
    const img = await waitFor(() => {
      const i = canvasElement.querySelector<HTMLImageElement>('[data-testid="poster"] img')
      if (!i?.complete || i.naturalWidth === 0) throw new Error('poster not shown yet')
      return i
    })
    await expect(alert.getBoundingClientRect().height).toBeLessThan(img.getBoundingClientRect().height / 2)
  },
}

const loseContext = async (el: HTMLElement) => {
  const canvas = await waitFor(
    () => {
      const c = el.querySelector<HTMLElement>('.psoas-explainer__view[data-3d="drawn"] canvas') as HTMLCanvasElement | null
      if (!c) throw new Error('not drawn yet')
      return c
    },
    { timeout: 30_000 },
  )
  canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext()
}

/** The graphics stopped; the browser restores them by itself (here it is never asked to: the message stays). */
export const ContextLost: Story = {
  args: { timeouts: { contextRestore: 600_000 } },
  play: async ({ canvasElement, args }) => {
    await loseContext(canvasElement)
    const alert = await alertOf(canvasElement, 'contextLost')
    await expect(alert.textContent).toBe('The 3D view stopped for a moment and is starting again.')
    await expect(canvasElement.querySelector('canvas')).not.toBeNull()
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'contextLost' })))
  },
}

/** The graphics stopped and the browser did not restore them in time: "Try again" gives a new canvas. */
export const ContextLostForGood: Story = {
  args: { timeouts: { contextRestore: 300 } },
  play: async ({ canvasElement }) => {
    await loseContext(canvasElement)
    const alert = await alertOf(canvasElement, 'contextLost')
    await waitFor(() => expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy())
    await expect(alert.textContent).toContain('The 3D view stopped and did not start again by itself.')
  },
}

/**
 * Something inside the explainer throws while drawing (simulated here: the browser's number
 * formatting fails while the readout is drawn): the error boundary shows the plain message with the
 * detail folded away, reports `render` to onError, and the host page around it keeps working.
 */
export const Crash: Story = {
  beforeEach: () => {
    const original = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
      configurable: true,
      get() {
        throw new Error('simulated bug: number formatting failed')
      },
    })
    // React logs every error its boundary catches (console.error, "React will try to recreate this
    // component tree…"): the simulated one is expected here, so only that one is kept out of the log
    const consoleError = console.error
    console.error = (...args: unknown[]) => {
      if (args.some((a) => String(a instanceof Error ? a.message : a).includes('simulated bug'))) return
      consoleError(...args)
    }
    return () => {
      Object.defineProperty(Intl.NumberFormat.prototype, 'format', original)
      console.error = consoleError
    }
  },
  play: async ({ canvasElement, args }) => {
    const alert = await alertOf(canvasElement, 'render')
    await expect(alert.textContent).toContain('Sorry, something went wrong with this explainer.')
    await expect(alert.querySelector('details')?.open).toBe(false)
    await expect(alert.querySelector('details')?.textContent).toContain('simulated bug: number formatting failed')
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'render' })))
    // the story's own root (the host page) is still there around the message
    await expect(canvasElement.isConnected).toBe(true)
  },
}

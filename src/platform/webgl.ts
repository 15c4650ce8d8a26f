/**
 * The one WebGL probe of the page: can this browser create a WebGL context, and does it draw in
 * software? Probed once per page with a throw-away context that is released at once (a page holds
 * only about 16 live contexts), then cached for every viewer. No React, no three.js: the text part of
 * the explainer asks before the 3D code is downloaded.
 *
 * Software rasterisers (SwiftShader, llvmpipe/softpipe, Microsoft's Basic Render Driver) pay for
 * multisampling several times over: measured here (SwiftShader, the demo at 646x560 CSS px, dpr 1)
 * a frame took ~320 ms with antialiasing and ~130 ms without, so the canvas turns antialiasing off
 * and draws one pixel per CSS pixel on them unless told otherwise.
 */
export interface WebGLSupport {
  /** a WebGL2 (or WebGL) context can be created */
  available: boolean
  /** WebGL is drawn by the CPU */
  software: boolean
  /** the renderer string ('' when unknown) */
  renderer: string
}

/** True when a WebGL renderer string names a software rasteriser. */
export function isSoftwareRendererName(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer)
}

/** `name` of the error <PsoasScene> passes to onError when its WebGL context is lost (not a load failure). */
export const CONTEXT_LOST_ERROR_NAME = 'WebGLContextLost'

let cached: WebGLSupport | null = null

/** The cached probe (false/empty without a DOM). */
export function probeWebGL(): WebGLSupport {
  if (cached) return cached
  const result: WebGLSupport = { available: false, software: false, renderer: '' }
  try {
    if (typeof document !== 'undefined') {
      const canvas = document.createElement('canvas')
      canvas.width = 1
      canvas.height = 1
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null
      if (gl) {
        result.available = true
        const info = gl.getExtension('WEBGL_debug_renderer_info')
        result.renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '')
        result.software = isSoftwareRendererName(result.renderer)
        gl.getExtension('WEBGL_lose_context')?.loseContext()
      }
    }
  } catch {
    // a browser that throws on getContext has no usable WebGL
  }
  cached = result
  return result
}

/** Whether this browser can create a WebGL2 (or WebGL) context. */
export function hasWebGL(): boolean {
  return probeWebGL().available
}

/** True when this browser draws WebGL in software. */
export function isSoftwareRenderer(): boolean {
  return probeWebGL().software
}

/** Forget the cached probe (tests that stub getContext). */
export function resetWebGLProbe(): void {
  cached = null
}

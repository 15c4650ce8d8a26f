/**
 * Software-renderer detection. WebGL drawn by the CPU (SwiftShader, llvmpipe/softpipe, Microsoft's
 * Basic Render Driver) pays for multisampling several times over: measured here (SwiftShader, the
 * demo at 646x560 CSS px, dpr 1) a frame took ~320 ms with antialiasing and ~130 ms without, so
 * <ExplainerCanvas> turns antialiasing off on such renderers and draws one pixel per CSS pixel,
 * unless asked otherwise.
 */

/** True when a WebGL renderer string names a software rasteriser. */
export function isSoftwareRendererName(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer)
}

let cached: boolean | null = null

/**
 * True when this browser draws WebGL in software. Probed once per page with a throw-away context
 * (released at once: browsers cap live contexts); false without a DOM or WebGL.
 */
export function isSoftwareRenderer(): boolean {
  if (cached !== null) return cached
  cached = false
  if (typeof document === 'undefined') return cached
  try {
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null
    if (!gl) return cached
    const info = gl.getExtension('WEBGL_debug_renderer_info')
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '')
    cached = isSoftwareRendererName(name)
    gl.getExtension('WEBGL_lose_context')?.loseContext()
  } catch {
    cached = false
  }
  return cached
}

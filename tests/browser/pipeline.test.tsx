/**
 * Proves the browser pipeline the rest of the suite stands on: real Chromium, WebGL2 through
 * SwiftShader, an R3F <Canvas> that draws a frame, and pixels read back from it.
 */
import { afterEach, expect, test } from 'vitest'
import { createRoot, type Root } from 'react-dom/client'
import { Canvas } from '@react-three/fiber'

let root: Root | undefined
let host: HTMLDivElement | undefined
afterEach(() => {
  root?.unmount()
  host?.remove()
})

function waitFor<T>(get: () => T | undefined, ms = 20_000): Promise<T> {
  const t0 = performance.now()
  return new Promise((resolve, reject) => {
    const tick = () => {
      const v = get()
      if (v !== undefined) return resolve(v)
      if (performance.now() - t0 > ms) return reject(new Error('timed out'))
      requestAnimationFrame(tick)
    }
    tick()
  })
}

test('an R3F canvas draws a WebGL2 frame with the mesh colour where the mesh is', async () => {
  host = document.createElement('div')
  host.style.cssText = 'width:200px;height:200px'
  document.body.append(host)
  let drawn = false
  let gl: WebGL2RenderingContext | undefined
  root = createRoot(host)
  root.render(
    <Canvas
      frameloop="demand"
      flat
      dpr={1}
      gl={{ antialias: false, preserveDrawingBuffer: true }}
      camera={{ position: [0, 0, 3] }}
      onCreated={(s) => {
        gl = s.gl.getContext() as WebGL2RenderingContext
        s.gl.setClearColor('#000000')
      }}
    >
      {/* a red plane in the centre of the view; unlit and not tone-mapped (flat), so the colour is exact */}
      <mesh onAfterRender={() => (drawn = true)}>
        <planeGeometry args={[1, 1]} />
        <meshBasicMaterial color="#ff0000" />
      </mesh>
    </Canvas>,
  )
  await waitFor(() => (drawn && gl ? true : undefined))
  expect(gl).toBeInstanceOf(WebGL2RenderingContext)
  const px = new Uint8Array(4)
  const read = (x: number, y: number) => {
    gl!.readPixels(x, y, 1, 1, gl!.RGBA, gl!.UNSIGNED_BYTE, px)
    return [...px]
  }
  // centre: the red plane; corner: the black clear colour
  const w = gl!.drawingBufferWidth
  const h = gl!.drawingBufferHeight
  expect(read(w >> 1, h >> 1)).toEqual([255, 0, 0, 255])
  expect(read(2, 2)).toEqual([0, 0, 0, 255])
})

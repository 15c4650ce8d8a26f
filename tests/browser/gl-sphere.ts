/**
 * A tiny real-WebGL bench for material tests: a SIZE × SIZE canvas, a lit 2 cm sphere in front of the camera, and
 * `draw` (render with a material, read the pixels back; GL order, row 0 at the bottom).
 */
import { DirectionalLight, HemisphereLight, Mesh, PerspectiveCamera, Scene, SphereGeometry, WebGLRenderer, type Camera, type ColorRepresentation, type Material } from 'three'

export const SIZE = 96

export function makeRenderer(clear?: ColorRepresentation): WebGLRenderer {
  const canvas = document.createElement('canvas')
  canvas.width = SIZE
  canvas.height = SIZE
  const r = new WebGLRenderer({ canvas, antialias: false })
  r.setSize(SIZE, SIZE, false)
  if (clear !== undefined) r.setClearColor(clear)
  return r
}

/** Hemisphere light and a key light from `keyFrom`, a 35° camera 9 cm in front of a 2 cm sphere. */
export function litSphere(keyFrom: [number, number, number] = [0.6, 1.2, 1.5]): { scene: Scene; camera: PerspectiveCamera; mesh: Mesh } {
  const scene = new Scene()
  scene.add(new HemisphereLight('#ffffff', '#8a8f99', 1.1))
  const key = new DirectionalLight('#ffffff', 1.6)
  key.position.set(...keyFrom)
  scene.add(key)
  const camera = new PerspectiveCamera(35, 1, 0.01, 10)
  camera.position.set(0, 0, 0.09)
  const mesh = new Mesh(new SphereGeometry(0.02, 48, 32))
  scene.add(mesh)
  return { scene, camera, mesh }
}

export function draw(r: WebGLRenderer, scene: Scene, camera: Camera, mesh: Mesh, material: Material): Uint8Array {
  mesh.material = material
  r.render(scene, camera)
  const gl = r.getContext()
  const px = new Uint8Array(SIZE * SIZE * 4)
  gl.readPixels(0, 0, SIZE, SIZE, gl.RGBA, gl.UNSIGNED_BYTE, px)
  return px
}

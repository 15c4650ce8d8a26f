/**
 * The model card's extra views (issue 9, item 7), opened by scripts/model-card/capture-card.ts. URL parameter `shot`:
 * - `side-cutaway`: the product's own scene (ExplainerCanvas from src/render, light theme, relaxed standing,
 *   labels off) with a free camera in the Side preset's direction (from the patient's right, 3.4° above),
 *   closer than the preset so that L1 to the hips fill the picture. The near hip bone's cut-away and the
 *   near psoas and iliacus fading are src/render/SideCutaway.tsx's, exactly as in the app.
 * - `l4-top`, `l4-side` (any level: `l5-top`, …): that vertebra alone from models/lumbar-psoas.glb at the bind
 *   pose, plain three.js, orthographic, in its reference frame (anatomy reference §3: origin bodyCentreL4, +y along the chord,
 *   rotated about X by chordLeanDeg): from above (cranial, anterior up, the patient's right on the right)
 *   and from the patient's right (anterior on the right), at the same scale, with a 10 mm bar.
 * Sets window.cardReady = true when the picture is drawn.
 * Not in scripts/models/: every .ts file there is a build input hashed into the glb (scripts/models/hash.ts).
 */
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import ref from '../../../reference/anatomy-reference.json'

const params = new URLSearchParams(location.search)
const shot = params.get('shot') ?? 'l4-top'
const root = document.getElementById('view') as HTMLDivElement
const ready = () => ((window as unknown as { cardReady: boolean }).cardReady = true)

/** Free camera of the side cut-away view: the Side preset's direction, nearer and centred on L1–hips. */
const SIDE_CUTAWAY_CAMERA = (() => {
  const target: [number, number, number] = [0, 0.01, -0.075]
  const dir = new THREE.Vector3(-1, 0.06, 0).normalize()
  const distance = 0.72
  const p = new THREE.Vector3(...target).addScaledVector(dir, distance)
  return { position: [p.x, p.y, p.z] as [number, number, number], target }
})()

async function sideCutaway(): Promise<void> {
  const [{ createRoot }, { ExplainerCanvas }, { createSceneStore, DEFAULT_LAYERS }] = await Promise.all([
    import('react-dom/client'),
    import('../../../src/render/ExplainerCanvas.tsx'),
    import('../../../src/scene-state/index.ts'),
  ])
  const store = createSceneStore({ camera: SIDE_CUTAWAY_CAMERA, layers: { ...DEFAULT_LAYERS, labels: false } })
  createRoot(root).render(
    <ExplainerCanvas
      store={store}
      modelUrl="/models/lumbar-psoas.glb"
      settleImmediately
      dpr={1}
      antialias
      onSettled={() => requestAnimationFrame(() => requestAnimationFrame(ready))}
    />,
  )
}

interface VertebraRef {
  chordLeanDeg: number
  bodyCentreLandmark: string
}

async function vertebra(level: 'L1' | 'L2' | 'L3' | 'L4' | 'L5', view: 'top' | 'side'): Promise<void> {
  document.body.classList.add('dark')
  const pxPerMm = Number(params.get('pxmm') ?? 6.5)
  const w = window.innerWidth
  const h = window.innerHeight
  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
  renderer.setPixelRatio(1)
  renderer.setSize(w, h)
  renderer.setClearColor(0x20242b)
  root.appendChild(renderer.domElement)

  // L4's reference frame in world (glTF) coordinates: +x patient left, +y along the chord, +z anterior
  const v = (ref.vertebrae as unknown as Record<string, VertebraRef>)[level]
  const centre = new THREE.Vector3(...(ref.landmarks as Record<string, { position_m: number[] }>)[v.bodyCentreLandmark].position_m)
  const lean = THREE.MathUtils.degToRad(v.chordLeanDeg)
  const ax = new THREE.Vector3(1, 0, 0)
  const ay = new THREE.Vector3(0, Math.cos(lean), Math.sin(lean))
  const az = new THREE.Vector3(0, -Math.sin(lean), Math.cos(lean))

  const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).loadAsync('/models/lumbar-psoas.glb')
  const scene = new THREE.Scene()
  scene.add(gltf.scene)
  gltf.scene.updateMatrixWorld(true)
  const id = `vertebra${level}`
  const own = (o: THREE.Object3D): boolean => {
    for (let p: THREE.Object3D | null = o; p; p = p.parent) if (p.name === id) return true
    return false
  }
  const meshes: THREE.Mesh[] = []
  gltf.scene.traverse((o) => {
    const m = o as THREE.Mesh
    if (!m.isMesh) return
    m.frustumCulled = false
    if (own(m)) meshes.push(m)
    else m.visible = false
  })
  if (!meshes.length) throw new Error(`no mesh for ${id}`)

  // extent of the vertebra in its frame (bind pose: vertex positions through skinning and world matrices)
  const lo = new THREE.Vector3(Infinity, Infinity, Infinity)
  const hi = new THREE.Vector3(-Infinity, -Infinity, -Infinity)
  const p = new THREE.Vector3()
  const d = new THREE.Vector3()
  for (const m of meshes) {
    const n = m.geometry.getAttribute('position').count
    for (let i = 0; i < n; i++) {
      m.getVertexPosition(i, p)
      m.localToWorld(p)
      d.copy(p).sub(centre)
      const l = new THREE.Vector3(d.dot(ax), d.dot(ay), d.dot(az))
      lo.min(l)
      hi.max(l)
    }
  }
  const mid = lo.clone().add(hi).multiplyScalar(0.5)
  const lookAt = centre.clone().addScaledVector(ax, mid.x).addScaledVector(ay, mid.y).addScaledVector(az, mid.z)

  // orthographic, fixed scale (same in both views): half sizes in metres
  const hw = w / 2 / pxPerMm / 1000
  const hh = h / 2 / pxPerMm / 1000
  const camera = new THREE.OrthographicCamera(-hw, hw, hh, -hh, 0.001, 1)
  // the picture's centre sits a little below the middle of the canvas: room for the caption at the top
  const shiftUp = 28 / pxPerMm / 1000
  if (view === 'top') {
    camera.up.copy(az)
    camera.position.copy(lookAt).addScaledVector(ay, 0.3)
  } else {
    camera.up.copy(ay)
    camera.position.copy(lookAt).addScaledVector(ax, -0.3)
  }
  camera.lookAt(lookAt)
  camera.updateMatrixWorld()
  const upScreen = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 1)
  camera.position.addScaledVector(upScreen, shiftUp)
  camera.updateMatrixWorld()

  scene.add(new THREE.HemisphereLight(0xffffff, 0x445066, 1.0))
  // a key light from over the viewer's left shoulder and a weak fill from the other side
  const right = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 0)
  const toViewer = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 2)
  const light = (intensity: number, r: number, u: number) => {
    const l = new THREE.DirectionalLight(0xffffff, intensity)
    l.position.copy(lookAt).add(toViewer).addScaledVector(right, r).addScaledVector(upScreen, u)
    l.target.position.copy(lookAt)
    scene.add(l, l.target)
  }
  light(2.6, -0.9, 1)
  light(0.6, 1, -0.3)
  renderer.render(scene, camera)

  // caption, orientation words and a 10 mm bar (HTML over the canvas; the capture takes the page)
  const caption = document.createElement('div')
  caption.className = 'caption'
  caption.innerHTML =
    view === 'top'
      ? `<b>${level} from above</b> (cranial view, orthographic, bind pose)<br>anterior up · the patient's right on the right`
      : `<b>${level} from the side</b> (the patient's right, orthographic, bind pose)<br>anterior on the right · cranial up`
  root.append(caption)
  const tag = (text: string, css: string) => {
    const t = document.createElement('div')
    t.className = 'tag'
    t.textContent = text
    t.style.cssText = css
    root.append(t)
  }
  if (view === 'top') {
    tag('anterior', 'top:62px;left:50%;transform:translateX(-50%)')
    tag('posterior', 'bottom:12px;left:50%;transform:translateX(-50%)')
    tag("patient's left", 'left:12px;top:150px')
    tag("patient's right", 'right:12px;top:150px')
  } else {
    tag('posterior', 'left:12px;top:90px')
    tag('anterior', 'right:12px;top:90px')
  }
  const bar = document.createElement('div')
  bar.className = 'bar'
  bar.style.cssText = `right:24px;bottom:28px;width:${10 * pxPerMm}px`
  bar.innerHTML = '<span>10 mm</span>'
  root.append(bar)
  requestAnimationFrame(() => requestAnimationFrame(ready))
}

if (shot === 'side-cutaway') await sideCutaway()
else {
  // l<level>-<top|side>, e.g. l4-top (the model card's) or l5-top
  const m = /^l([1-5])-(top|side)$/.exec(shot) ?? ['', '4', 'top']
  await vertebra(`L${m[1]}` as 'L1' | 'L2' | 'L3' | 'L4' | 'L5', m[2] as 'top' | 'side')
}

/**
 * Plain three.js preview of models/lumbar-psoas.glb (no React). URL parameters:
 *   view=front|side|back|oblique|backOblique|top   dist=m ty=m tz=m (camera distance and target)   model=full|low   layers=bones,discs,muscles,nerves   tense=0..1
 *   hipFlex=deg (both hips relative to the pelvis, + = flexion)   tilt=deg (pelvis, + = anterior)
 *   lumbarFlex=deg (spread over the five segments, + = flexion)   ui=0 (hide the caption)
 *   patches=0..1 (draw the symptom patch overlay at this intensity with the app's shader (symptomShader.ts): hatching
 *   from the rest position, a rim from `_rim`; 0 = hidden, the default). Structures with baked occlusion (`_ao`) are
 *   darkened as the app darkens them (materials.ts bakedOcclusion).
 * Sets window.modelReady = true after the first frame with the model.
 */
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import manifest from '../../../models/lumbar-psoas.manifest.json'
import { patchShader } from '../../../src/render/symptomShader.ts'
import { bakedOcclusion, geometryUnit } from '../../../src/render/materials.ts'

const params = new URLSearchParams(location.search)
const view = params.get('view') ?? 'oblique'
const file = params.get('model') === 'low' ? 'lumbar-psoas-lowpoly.glb' : 'lumbar-psoas.glb'
const layers = new Set((params.get('layers') ?? 'bones,discs,muscles,nerves').split(','))
const tense = Number(params.get('tense') ?? 0)
const hipFlex = Number(params.get('hipFlex') ?? 0)
const tilt = Number(params.get('tilt') ?? 0)
const lumbarFlex = Number(params.get('lumbarFlex') ?? 0)
const patchIntensity = Number(params.get('patches') ?? 0)

/** The symptom overlay drawn with the app's own shader (hatched along x + y, a solid rim), every patch at `intensity`. */
function patchMaterial(mesh: THREE.Mesh, intensity: number): THREE.Material {
  const m = new THREE.MeshLambertMaterial({ color: '#ff5a36', emissive: '#ff5a36', emissiveIntensity: 0.35, transparent: true, depthWrite: false, side: THREE.DoubleSide })
  m.forceSinglePass = true
  const n = Math.max(1, ((mesh.userData.patches as unknown[] | undefined) ?? []).length)
  m.onBeforeCompile = patchShader(new Float32Array(n).fill(intensity), { uUnit: { value: geometryUnit(mesh) } })
  return m
}

/** The glb's own material with the app's baked-occlusion darkening (the `_ao` levels), as the app draws it. */
function occludedMaterial(material: THREE.Material): THREE.Material {
  const m = material.clone()
  m.onBeforeCompile = bakedOcclusion
  m.customProgramCacheKey = () => 'preview:ao'
  return m
}

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
renderer.setPixelRatio(1)
renderer.setSize(window.innerWidth, window.innerHeight)
renderer.setClearColor(0x20242b)
document.body.appendChild(renderer.domElement)
const scene = new THREE.Scene()
scene.add(new THREE.HemisphereLight(0xffffff, 0x445066, 1.6))
const key = new THREE.DirectionalLight(0xffffff, 2.2)
key.position.set(0.5, 1, 1.2)
scene.add(key)
const rim = new THREE.DirectionalLight(0xffffff, 0.8)
rim.position.set(-1, 0.3, -1)
scene.add(rim)

const aspect = window.innerWidth / window.innerHeight
const camera = new THREE.PerspectiveCamera(30, aspect, 0.01, 10)
const target = new THREE.Vector3(0, Number(params.get('ty') ?? -0.05), Number(params.get('tz') ?? -0.07))
const dist = Number(params.get('dist') ?? 1.05)
const dirs: Record<string, [number, number, number]> = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  side: [-1, 0, 0],
  oblique: [-0.75, 0.3, 0.85],
  backOblique: [-0.8, 0.35, -0.8],
  top: [0, 1, 0.001],
}
const d = new THREE.Vector3(...(dirs[view] ?? dirs.oblique)).normalize()
camera.position.copy(target).addScaledVector(d, dist)
camera.lookAt(target)

const layerOf = new Map<string, string>()
for (const s of (manifest as { structures: Array<{ id: string; layer: string }> }).structures) layerOf.set(s.id, s.layer)

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
loader.load(`/models/${file}`, (gltf) => {
  const model = gltf.scene
  model.traverse((o) => {
    const id = layerOf.has(o.name) ? o.name : layerOf.has(o.parent?.name ?? '') ? (o.parent?.name ?? '') : ''
    if (id && !layers.has(layerOf.get(id) ?? '')) o.visible = false
    const m = o as THREE.Mesh
    if (m.isMesh && m.name === 'symptomPatches') {
      m.visible = patchIntensity > 0
      m.material = patchMaterial(m, patchIntensity)
      m.renderOrder = 5
    }
    if (m.isMesh && m.geometry.hasAttribute('_ao')) m.material = occludedMaterial(m.material as THREE.Material)
    if (m.isMesh) {
      m.frustumCulled = false
      if (m.morphTargetInfluences && m.morphTargetDictionary && 'tense' in m.morphTargetDictionary)
        m.morphTargetInfluences[m.morphTargetDictionary.tense] = tense
    }
  })
  for (const n of ['hipLeft', 'hipRight']) {
    const h = model.getObjectByName(n)
    if (h) h.rotation.x = (-hipFlex * Math.PI) / 180
  }
  const pj = model.getObjectByName('pelvisJoint')
  if (pj) pj.rotation.x = (tilt * Math.PI) / 180
  for (const k of ['L5S1', 'L4L5', 'L3L4', 'L2L3', 'L1L2']) {
    const j = model.getObjectByName(`joint${k}`)
    if (j) j.rotation.x = (lumbarFlex / 5) * (Math.PI / 180)
  }
  scene.add(model)
  renderer.render(scene, camera)
  ;(window as unknown as { modelReady: boolean }).modelReady = true
})

// drag to orbit, wheel to zoom; renders only on change
const controls = new OrbitControls(camera, renderer.domElement)
controls.target.copy(target)
controls.update()
controls.addEventListener('change', () => renderer.render(scene, camera))
window.addEventListener('resize', () => {
  camera.aspect = window.innerWidth / window.innerHeight
  camera.updateProjectionMatrix()
  renderer.setSize(window.innerWidth, window.innerHeight)
  renderer.render(scene, camera)
})

const ui = document.getElementById('ui')
if (ui && params.get('ui') !== '0') ui.textContent = `${file} · view ${view} · layers ${[...layers].join(', ')}`
else if (ui) ui.remove()

/**
 * Plain three.js preview of models/lumbar-psoas.glb (no React). URL parameters:
 *   view=front|side|back|oblique|backOblique|top   dist=m ty=m tz=m (camera distance and target)   model=full|low   layers=bones,discs,muscles,nerves   tense=0..1
 *   hipFlex=deg (both hips relative to the pelvis, + = flexion)   tilt=deg (pelvis, + = anterior)
 *   lumbarFlex=deg (spread over the five segments, + = flexion)   ui=0 (hide the caption)
 *   patches=0..1 (draw the symptom patch overlay at this intensity with the app's hatch-and-rim look, from its
 *   `_patch`, `_rim`, `_hatch` attributes; 0 = hidden, the default)
 * Sets window.modelReady = true after the first frame with the model.
 */
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import manifest from '../../../models/lumbar-psoas.manifest.json'

const params = new URLSearchParams(location.search)
const view = params.get('view') ?? 'oblique'
const file = params.get('model') === 'low' ? 'lumbar-psoas-lowpoly.glb' : 'lumbar-psoas.glb'
const layers = new Set((params.get('layers') ?? 'bones,discs,muscles,nerves').split(','))
const tense = Number(params.get('tense') ?? 0)
const hipFlex = Number(params.get('hipFlex') ?? 0)
const tilt = Number(params.get('tilt') ?? 0)
const lumbarFlex = Number(params.get('lumbarFlex') ?? 0)
const patchIntensity = Number(params.get('patches') ?? 0)

/** The symptom overlay drawn as the app draws it: hatched (1 cm stripes along x + y), a solid 3.5 mm rim. */
function patchMaterial(intensity: number): THREE.Material {
  const m = new THREE.MeshLambertMaterial({ color: '#ff5a36', emissive: '#ff5a36', emissiveIntensity: 0.35, transparent: true, depthWrite: false, side: THREE.DoubleSide })
  m.forceSinglePass = true
  m.onBeforeCompile = (shader) => {
    shader.uniforms.uIntensity = { value: intensity }
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float _rim;\nattribute float _hatch;\nvarying float vRim;\nvarying float vHatch;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvRim = _rim;\nvHatch = _hatch;')
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nuniform float uIntensity;\nvarying float vRim;\nvarying float vHatch;')
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        {
          float k = clamp(uIntensity / 0.6, 0.0, 1.0);
          float h = abs(fract(vHatch / 0.01) - 0.5) * 2.0;
          float stripe = smoothstep(0.35, 0.65, h);
          float rim = 1.0 - smoothstep(0.0021, 0.0035, vRim);
          float a = mix(0.08 + 0.12 * k, 0.25 + 0.35 * k, stripe);
          a = max(a, rim * (0.55 + 0.40 * k));
          diffuseColor.a *= a;
        }`,
      )
      .replace('#include <normal_fragment_maps>', '#include <normal_fragment_maps>\ndiffuseColor.a *= mix(0.35, 1.0, abs(dot(normal, normalize(vViewPosition))));')
  }
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
      m.material = patchMaterial(patchIntensity)
      m.renderOrder = 5
    }
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

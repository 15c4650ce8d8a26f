/**
 * Two shader paths that read the model's compact vertex data, drawn in real WebGL:
 * - baked ambient occlusion: a structure material made for geometry with `_ao` levels darkens exactly where the levels
 *   are (0 leaves the colour as it is, 6 darkens it), for every structure kind (plain, muscle pattern, nerve swell);
 * - the symptom patches' hatching, taken from the rest position times the geometry's metres per unit: the same
 *   10 mm stripes whether the positions are stored in metres or in quantised units (× 0.25 m).
 */
import { afterEach, expect, test } from 'vitest'
import { BufferAttribute, HemisphereLight, Mesh, MeshLambertMaterial, OrthographicCamera, PlaneGeometry, Scene, type Material, type WebGLRenderer } from 'three'
import { SIZE, draw, litSphere, makeRenderer } from './gl-sphere.ts'
import { createStructureMaterials, resolveSceneTheme } from '../../src/render/materials.ts'
import { HATCH_PERIOD_M, RIM_RANGE_M, patchShader } from '../../src/render/symptomShader.ts'
import type { StructureId } from '../../src/scene-state/ids.ts'

let renderer: WebGLRenderer | null = null
afterEach(() => {
  renderer?.dispose()
  renderer?.forceContextLoss()
  renderer = null
})

/** Sum of R+G+B over the sphere's pixels (not the white background in `plain`) of the rows [y0, y1) (GL order: row 0 at the bottom). */
function brightness(px: Uint8Array, plain: Uint8Array, y0: number, y1: number): number {
  let s = 0
  for (let y = y0; y < y1; y++)
    for (let x = 0; x < SIZE; x++) {
      const i = (y * SIZE + x) * 4
      if (plain[i] + plain[i + 1] + plain[i + 2] < 760) s += px[i] + px[i + 1] + px[i + 2]
    }
  return s
}

test('baked occlusion: level 0 draws the plain colour, level 6 darkens it, for every structure kind', () => {
  renderer = makeRenderer('#ffffff')
  const { camera, scene, mesh } = litSphere([0, 0, 1])
  const geometry = mesh.geometry
  // the lower half of the sphere fully occluded (6), the upper half open (0)
  const pos = geometry.getAttribute('position')
  const ao = new Uint8Array(pos.count)
  for (let i = 0; i < pos.count; i++) ao[i] = pos.getY(i) < -0.002 ? 6 : 0
  geometry.setAttribute('_ao', new BufferAttribute(ao, 1))
  const ids: StructureId[] = ['pelvis', 'discL4L5', 'psoasMajorLeft', 'femoralRight']
  const theme = resolveSceneTheme(undefined)
  const withAo = createStructureMaterials(ids, theme, () => true)
  const plain = createStructureMaterials(ids, theme)
  for (const id of ids) {
    const a = draw(renderer, scene, camera, mesh, withAo.get(id)!.material)
    const b = draw(renderer, scene, camera, mesh, plain.get(id)!.material)
    // upper third (open): the same pixels; lower third (level 6): darker by about the baked step (6 × 0.07 of the
    // linear colour; the sRGB output and the lights' share make it less in the pixels)
    const top = brightness(a, b, 2 * (SIZE / 3), SIZE) / brightness(b, b, 2 * (SIZE / 3), SIZE)
    const bottom = brightness(a, b, 0, SIZE / 3) / brightness(b, b, 0, SIZE / 3)
    console.info(`[ao] ${id}: open ${top.toFixed(3)}, occluded ${bottom.toFixed(3)} of the plain material's brightness`)
    expect(Math.abs(top - 1), `${id} open part`).toBeLessThan(0.002)
    expect(bottom, `${id} occluded part`).toBeLessThan(0.85)
  }
  for (const m of [...withAo.values(), ...plain.values()]) m.material.dispose()
  geometry.dispose()
})

/** A 60 mm square facing the camera, its positions in units of `unit` metres (the mesh scaled back to metres). */
function patchPlane(unit: number): Mesh {
  const g = new PlaneGeometry(0.06 / unit, 0.06 / unit, 30, 30)
  const n = g.getAttribute('position').count
  g.setAttribute('_patch', new BufferAttribute(new Float32Array(n), 1))
  g.setAttribute('_rim', new BufferAttribute(new Float32Array(n).fill(1), 1)) // 25.5 mm from any border: no rim
  const material = new MeshLambertMaterial({ color: '#d02020', transparent: true, depthWrite: false })
  material.onBeforeCompile = patchShader(new Float32Array([0.6]), { uUnit: { value: unit } })
  material.customProgramCacheKey = () => 'test:patch'
  const mesh = new Mesh(g, material)
  mesh.scale.setScalar(unit)
  return mesh
}

test('symptom patch hatching: 10 mm diagonal stripes from the rest position, whatever the position unit', () => {
  renderer = makeRenderer('#ffffff')
  expect(RIM_RANGE_M).toBeGreaterThan(0.0035) // the rim (3.5 mm) lies inside the stored range
  const camera = new OrthographicCamera(-0.03, 0.03, 0.03, -0.03, 0.01, 1) // 60 mm across 96 px
  camera.position.set(0, 0, 0.5)
  const rows: number[][] = []
  for (const unit of [1, 0.25]) {
    const scene = new Scene()
    scene.add(new HemisphereLight('#ffffff', '#ffffff', 1))
    const mesh = patchPlane(unit)
    scene.add(mesh)
    const px = draw(renderer, scene, camera, mesh, mesh.material as Material)
    // green along the middle row: the white background shows through less where a stripe is dense
    rows.push(Array.from({ length: SIZE }, (_, x) => px[((SIZE / 2) * SIZE + x) * 4 + 1]))
    ;(mesh.material as Material).dispose()
    mesh.geometry.dispose()
  }
  // the same picture with positions in metres and in quarter-metre units
  const diff = Math.max(...rows[0].map((v, i) => Math.abs(v - rows[1][i])))
  expect(diff).toBeLessThanOrEqual(2)
  // stripes: along a row x + y grows 1:1 with x, so the pattern repeats every HATCH_PERIOD_M (16 px here)
  const row = rows[0]
  const periodPx = (HATCH_PERIOD_M / 0.06) * SIZE
  const lo = Math.min(...row)
  const hi = Math.max(...row)
  expect(hi - lo, 'stripes have contrast').toBeGreaterThan(30)
  let same = 0
  let shifted = 0
  for (let x = 0; x + periodPx < SIZE; x++) {
    same += Math.abs(row[x] - row[x + periodPx])
    shifted += Math.abs(row[x] - row[x + periodPx / 2])
  }
  expect(same, 'one period along: the same').toBeLessThan(shifted / 4)
})

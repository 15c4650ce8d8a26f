/**
 * Each renderer keeps its own copy of a material's uniforms; the structure materials leave the ones
 * their program cannot use out of it (src/render/materials.ts, `trimUniforms`). Here, in real WebGL:
 * the trimmed copy really is what the renderer holds, and every structure kind (plain, muscle fibre
 * pattern, nerve swell) draws exactly the same pixels as the same material with the full copy.
 */
import { afterEach, expect, test } from 'vitest'
import type { WebGLRenderer, WebGLProgramParametersWithUniforms } from 'three'
import { SIZE, draw, litSphere, makeRenderer } from './gl-sphere.ts'
import { createStructureMaterials, resolveSceneTheme, type StructureMaterial } from '../../src/render/materials.ts'
import type { StructureId } from '../../src/scene-state/ids.ts'

let renderer: WebGLRenderer | null = null
afterEach(() => {
  renderer?.dispose()
  renderer?.forceContextLoss()
  renderer = null
})

/** The same structure material, with the uniforms three cloned for it put back after its own patch and trim. */
function untrimmed(sm: StructureMaterial): StructureMaterial {
  const trimmedPatch = sm.material.onBeforeCompile.bind(sm.material)
  const material = sm.material.clone()
  material.customProgramCacheKey = sm.material.customProgramCacheKey
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms, r: WebGLRenderer) => {
    const all = { ...shader.uniforms }
    trimmedPatch(shader, r)
    for (const [k, v] of Object.entries(all)) if (!(k in shader.uniforms)) shader.uniforms[k] = v
  }
  return { ...sm, material: material as typeof sm.material }
}

test('structure materials hold trimmed uniforms in the renderer and draw the same pixels as with the full set', () => {
  renderer = makeRenderer()
  const { scene, camera, mesh } = litSphere()

  const ids: StructureId[] = ['vertebraL4', 'discL4L5', 'psoasMajorLeft', 'femoralRight']
  const mats = createStructureMaterials(ids, resolveSceneTheme(undefined))
  for (const id of ids) {
    const sm = mats.get(id)!
    const full = untrimmed(sm)
    // make the patches and tints show: a tight muscle's fibres, a swollen nerve, a glow
    for (const s of [sm, full]) {
      if (s.pattern) s.pattern.uTight.value = 0.8
      if (s.swell) s.swell.uSwell.value = 0.004
      s.material.emissive.setRGB(0.2, 0.05, 0)
    }
    const a = draw(renderer, scene, camera, mesh, sm.material)
    const b = draw(renderer, scene, camera, mesh, full.material)
    const lit = a.filter((_, i) => i % 4 === 0 && a[i] > 40).length
    expect(lit, `${id}: the sphere is drawn`).toBeGreaterThan(SIZE * SIZE * 0.1)
    let differing = 0
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++
    expect(differing, `${id}: pixels differing from the untrimmed material`).toBe(0)

    const held = renderer.properties.get(sm.material) as { uniforms: Record<string, unknown> }
    const heldFull = renderer.properties.get(full.material) as { uniforms: Record<string, unknown> }
    expect(held.uniforms, id).not.toHaveProperty('mapTransform')
    expect(held.uniforms, id).not.toHaveProperty('sheenColor')
    expect(held.uniforms, id).toHaveProperty('diffuse')
    expect(heldFull.uniforms, id).toHaveProperty('mapTransform')
    expect(Object.keys(held.uniforms).length, id).toBeLessThan(Object.keys(heldFull.uniforms).length * 0.6)
    full.material.dispose()
  }
  for (const sm of mats.values()) sm.material.dispose()
  mesh.geometry.dispose()
})

/**
 * What the viewers on a page share instead of each holding a copy: one scene theme object per set of
 * colours (so a host that hands over a new but equal theme object on every render does not make the
 * scene build its materials, label atlas and arc again), and structure materials that keep out of a
 * renderer's uniforms the map slots and transforms they never use.
 */
import { expect, test } from 'vitest'
import { MeshPhysicalMaterial, MeshStandardMaterial, ShaderLib, Texture, UniformsUtils } from 'three'
import { DARK_SCENE_THEME, LIGHT_SCENE_THEME, createStructureMaterials, resolveSceneTheme, trimUniforms } from '../../src/render/materials.ts'

test('equal colours resolve to the same frozen theme object, whatever object they came in', () => {
  const a = resolveSceneTheme(undefined)
  expect(resolveSceneTheme(undefined)).toBe(a)
  expect(resolveSceneTheme({})).toBe(a)
  expect(resolveSceneTheme({ ...LIGHT_SCENE_THEME })).toBe(a)
  expect(resolveSceneTheme({ bone: LIGHT_SCENE_THEME.bone })).toBe(a)
  expect(Object.isFrozen(a)).toBe(true)
  expect(a).toEqual(LIGHT_SCENE_THEME)
  const dark = resolveSceneTheme({ ...DARK_SCENE_THEME })
  expect(dark).not.toBe(a)
  expect(dark).toEqual(DARK_SCENE_THEME)
  expect(resolveSceneTheme({ ...DARK_SCENE_THEME })).toBe(dark)
  // a changed colour is a different theme
  const red = resolveSceneTheme({ bone: '#ff0000' })
  expect(red.bone).toBe('#ff0000')
  expect(red).not.toBe(a)
})

test('trimUniforms drops the slot and transform of each map the material lacks, and nothing else', () => {
  const material = new MeshStandardMaterial()
  const all = UniformsUtils.clone(ShaderLib.physical.uniforms) as Record<string, unknown>
  const uniforms = trimUniforms(all, material)
  const dropped = Object.keys(all).filter((k) => !(k in uniforms))
  expect(dropped.length).toBeGreaterThanOrEqual(60)
  for (const k of dropped) expect(k in ShaderLib.standard.uniforms ? k : 'physical-only').toMatch(/(^m|M)ap(Transform)?$|^physical-only$/)
  for (const k of ['map', 'mapTransform', 'aoMapTransform', 'clearcoatMapTransform', 'sheenColor', 'clearcoat', 'transmission']) expect(dropped).toContain(k)
  // a MeshPhysicalMaterial keeps its own uniforms
  expect(trimUniforms(all, new MeshPhysicalMaterial())).toHaveProperty('sheenColor')
  for (const k of ['diffuse', 'emissive', 'opacity', 'roughness', 'metalness', 'envMap', 'envMapRotation', 'envMapIntensity', 'ambientLightColor', 'directionalLights', 'hemisphereLights', 'spotLightMap', 'fogColor'])
    expect(uniforms, k).toHaveProperty(k)

  // a map the material has keeps its uniforms
  const withMap = new MeshStandardMaterial({ map: new Texture() })
  const kept = trimUniforms(all, withMap)
  expect(kept).toHaveProperty('map')
  expect(kept).toHaveProperty('mapTransform')
  expect(kept).not.toHaveProperty('aoMapTransform')
})

test('every structure material trims its uniforms when compiled, after its own shader patch', () => {
  const mats = createStructureMaterials(['vertebraL4', 'discL4L5', 'psoasMajorLeft', 'femoralRight'], resolveSceneTheme(undefined))
  for (const [id, { material, pattern, swell }] of mats) {
    const shader = {
      uniforms: UniformsUtils.clone(ShaderLib.physical.uniforms),
      vertexShader: ShaderLib.physical.vertexShader,
      fragmentShader: ShaderLib.physical.fragmentShader,
    }
    material.onBeforeCompile(shader as never, null as never)
    expect(shader.uniforms, id).not.toHaveProperty('mapTransform')
    expect(shader.uniforms, id).toHaveProperty('diffuse')
    // the shader patches' own uniforms survive the trim
    expect(shader.uniforms.uTight, id).toBe(pattern?.uTight)
    expect(shader.uniforms.uSwell, id).toBe(swell?.uSwell)
  }
  // materials without a shader patch keep sharing the programs of plain MeshStandardMaterials
  expect(mats.get('vertebraL4')!.material.customProgramCacheKey()).toBe(new MeshStandardMaterial().customProgramCacheKey())
  expect(mats.get('psoasMajorLeft')!.material.customProgramCacheKey()).toBe('psoas-explainer:muscle-pattern')
  expect(mats.get('femoralRight')!.material.customProgramCacheKey()).toBe('psoas-explainer:nerve-swell')
})

/**
 * Materials of one viewer: a theme (colours), per-structure materials, the psoas fibre pattern
 * (density and contrast grow with tightness, so the change is never colour alone) and the nerve
 * "swell" used to draw a compressed nerve thicker. Shader code is shared between instances through
 * three's program cache; uniform objects are per material.
 *
 * Memory per viewer (bench/heap-report.ts, n = 1 against n = 3): each renderer keeps, per material it
 * has drawn, its own clone of the shader's uniforms (three's `WebGLRenderer` properties). For a
 * MeshStandardMaterial that clone is the whole physical uniform set, ~9.7 KB of JS heap, most of it
 * the texture slots and the 3×3 transforms of 24 maps these materials never have and the entries only
 * a MeshPhysicalMaterial uses. `trimUniforms` leaves those out (see there why that is safe).
 */
import { Color, Material, Matrix4, MeshStandardMaterial, ShaderLib, type Mesh, type SkinnedMesh, type WebGLProgramParametersWithUniforms } from 'three'
import { structureInfo, type StructureId } from '../scene-state/ids.ts'
import { DARK_SCENE_THEME, LIGHT_SCENE_THEME, type SceneTheme } from '../theme/palette.ts'

// the colours come from the one palette (src/theme), shared with the UI
export { DARK_SCENE_THEME, LIGHT_SCENE_THEME, type SceneTheme }

/** Resolved themes by their values (a page has one or two; bounded all the same). */
const resolvedThemes = new Map<string, Readonly<SceneTheme>>()
const RESOLVED_THEMES_MAX = 16

/**
 * The full scene theme: `theme`'s known keys over the light defaults (other keys are ignored). The
 * same colours give the same (frozen) object, whatever object they came in: a host that builds its
 * theme object on every render (the explainer does) does not make the scene build its materials,
 * label atlas and arc again, and viewers with the same colours share one theme object.
 */
export function resolveSceneTheme(theme: Partial<SceneTheme> | undefined): Readonly<SceneTheme> {
  const out = { ...LIGHT_SCENE_THEME }
  if (theme)
    for (const k of Object.keys(out) as (keyof SceneTheme)[]) {
      const v = theme[k]
      if (v !== undefined) (out as Record<string, unknown>)[k] = v
    }
  const key = JSON.stringify(out)
  let cached = resolvedThemes.get(key)
  if (!cached) {
    if (resolvedThemes.size >= RESOLVED_THEMES_MAX) resolvedThemes.delete(resolvedThemes.keys().next().value!)
    cached = Object.freeze(out)
    resolvedThemes.set(key, cached)
  }
  return cached
}

/** Uniforms of the muscle fibre pattern (per material). */
export interface MusclePatternUniforms {
  uTight: { value: number }
  /** metres per unit of the geometry's position attribute (quantized glb geometry is not in metres) */
  uUnit: { value: number }
}
/** Uniforms of the nerve swell (per material). */
export interface NerveSwellUniforms {
  uSwell: { value: number }
  /** metres per unit of the geometry's position attribute */
  uUnit: { value: number }
}

/** Fibre period (m) when relaxed and when severely tight: the pattern gets denser as the muscle shortens. */
const FIBRE_PERIOD_RELAXED = 0.004
const FIBRE_PERIOD_TIGHT = 0.0022
const TWO_PI = Math.PI * 2

function musclePattern(uniforms: MusclePatternUniforms) {
  return (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms.uTight = uniforms.uTight
    shader.uniforms.uUnit = uniforms.uUnit
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vPatternPos;\nuniform float uUnit;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvPatternPos = position * uUnit;')
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vPatternPos;\nuniform float uTight;')
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        {
          // fibres run along the muscle (mostly vertical): stripes across x/z; tight muscles get
          // denser fibres, stronger contrast and cross-bands (a bunched look)
          float freq = ${(TWO_PI / FIBRE_PERIOD_RELAXED).toFixed(2)} + uTight * ${(TWO_PI / FIBRE_PERIOD_TIGHT - TWO_PI / FIBRE_PERIOD_RELAXED).toFixed(2)};
          float fib = 0.5 + 0.5 * sin((vPatternPos.x * 0.7 + vPatternPos.z) * freq);
          float band = 0.5 + 0.5 * sin(vPatternPos.y * ${(TWO_PI / 0.007).toFixed(2)});
          float pattern = mix(fib, fib * (0.4 + 0.6 * band), uTight);
          diffuseColor.rgb *= 1.0 - (0.12 + 0.38 * uTight) * (1.0 - pattern);
        }`,
      )
  }
}

/** Half-thickening of a fully compressed nerve (m), drawn by pushing vertices along their normal. */
export const NERVE_SWELL_MAX = 0.0012

function nerveSwell(uniforms: NerveSwellUniforms) {
  return (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms.uSwell = uniforms.uSwell
    shader.uniforms.uUnit = uniforms.uUnit
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nuniform float uSwell;\nuniform float uUnit;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\ntransformed += normalize(normal) * (uSwell / uUnit);')
  }
}

/**
 * How much one level of baked occlusion darkens the base colour: the model's `_AO` attribute stores a level per vertex
 * (0 open … 6), see scripts/models/ao.ts (AO_DEFAULTS.greyPerLevel, which a unit test holds equal to this).
 */
export const AO_GREY_PER_LEVEL = 0.07

/**
 * Baked ambient occlusion (the model's `_AO` vertex attribute, three's `_ao`): each level darkens the base colour, so
 * structures that lie against each other read apart without any per-frame cost. Only for geometry that has the
 * attribute (a missing one would read 0, harmless here, but the program would differ for nothing).
 */
export function bakedOcclusion(shader: WebGLProgramParametersWithUniforms): void {
  shader.vertexShader = shader.vertexShader
    .replace('#include <common>', '#include <common>\nattribute float _ao;\nvarying float vAo;')
    .replace('#include <begin_vertex>', '#include <begin_vertex>\nvAo = _ao;')
  shader.fragmentShader = shader.fragmentShader
    .replace('#include <common>', '#include <common>\nvarying float vAo;')
    .replace('#include <color_fragment>', `#include <color_fragment>\ndiffuseColor.rgb *= 1.0 - ${AO_GREY_PER_LEVEL.toFixed(3)} * vAo;`)
}

export interface StructureMaterial {
  material: MeshStandardMaterial
  /** base colour before load/compression/highlight tints */
  base: Color
  pattern?: MusclePatternUniforms
  swell?: NerveSwellUniforms
}

/** Uniforms of the physical shader that only a MeshPhysicalMaterial's program declares (clearcoat, sheen, transmission, ...). */
const PHYSICAL_ONLY = new Set(Object.keys(ShaderLib.physical.uniforms).filter((k) => !(k in ShaderLib.standard.uniforms)))

/**
 * A renderer's uniforms of a MeshStandardMaterial (three clones the whole physical set for it, ~90
 * entries) without what this material's program cannot use: the texture slot and 3×3 transform of
 * every map the material does not have (`map`, `aoMap`, `clearcoatMap`, ...: 24 maps, ~140 bytes per
 * transform) and, unless it is a MeshPhysicalMaterial, the physical-only entries. Returns a new
 * object (deleting from the clone would leave its large property dictionary).
 *
 * Safe because three declares a map's uniforms only under that map's define (set from the material's
 * own map) and writes them only when the material has the map, and declares and writes the
 * physical-only ones only for a MeshPhysicalMaterial; a material that later gets a map is compiled
 * again (a new program key) and trimmed against its new maps. The light, fog, environment and
 * clipping uniforms, which three wires up by name, are kept.
 */
export function trimUniforms<U extends Record<string, unknown>>(uniforms: U, material: Material): U {
  const own = material as unknown as Record<string, unknown>
  const physical = (material as Material & { isMeshPhysicalMaterial?: boolean }).isMeshPhysicalMaterial === true
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(uniforms)) {
    if (!physical && PHYSICAL_ONLY.has(key)) continue
    const map = key === 'mapTransform' || key.endsWith('MapTransform') ? key.slice(0, -'Transform'.length) : `${key}Transform` in uniforms ? key : null
    if (map !== null && !own[map]) continue
    out[key] = uniforms[key]
  }
  return out as U
}

/** The program cache key three gives a material without `onBeforeCompile`: trimmed materials share those programs. */
const PLAIN_PROGRAM_KEY = Material.prototype.onBeforeCompile.toString()

/**
 * One material per structure id (so focus/compression can tint one structure). Disposed by the owner. `occluded(id)`:
 * the structure's geometry carries baked ambient occlusion (`_ao`).
 */
export function createStructureMaterials(
  ids: Iterable<StructureId>,
  theme: SceneTheme,
  occluded: (id: StructureId) => boolean = () => false,
): Map<StructureId, StructureMaterial> {
  const out = new Map<StructureId, StructureMaterial>()
  for (const id of ids) {
    const { layer } = structureInfo(id)
    const colour =
      layer === 'bones' ? theme.bone : layer === 'discs' ? theme.disc : layer === 'muscles' ? theme.muscle : theme.nerve
    const material = new MeshStandardMaterial({
      color: colour,
      roughness: layer === 'bones' ? 0.75 : layer === 'nerves' ? 0.45 : 0.6,
      metalness: 0,
    })
    material.name = `psoas-explainer:${id}`
    const entry: StructureMaterial = { material, base: new Color(colour) }
    const ao = occluded(id)
    let patch: ((shader: WebGLProgramParametersWithUniforms) => void) | null = null
    if (layer === 'muscles') {
      const pattern: MusclePatternUniforms = { uTight: { value: 0 }, uUnit: { value: 1 } }
      patch = musclePattern(pattern)
      material.customProgramCacheKey = () => `psoas-explainer:muscle-pattern${ao ? '+ao' : ''}`
      entry.pattern = pattern
    } else if (layer === 'nerves') {
      const swell: NerveSwellUniforms = { uSwell: { value: 0 }, uUnit: { value: 1 } }
      patch = nerveSwell(swell)
      material.customProgramCacheKey = () => `psoas-explainer:nerve-swell${ao ? '+ao' : ''}`
      entry.swell = swell
    } else material.customProgramCacheKey = ao ? () => 'psoas-explainer:ao' : () => PLAIN_PROGRAM_KEY
    material.onBeforeCompile = (shader) => {
      patch?.(shader)
      if (ao) bakedOcclusion(shader)
      shader.uniforms = trimUniforms(shader.uniforms, material)
    }
    out.set(id, entry)
  }
  return out
}

const unitM = new Matrix4()
/**
 * Metres per unit of a mesh's position attribute. Quantized glb geometry (KHR_mesh_quantization)
 * is stored in a normalised box; for skinned meshes the dequantization sits in the bind/inverse-bind
 * matrices (the joints' rest transforms carry no scale), for rigid ones in the node transform.
 */
export function geometryUnit(mesh: Mesh): number {
  const s = mesh as SkinnedMesh
  if (s.isSkinnedMesh && s.skeleton?.boneInverses.length) return unitM.multiplyMatrices(s.skeleton.boneInverses[0], s.bindMatrix).getMaxScaleOnAxis()
  mesh.updateWorldMatrix(true, false)
  return mesh.matrixWorld.getMaxScaleOnAxis()
}

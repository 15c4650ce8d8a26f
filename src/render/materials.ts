/**
 * Materials of one viewer: a theme (colours), per-structure materials, the psoas fibre pattern
 * (density and contrast grow with tightness, so the change is never colour alone) and the nerve
 * "swell" used to draw a compressed nerve thicker. Shader code is shared between instances through
 * three's program cache; uniform objects are per material.
 */
import { Color, Matrix4, MeshStandardMaterial, type Mesh, type SkinnedMesh, type WebGLProgramParametersWithUniforms } from 'three'
import { structureInfo, type StructureId } from '../scene-state/ids.ts'

/** Colours of the 3D scene. Any CSS colour string three.js understands (#rgb, #rrggbb, rgb(), names). */
export interface SceneTheme {
  /** vertebrae, sacrum, pelvis, femurs */
  bone: string
  /** intervertebral discs at normal load */
  disc: string
  /** disc tint at the highest load shown */
  discLoaded: string
  /** psoas and iliacus when relaxed */
  muscle: string
  /** psoas when severely tight */
  muscleTight: string
  /** nerves */
  nerve: string
  /** a nerve that could be irritated (compressed), and the compression-site marker */
  nerveCompressed: string
  /** focused / hovered structure glow */
  highlight: string
  /** force arrows */
  force: string
  /** label text */
  labelText: string
  /** label background */
  labelBackground: string
  /** background of the 3D view; null = transparent (the page shows through) */
  canvasBackground: string | null
}

export const LIGHT_SCENE_THEME: Readonly<SceneTheme> = Object.freeze({
  bone: '#e9dfc9',
  disc: '#8fb7d8',
  discLoaded: '#e0703a',
  muscle: '#c0504d',
  muscleTight: '#8a1c2b',
  nerve: '#f2c62f',
  nerveCompressed: '#ff3d00',
  highlight: '#2f80ed',
  force: '#1f7a4d',
  labelText: '#1a1a1a',
  labelBackground: 'rgba(255,255,255,0.88)',
  canvasBackground: '#eef1f5',
})

export const DARK_SCENE_THEME: Readonly<SceneTheme> = Object.freeze({
  ...LIGHT_SCENE_THEME,
  bone: '#d8cfbb',
  disc: '#7aa6cc',
  muscle: '#d0605a',
  muscleTight: '#9c2336',
  force: '#4fd18b',
  highlight: '#6cb4ff',
  labelText: '#f2f2f2',
  labelBackground: 'rgba(20,24,30,0.85)',
  canvasBackground: '#0d1117',
})

/** The full scene theme: `theme`'s known keys over the light defaults (other keys are ignored). */
export function resolveSceneTheme(theme: Partial<SceneTheme> | undefined): SceneTheme {
  const out = { ...LIGHT_SCENE_THEME }
  if (theme)
    for (const k of Object.keys(out) as (keyof SceneTheme)[]) {
      const v = theme[k]
      if (v !== undefined) (out as Record<string, unknown>)[k] = v
    }
  return out
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

export interface StructureMaterial {
  material: MeshStandardMaterial
  /** base colour before load/compression/highlight tints */
  base: Color
  pattern?: MusclePatternUniforms
  swell?: NerveSwellUniforms
}

/** One material per structure id (so focus/compression can tint one structure). Disposed by the owner. */
export function createStructureMaterials(ids: Iterable<StructureId>, theme: SceneTheme): Map<StructureId, StructureMaterial> {
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
    if (layer === 'muscles') {
      const pattern: MusclePatternUniforms = { uTight: { value: 0 }, uUnit: { value: 1 } }
      material.onBeforeCompile = musclePattern(pattern)
      material.customProgramCacheKey = () => 'psoas-explainer:muscle-pattern'
      entry.pattern = pattern
    } else if (layer === 'nerves') {
      const swell: NerveSwellUniforms = { uSwell: { value: 0 }, uUnit: { value: 1 } }
      material.onBeforeCompile = nerveSwell(swell)
      material.customProgramCacheKey = () => 'psoas-explainer:nerve-swell'
      entry.swell = swell
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

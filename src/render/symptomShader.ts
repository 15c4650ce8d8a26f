/**
 * The symptom patches' shader (a MeshLambertMaterial extended in onBeforeCompile): each patch's
 * opacity from a uniform array of intensities indexed by the vertex's `_patch` attribute, diagonal
 * hatching from x + y of the rest position (POSITION times `unit`, the quantised geometry's metres
 * per unit: `geometryUnit` in materials.ts) and a solid rim from `_rim` (distance to the region's
 * border, a normalised byte: × RIM_RANGE_M = metres) — a pattern, not colour alone. Attributes come
 * from the model build (scripts/models/patches.ts; three.js lower-cases the glTF names `_PATCH`, `_RIM`).
 */
import type { WebGLProgramParametersWithUniforms } from 'three'
import { TEACHING } from '../scene-state/biomechanics.ts'

/** Width of the solid rim of a patch (m) and the period of its diagonal hatching (m): drawing parameters, not anatomy. */
export const RIM_M = 0.0035
export const HATCH_PERIOD_M = 0.01
/** `_rim` 1.0 reads as this many metres (the build's scripts/models/patches.ts RIM_RANGE_M; a unit test holds them equal). */
export const RIM_RANGE_M = 0.0255

/** The patch shader's uniforms: `uUnit` is metres per unit of the geometry's POSITION (set once the mesh is known). */
export interface PatchUniforms {
  uUnit: { value: number }
}

export function patchShader(intensity: Float32Array, uniforms: PatchUniforms = { uUnit: { value: 1 } }) {
  const n = intensity.length
  return (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms.uIntensity = { value: intensity }
    shader.uniforms.uUnit = uniforms.uUnit
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
        attribute float _patch;
        attribute float _rim;
        uniform float uIntensity[${n}];
        uniform float uUnit;
        varying float vIntensity;
        varying float vRim;
        varying float vHatch;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
        vIntensity = uIntensity[int(_patch + 0.5)];
        vRim = _rim * ${RIM_RANGE_M.toFixed(4)};
        // rest position (before skinning), so the stripes stay on the skin as the hip moves
        vHatch = (position.x + position.y) * uUnit;`,
      )
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
        varying float vIntensity;
        varying float vRim;
        varying float vHatch;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        {
          if (vIntensity <= 0.0) discard;
          float k = clamp(vIntensity / ${TEACHING.nerveCap.toFixed(4)}, 0.0, 1.0);
          // diagonal hatching (soft-edged stripes) and a solid rim: the region reads as a pattern
          float h = abs(fract(vHatch / ${HATCH_PERIOD_M.toFixed(4)}) - 0.5) * 2.0;
          float stripe = smoothstep(0.35, 0.65, h);
          float rim = 1.0 - smoothstep(${(RIM_M * 0.6).toFixed(5)}, ${RIM_M.toFixed(5)}, vRim);
          float a = mix(0.08 + 0.12 * k, 0.25 + 0.35 * k, stripe);
          a = max(a, rim * (0.55 + 0.40 * k));
          diffuseColor.a *= a;
        }`,
      )
      .replace(
        '#include <normal_fragment_maps>',
        `#include <normal_fragment_maps>
        // seen edge-on (the side of the thigh from the side) the hatching crowds: fade it there
        diffuseColor.a *= mix(0.35, 1.0, abs(dot(normal, normalize(vViewPosition))));`,
      )
  }
}

/**
 * Where symptoms could be felt, drawn on the groin and thigh: one skinned mesh (the patch geometry
 * of Symptoms.ts, shared by every viewer and never disposed) bound to pelvisJoint and the two hips,
 * so the patches follow the pose; declared in JSX with its material (R3F disposes the material).
 * Per frame only a uniform array of intensities is written (no allocation, no buffer upload): the
 * largest compression of the region's nerves on its side.
 */
// R3F: the scene's three.js objects and its per-frame state are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { DoubleSide, Matrix4, Skeleton, type Bone, type SkinnedMesh, type WebGLProgramParametersWithUniforms } from 'three'
import { TEACHING } from '../scene-state/biomechanics.ts'
import { HATCH_PERIOD_M, RIM_M, SYMPTOM_PATCHES, symptomPatchGeometry } from './Symptoms.ts'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'

function patchShader(intensity: Float32Array) {
  const n = intensity.length
  return (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms.uIntensity = { value: intensity }
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
        attribute float aPatch;
        attribute float aRim;
        uniform float uIntensity[${n}];
        varying float vIntensity;
        varying float vRim;
        varying vec2 vHatch;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
        vIntensity = uIntensity[int(aPatch + 0.5)];
        vRim = aRim;
        vHatch = position.xy;`,
      )
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
        varying float vIntensity;
        varying float vRim;
        varying vec2 vHatch;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        {
          if (vIntensity <= 0.0) discard;
          float k = clamp(vIntensity / ${TEACHING.nerveCap.toFixed(4)}, 0.0, 1.0);
          // diagonal hatching (soft-edged stripes) and a solid rim: the region reads as a pattern
          float h = abs(fract((vHatch.x + vHatch.y) / ${HATCH_PERIOD_M.toFixed(4)}) - 0.5) * 2.0;
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

const noRaycast = () => undefined

export function SymptomPatches({ colour }: { colour: string }) {
  const frame = useSceneFrame()
  const mesh = useRef<SkinnedMesh>(null)
  const intensity = useMemo(() => new Float32Array(SYMPTOM_PATCHES.length), [])
  const onBeforeCompile = useMemo(() => patchShader(intensity), [intensity])
  useLayoutEffect(() => {
    const m = mesh.current
    if (!m) return
    const { joints, restWorld } = frame.instance
    const bones = [joints.pelvisJoint, joints.hipLeft, joints.hipRight]
    const skeleton = new Skeleton(bones as Bone[], bones.map((j) => restWorld.get(j)!.clone().invert()))
    // the mesh sits at the instance's origin: bound with an identity bind matrix
    m.bind(skeleton, new Matrix4())
    // tests and tools read the intensities from here (the same array the shader uses)
    m.userData.intensity = intensity
    return () => skeleton.dispose()
  }, [frame.instance, intensity])

  useFrame(() => {
    const m = mesh.current
    if (!m) return
    const pose = frame.displayed
    const visible = frame.layers.nerves
    let any = false
    for (let i = 0; i < SYMPTOM_PATCHES.length; i++) {
      const p = SYMPTOM_PATCHES[i]
      let v = 0
      if (visible)
        for (let k = 0; k < p.nerves.length; k++) {
          const c = pose.nerves[p.nerves[k]][p.side]
          if (c > v) v = c
        }
      intensity[i] = v
      if (v > 0) any = true
    }
    m.visible = any
  }, FRAME_PRIORITY.overlays)

  return (
    <skinnedMesh ref={mesh} args={[symptomPatchGeometry()]} name="symptomPatches" renderOrder={5} frustumCulled={false} raycast={noRaycast} visible={false}>
      {/* lit (Lambert), so the curve of the thigh reads; partly self-lit so the colour stays clear. One pass for
          both faces (three draws transparent double-sided meshes twice by default): the patches do not overlap
          themselves in depth in a way that needs back-to-front order */}
      <meshLambertMaterial
        name="psoas-explainer:symptom-patches"
        color={colour}
        emissive={colour}
        emissiveIntensity={0.35}
        transparent
        depthWrite={false}
        side={DoubleSide}
        forceSinglePass
        onBeforeCompile={onBeforeCompile}
        customProgramCacheKey={() => `psoas-explainer:symptom-patches:${intensity.length}`}
      />
    </skinnedMesh>
  )
}

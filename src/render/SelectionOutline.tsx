/**
 * The selected structure's outline. A compressed nerve is already red and glowing, so a glow alone
 * cannot show that it is selected: the outline changes the silhouette instead.
 *
 * Per mesh of the selected structure, two children that share its geometry, skeleton, bind matrix
 * and morph influences (so they follow the pose and the psoas `tense`):
 * 1. a hull: its back faces pushed out by SELECTION_OUTLINE_PX on screen and lifted toward the camera
 *    by SELECTION_LIFT_M (so the discs and muscles that touch a vertebra do not hide its outline),
 *    drawn after the opaque anatomy without writing depth, in the outline colour;
 * 2. the mesh again, with its own material, right after the hull: where the mesh is the visible
 *    surface (depth "less or equal" passes) it paints its own pixels back over the hull, so only the
 *    ring around it stays.
 * Two draw calls, only while something is selected. Both are children of the mesh, so they hide
 * with its layer, and they never take a pointer event. The hull material is this viewer's and is
 * disposed with it; the geometry and the structure material belong to others and are never disposed.
 */
// R3F: the scene's three.js objects are mutated in effects by design
/* oxlint-disable react/immutability */
import { useLayoutEffect, useMemo, useSyncExternalStore } from 'react'
import { useThree } from '@react-three/fiber'
import { BackSide, Color, Mesh, ShaderMaterial, ShaderChunk, SkinnedMesh, Vector2 } from 'three'
import type { StructureId } from '../scene-state/ids.ts'
import { useSceneFrame } from './frame.ts'

/** Width of the outline in CSS pixels. */
export const SELECTION_OUTLINE_PX = 3
/** Lift (m) of the hull toward the camera: a drawing offset, so touching structures do not cover the ring. */
export const SELECTION_LIFT_M = 0.012
/** Draw order: after the opaque anatomy (0), the hull then the mesh again. */
const HULL_ORDER = 20

const vertexShader = /* glsl */ `
#include <common>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
uniform float uThicknessPx;
uniform float uLift;
uniform vec2 uSize;
void main() {
  #include <beginnormal_vertex>
  #include <morphnormal_vertex>
  #include <skinbase_vertex>
  #include <skinnormal_vertex>
  #include <begin_vertex>
  #include <morphtarget_vertex>
  #include <skinning_vertex>
  vec4 mv = modelViewMatrix * vec4(transformed, 1.0);
  mv.xyz += normalize(-mv.xyz) * uLift;
  vec4 clip = projectionMatrix * mv;
  vec3 n = normalize(normalMatrix * objectNormal);
  vec2 dir = (projectionMatrix * vec4(n, 0.0)).xy;
  if (dot(dir, dir) > 0.0) clip.xy += normalize(dir) * uThicknessPx / uSize * clip.w * 2.0;
  gl_Position = clip;
}`
const fragmentShader = /* glsl */ `
uniform vec3 uColour;
void main() {
  gl_FragColor = vec4(uColour, 1.0);
  #include <colorspace_fragment>
}`
// the chunks used above exist in this three.js (a clear error instead of a shader compile failure)
for (const chunk of ['morphtarget_pars_vertex', 'skinning_pars_vertex', 'skinnormal_vertex', 'morphnormal_vertex'] as const)
  if (!(chunk in ShaderChunk)) throw new Error(`SelectionOutline: three.js lacks the shader chunk "${chunk}"`)

const noRaycast = () => undefined

function copyOf<T extends Mesh>(source: T, material: Mesh['material'], order: number, name: string): Mesh {
  const out = (source as unknown as SkinnedMesh).isSkinnedMesh ? new SkinnedMesh(source.geometry, material) : new Mesh(source.geometry, material)
  if ((out as SkinnedMesh).isSkinnedMesh) {
    const s = source as unknown as SkinnedMesh
    const o = out as SkinnedMesh
    o.bindMode = s.bindMode
    o.bind(s.skeleton, s.bindMatrix)
  }
  // the same array: the appearance writes `tense` once for all three
  out.morphTargetInfluences = source.morphTargetInfluences
  out.morphTargetDictionary = source.morphTargetDictionary
  out.name = name
  out.renderOrder = order
  out.frustumCulled = false
  out.raycast = noRaycast
  return out
}

export function SelectionOutline({ colour }: { colour: string }) {
  const frame = useSceneFrame()
  const { store, instance } = frame
  const focus = useSyncExternalStore<StructureId | null>(store.subscribe, () => store.getState().focus)
  const size = useThree((s) => s.size)
  const dpr = useThree((s) => s.viewport.dpr)
  const invalidate = useThree((s) => s.invalidate)
  const material = useMemo(
    () =>
      new ShaderMaterial({
        name: 'psoas-explainer:selection-outline',
        uniforms: { uColour: { value: new Color() }, uThicknessPx: { value: SELECTION_OUTLINE_PX }, uLift: { value: SELECTION_LIFT_M }, uSize: { value: new Vector2(1, 1) } },
        vertexShader,
        fragmentShader,
        side: BackSide,
        depthWrite: false,
      }),
    [],
  )
  useLayoutEffect(() => () => material.dispose(), [material])
  useLayoutEffect(() => {
    material.uniforms.uColour.value.set(colour)
    // thickness in drawing-buffer pixels over the drawing-buffer size
    material.uniforms.uThicknessPx.value = SELECTION_OUTLINE_PX * dpr
    material.uniforms.uSize.value.set(size.width * dpr, size.height * dpr)
    invalidate()
  }, [material, colour, size, dpr, invalidate])

  useLayoutEffect(() => {
    const meshes = focus ? instance.meshes.get(focus) : undefined
    if (!meshes) return
    const added: { parent: Mesh; hull: Mesh; again: Mesh }[] = []
    for (const mesh of meshes) {
      const hull = copyOf(mesh, material, HULL_ORDER, 'selectionOutline')
      const again = copyOf(mesh, mesh.material, HULL_ORDER + 1, 'selectionOutlineFill')
      // always the structure's current material (Appearance replaces it when the theme changes)
      Object.defineProperty(again, 'material', { get: () => mesh.material, set() {} })
      mesh.add(hull, again)
      added.push({ parent: mesh, hull, again })
    }
    invalidate()
    return () => {
      for (const a of added) a.parent.remove(a.hull, a.again)
      invalidate()
    }
  }, [focus, instance, material, invalidate])
  return null
}

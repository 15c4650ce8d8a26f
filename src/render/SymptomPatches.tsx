/**
 * Where symptoms could be felt, drawn on the groin and thigh: the model's `symptomPatches` overlay,
 * one skinned mesh (pelvisJoint and the hips, so the patches follow the pose) built by the model
 * build, with this viewer's material declared in JSX (R3F disposes it; the shared geometry is never
 * touched). Per frame only a uniform array of intensities is written (no allocation, no buffer
 * upload): the largest compression of the region's nerves on its side.
 */
// R3F: the scene's three.js objects and its per-frame state are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { useLayoutEffect, useMemo } from 'react'
import { useFrame } from '@react-three/fiber'
import { DoubleSide, type Material, type SkinnedMesh } from 'three'
import { BODY_REGIONS } from '../scene-state/body-map.ts'
import type { BodySide, NerveKey } from '../scene-state/ids.ts'
import { anchorNode } from './anchors.ts'
import { patchShader } from './symptomShader.ts'
import { geometryUnit } from './materials.ts'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'

/** One patch per (region, side), in the order of the mesh's `_patch` index (node extras `patches`). */
export interface SymptomPatch {
  region: string
  side: BodySide
  /** the nerves that supply the region (scene-state's body map) */
  nerves: readonly NerveKey[]
}

/** The patches of the overlay mesh, from its extras and scene-state's regions. */
export function symptomPatchesOf(mesh: SkinnedMesh): SymptomPatch[] {
  const listed = (mesh.userData.patches ?? []) as { region: string; side: BodySide }[]
  return listed.map(({ region, side }) => ({ region, side, nerves: BODY_REGIONS.find((r) => r.id === region)?.nerves ?? [] }))
}

const noRaycast = () => undefined

export function SymptomPatches({ colour }: { colour: string }) {
  const frame = useSceneFrame()
  const mesh = useMemo(() => anchorNode(frame.instance, 'symptomPatches') as SkinnedMesh, [frame.instance])
  const patches = useMemo(() => symptomPatchesOf(mesh), [mesh])
  const intensity = useMemo(() => new Float32Array(Math.max(1, patches.length)), [patches])
  // metres per unit of the quantised POSITION: the hatching's stripes are drawn from the rest position
  const onBeforeCompile = useMemo(() => patchShader(intensity, { uUnit: { value: geometryUnit(mesh) } }), [intensity, mesh])
  const cacheKey = useMemo(() => () => `psoas-explainer:symptom-patches:${intensity.length}`, [intensity])
  useLayoutEffect(() => {
    mesh.renderOrder = 5
    mesh.frustumCulled = false
    mesh.raycast = noRaycast
    mesh.visible = false
    // tests and tools read the patches and intensities from here (the same array the shader uses)
    mesh.userData.intensity = intensity
    mesh.userData.symptomPatches = patches
  }, [mesh, intensity, patches])

  useFrame(() => {
    const pose = frame.displayed
    const visible = frame.layers.nerves
    let any = false
    for (let i = 0; i < patches.length; i++) {
      const p = patches[i]
      let v = 0
      if (visible)
        for (let k = 0; k < p.nerves.length; k++) {
          const c = pose.nerves[p.nerves[k]][p.side]
          if (c > v) v = c
        }
      intensity[i] = v
      if (v > 0) any = true
    }
    mesh.visible = any
  }, FRAME_PRIORITY.overlays)

  return (
    // lit (Lambert), so the curve of the thigh reads; partly self-lit so the colour stays clear. One pass for both
    // faces (three draws transparent double-sided meshes twice by default): the patches do not overlap themselves in
    // depth in a way that needs back-to-front order. Attached to the model's mesh (not to the JSX parent).
    <meshLambertMaterial
      attach={(_parent: unknown, material: Material) => {
        const original = mesh.material
        mesh.material = material
        return () => void (mesh.material = original)
      }}
      name="psoas-explainer:symptom-patches"
      color={colour}
      emissive={colour}
      emissiveIntensity={0.35}
      transparent
      depthWrite={false}
      side={DoubleSide}
      forceSinglePass
      onBeforeCompile={onBeforeCompile}
      customProgramCacheKey={cacheKey}
    />
  )
}

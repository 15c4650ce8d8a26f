/**
 * The side view's cut-away: seen from the side, the near hip bone covers L4–S1 and the sacrum, so the
 * curve the tightness animation changes would not show. Within CUTAWAY_START_DEG of a lateral view a
 * clipping plane on the pelvis removes the near half of it (the model's `pelvis` is one mesh holding
 * both hip bones), sliding in from the side as the camera turns, all of it from CUTAWAY_FULL_DEG on.
 * The plane is fixed to the pelvis (it follows the tilt and the lying postures) and kept `CUT_MARGIN`
 * beside the midline, so the far hip bone, the sacrum and the pubic symphysis stay.
 *
 * The near psoas and iliacus lie over the same bodies and the sacrum: they are faded (not cut, so the
 * muscle the story is about stays in view and keeps its label), to FADED_OPACITY in a full side view.
 *
 * The plane stays on the material in every view (far away when nothing is cut), so turning the camera
 * never recompiles the shader. Picking and the labels' occlusion rays ignore the part that is cut away.
 */
// R3F: the scene's three.js objects are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability */
import { useLayoutEffect, useMemo } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { type Intersection, type Material, Mesh, Plane, type Raycaster, Vector3 } from 'three'
import type { BodySide, StructureId } from '../scene-state/ids.ts'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'
import { cutawayAmount, lateralCosine } from './lateralView.ts'

/** The structures cut on the near side (the pelvis mesh holds both hip bones). */
export const CUTAWAY_STRUCTURES: readonly StructureId[] = ['pelvis']
/** The plane's distance from the midline toward the near side (m): the sacrum's S1 body and the symphysis stay. */
export const CUT_MARGIN = 0.025
/** The near muscles, per near side, faded in a side view. */
const FADED: Record<BodySide, readonly StructureId[]> = { left: ['psoasMajorLeft', 'iliacusLeft'], right: ['psoasMajorRight', 'iliacusRight'] }
/** Opacity of the near muscles in a full side view. */
export const FADED_OPACITY = 0.35
/** Where the plane waits when nothing is cut (m from the midline): beyond the widest part of the pelvis. */
const CUT_AWAY_FAR = 0.4

const local = new Plane()

/** True when a world point lies on the cut-away side of any of the material's clipping planes. */
function clipped(material: Material | Material[], p: Vector3): boolean {
  const m = Array.isArray(material) ? material[0] : material
  const planes = m?.clippingPlanes
  if (!planes) return false
  for (let i = 0; i < planes.length; i++) if (planes[i].distanceToPoint(p) < 0) return true
  return false
}

function fade(list: readonly Mesh[], opacity: number) {
  for (let i = 0; i < list.length; i++) {
    const m = list[i].material as Material
    m.opacity = opacity
    m.transparent = opacity < 1
  }
}

export function SideCutaway() {
  const frame = useSceneFrame()
  const gl = useThree((s) => s.gl)
  const { instance } = frame
  const meshes = useMemo(() => CUTAWAY_STRUCTURES.flatMap((id) => instance.meshes.get(id) ?? []), [instance])
  const faded = useMemo(
    () => ({ left: FADED.left.flatMap((id) => instance.meshes.get(id) ?? []), right: FADED.right.flatMap((id) => instance.meshes.get(id) ?? []) }),
    [instance],
  )
  // one plane per viewer, in world space (three's clipping planes are), shared by the cut meshes' materials
  const planes = useMemo(() => [new Plane(new Vector3(1, 0, 0), CUT_AWAY_FAR)], [])

  useLayoutEffect(() => {
    // clipping is per material; the renderer only has to allow it (the other materials have no planes)
    gl.localClippingEnabled = true
    // picking and label occlusion: hits in the cut-away part do not count
    const saved = meshes.map((m) => m.raycast)
    for (const m of meshes)
      m.raycast = function (raycaster: Raycaster, hits: Intersection[]) {
        const n = hits.length
        Mesh.prototype.raycast.call(this, raycaster, hits)
        let w = n
        for (let i = n; i < hits.length; i++) if (!clipped(this.material, hits[i].point)) hits[w++] = hits[i]
        hits.length = w
      }
    return () => meshes.forEach((m, i) => (m.raycast = saved[i]))
  }, [gl, meshes])

  useFrame((state) => {
    const pelvis = frame.instance.joints.pelvisJoint
    const cosine = lateralCosine(state.camera, pelvis)
    const k = cutawayAmount(cosine)
    // keep x ≥ −d (camera on the patient's right, looking toward +x) or x ≤ d (from the left), pelvis frame
    const d = CUT_AWAY_FAR + (CUT_MARGIN - CUT_AWAY_FAR) * k
    local.normal.set(cosine >= 0 ? 1 : -1, 0, 0)
    local.constant = d
    planes[0].copy(local).applyMatrix4(pelvis.matrixWorld)
    // the materials come from Appearance (new ones with a new theme): give each the planes once
    for (let i = 0; i < meshes.length; i++) {
      const m = meshes[i].material as Material
      if (m.clippingPlanes !== planes) m.clippingPlanes = planes
    }
    // the near side's muscles fade, the far side's are opaque (the materials are this viewer's own)
    const near: BodySide = cosine >= 0 ? 'right' : 'left'
    fade(faded[near], 1 + (FADED_OPACITY - 1) * k)
    fade(faded[near === 'right' ? 'left' : 'right'], 1)
  }, FRAME_PRIORITY.cameraFacing)
  return null
}

/**
 * Compression-site markers: a ring (always facing the camera) at the point where each compressed
 * nerve leaves the psoas, sized by compression. One instanced mesh for all 14 nerves (one draw call);
 * anchors ride on the joints, so the rings follow the pose. The rings are depth-tested (a site
 * behind the pelvis or spine is hidden, as labels are) but lifted toward the camera along the line
 * of sight by MARKER_LIFT_M, so the muscle or nerve at the site itself does not cut the ring; the
 * lift keeps the ring's centre on the same screen point. The hidden part of a ring is drawn faintly
 * (a second instanced mesh sharing the instance matrices, depth test "greater"), so a site behind a
 * muscle stays findable while clearly reading as behind. Both meshes are declared in JSX.
 */
import { useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { GreaterDepth, type InstancedMesh, Matrix4, type Object3D, Quaternion, TorusGeometry, Vector3 } from 'three'
import { NERVE_KEYS, SIDES, type BodySide, type NerveKey } from '../scene-state/ids.ts'
import { TEACHING } from '../scene-state/biomechanics.ts'
import { NERVE_MARK_THRESHOLD } from '../scene-state/nerves.ts'
import { compressionAnchor } from './anchors.ts'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'
import { shareResource } from './sharedResources.ts'

/** Ring radius (m) at the lowest and the highest compression shown. */
export const MARKER_RADIUS_MIN = 0.006
export const MARKER_RADIUS_MAX = 0.011
/**
 * Lift (m) of each ring toward the camera, so the muscle around a site (the nerve's exit from the
 * psoas) does not cover the ring: a small drawing offset, not anatomy.
 */
export const MARKER_LIFT_M = 0.025
/** Opacity of the part of a ring hidden behind anatomy. */
export const MARKER_HIDDEN_OPACITY = 0.28

// One geometry for every viewer on the page (an argument, so R3F never disposes it: tiny and shared).
let ringGeometry: TorusGeometry | null = null
function ring(): TorusGeometry {
  ringGeometry ??= shareResource(new TorusGeometry(1, 0.28, 8, 32))
  return ringGeometry
}

const noRaycast = () => undefined
const inv = new Matrix4()
const m = new Matrix4()
const pos = new Vector3()
const camQ = new Quaternion()
const parentQ = new Quaternion()
const scale = new Vector3()
const tmpV = new Vector3()
const camLocal = new Vector3()
const toCam = new Vector3()

export function CompressionMarkers({ colour }: { colour: string }) {
  const frame = useSceneFrame()
  const mesh = useRef<InstancedMesh>(null)
  const hidden = useRef<InstancedMesh>(null)
  const sites = useMemo(() => {
    const out: { key: NerveKey; side: BodySide; anchor: Object3D }[] = []
    for (const key of NERVE_KEYS) for (const side of SIDES) out.push({ key, side, anchor: compressionAnchor(frame.instance, key, side) })
    return out
  }, [frame.instance])
  // the faint pass draws the same instances
  useLayoutEffect(() => {
    if (mesh.current && hidden.current) hidden.current.instanceMatrix = mesh.current.instanceMatrix
  })

  useFrame((state) => {
    const im = mesh.current
    const hm = hidden.current
    if (!im || !hm) return
    const pose = frame.displayed
    let n = 0
    if (frame.layers.nerves) {
      const camera = state.camera
      im.updateWorldMatrix(true, false)
      inv.copy(im.matrixWorld).invert()
      im.matrixWorld.decompose(tmpV, parentQ, scale)
      camQ.copy(parentQ).invert().multiply(camera.quaternion)
      camera.getWorldPosition(camLocal).applyMatrix4(inv)
      for (let i = 0; i < sites.length; i++) {
        const s = sites[i]
        const c = pose.nerves[s.key][s.side]
        if (!(c >= NERVE_MARK_THRESHOLD)) continue
        const k = Math.min(1, c / TEACHING.nerveCap)
        const r = MARKER_RADIUS_MIN + (MARKER_RADIUS_MAX - MARKER_RADIUS_MIN) * k
        s.anchor.getWorldPosition(pos).applyMatrix4(inv)
        // lift toward the camera along the line of sight (the projected centre does not move)
        toCam.subVectors(camLocal, pos)
        const d = toCam.length()
        if (d > MARKER_LIFT_M * 2) pos.addScaledVector(toCam, MARKER_LIFT_M / d)
        scale.set(r, r, r)
        m.compose(pos, camQ, scale)
        im.setMatrixAt(n++, m)
      }
    }
    im.count = n
    im.visible = n > 0
    hm.count = n
    hm.visible = n > 0
    if (n > 0) im.instanceMatrix.needsUpdate = true
  }, FRAME_PRIORITY.cameraFacing)

  const common = { frustumCulled: false, raycast: noRaycast, count: 0, visible: false } as const
  return (
    <>
      <instancedMesh ref={mesh} args={[ring(), undefined, sites.length]} name="compressionMarkers" renderOrder={10} {...common}>
        {/* polygon offset: wins ties with the surface it lies on */}
        <meshBasicMaterial
          name="psoas-explainer:compression-marker"
          color={colour}
          transparent
          opacity={0.95}
          depthTest
          depthWrite={false}
          polygonOffset
          polygonOffsetFactor={-1}
          polygonOffsetUnits={-4}
        />
      </instancedMesh>
      <instancedMesh ref={hidden} args={[ring(), undefined, sites.length]} name="compressionMarkersHidden" renderOrder={11} {...common}>
        <meshBasicMaterial
          name="psoas-explainer:compression-marker-hidden"
          color={colour}
          transparent
          opacity={MARKER_HIDDEN_OPACITY}
          depthFunc={GreaterDepth}
          depthWrite={false}
          polygonOffset
          polygonOffsetFactor={-1}
          polygonOffsetUnits={-4}
        />
      </instancedMesh>
    </>
  )
}

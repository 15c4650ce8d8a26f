/**
 * Force arrows along the psoas line of action (forces layer): at the spine (psoas origin, pointing
 * toward the pelvic brim: the pull on the lumbar spine) and at the lesser trochanter (pointing toward
 * the brim: the pull on the femur), per side, scaled with the muscle tension. One instanced mesh
 * declared in JSX (R3F disposes it and its material); the arrow geometry is shared by every viewer.
 */
import { useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { type BufferGeometry, ConeGeometry, CylinderGeometry, type InstancedMesh, Matrix4, type Object3D, Quaternion, Vector3 } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { SIDES, type BodySide } from '../scene-state/ids.ts'
import { TEACHING } from '../scene-state/biomechanics.ts'
// the legend lists the arrows by the same threshold
import { ARROW_MIN_TENSION_N } from '../scene-state/legend.ts'
import { psoasLineAnchors } from './anchors.ts'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'
import { shareResource } from './sharedResources.ts'

/** Arrow length (m) at zero and at full tension (Fmax of one side). */
export const ARROW_LENGTH_MIN = 0.02
export const ARROW_LENGTH_MAX = 0.075

let arrowGeometry: BufferGeometry | null = null
/** Unit arrow from (0,0,0) to (0,1,0); shared by every viewer (passed as an argument: R3F does not dispose it). */
function arrow(): BufferGeometry {
  if (arrowGeometry) return arrowGeometry
  const shaft = new CylinderGeometry(0.05, 0.05, 0.7, 10).translate(0, 0.35, 0)
  const head = new ConeGeometry(0.14, 0.3, 14).translate(0, 0.85, 0)
  arrowGeometry = shareResource(mergeGeometries([shaft.toNonIndexed(), head.toNonIndexed()])!)
  shaft.dispose()
  head.dispose()
  return arrowGeometry
}

/** Arrow length for a tension (N). */
export function arrowLength(tensionN: number): number {
  const k = Math.min(1, Math.max(0, tensionN / TEACHING.fmaxPerSideN))
  return ARROW_LENGTH_MIN + (ARROW_LENGTH_MAX - ARROW_LENGTH_MIN) * k
}

const noRaycast = () => undefined
const inv = new Matrix4()
const m = new Matrix4()
const a = new Vector3()
const b = new Vector3()
const dir = new Vector3()
const up = new Vector3(0, 1, 0)
const q = new Quaternion()
const s = new Vector3()

export function ForceArrows({ colour }: { colour: string }) {
  const frame = useSceneFrame()
  const mesh = useRef<InstancedMesh>(null)
  const arrows = useMemo(() => {
    const out: { side: BodySide; from: Object3D; toward: Object3D }[] = []
    for (const side of SIDES) {
      const line = psoasLineAnchors(frame.instance, side)
      out.push({ side, from: line.spine, toward: line.brim }, { side, from: line.trochanter, toward: line.brim })
    }
    return out
  }, [frame.instance])

  useFrame(() => {
    const im = mesh.current
    if (!im) return
    const pose = frame.displayed
    const visible = frame.layers.forces
    let n = 0
    if (visible) {
      im.updateWorldMatrix(true, false)
      inv.copy(im.matrixWorld).invert()
      for (let i = 0; i < arrows.length; i++) {
        const ar = arrows[i]
        const t = pose.muscles[ar.side].tensionN
        if (!(t >= ARROW_MIN_TENSION_N)) continue
        const len = arrowLength(t)
        ar.from.getWorldPosition(a).applyMatrix4(inv)
        ar.toward.getWorldPosition(b).applyMatrix4(inv)
        dir.subVectors(b, a).normalize()
        q.setFromUnitVectors(up, dir)
        s.set(len, len, len)
        m.compose(a, q, s)
        im.setMatrixAt(n++, m)
      }
    }
    im.count = n
    im.visible = n > 0
    if (n > 0) im.instanceMatrix.needsUpdate = true
  }, FRAME_PRIORITY.overlays)

  return (
    <instancedMesh
      ref={mesh}
      args={[arrow(), undefined, arrows.length]}
      name="forceArrows"
      renderOrder={9}
      frustumCulled={false}
      raycast={noRaycast}
      count={0}
      visible={false}
    >
      <meshStandardMaterial name="psoas-explainer:force-arrow" color={colour} roughness={0.4} depthTest={false} transparent opacity={0.92} />
    </instancedMesh>
  )
}

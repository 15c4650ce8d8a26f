/**
 * Force arrows along the psoas line of action (forces layer): at the spine (psoas origin, pointing
 * toward the pelvic brim: the pull on the lumbar spine) and at the lesser trochanter (pointing toward
 * the brim: the pull on the femur), per side, scaled with the muscle tension. One InstancedMesh.
 */
import {
  BufferGeometry,
  ConeGeometry,
  CylinderGeometry,
  InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  Object3D,
  Quaternion,
  Vector3,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { SIDES, type BodySide } from '../scene-state/ids.ts'
import type { Pose } from '../scene-state/types.ts'
import { TEACHING } from '../scene-state/biomechanics.ts'
import type { ModelInstance } from './model.ts'
import { LESSER_TROCHANTER, PSOAS_BRIM_POINT, PSOAS_SPINE_POINT, addAnchor, sided, trunkJointFor } from './anchors.ts'

/** Arrow length (m) at zero and at full tension (Fmax of one side). */
export const ARROW_LENGTH_MIN = 0.02
export const ARROW_LENGTH_MAX = 0.075
/** Below this tension (N) no arrow is drawn. */
export const ARROW_MIN_TENSION_N = 1

let arrowGeometry: BufferGeometry | null = null
/** Unit arrow from (0,0,0) to (0,1,0); shared by every viewer, never disposed. */
function arrow(): BufferGeometry {
  if (arrowGeometry) return arrowGeometry
  const shaft = new CylinderGeometry(0.05, 0.05, 0.7, 10).translate(0, 0.35, 0)
  const head = new ConeGeometry(0.14, 0.3, 14).translate(0, 0.85, 0)
  arrowGeometry = mergeGeometries([shaft.toNonIndexed(), head.toNonIndexed()])!
  shaft.dispose()
  head.dispose()
  return arrowGeometry
}

export interface ForceArrows {
  mesh: InstancedMesh
  material: MeshStandardMaterial
  arrows: { side: BodySide; from: Object3D; toward: Object3D }[]
  /** length (m) of each arrow as last written, 0 = hidden (for tests) */
  lengths: Float64Array
  dispose(): void
}

export function createForceArrows(inst: ModelInstance, colour: string): ForceArrows {
  const arrows: ForceArrows['arrows'] = []
  for (const side of SIDES) {
    const spine = sided(PSOAS_SPINE_POINT, side)
    const brim = sided(PSOAS_BRIM_POINT, side)
    const troch = sided(LESSER_TROCHANTER, side)
    const hip = side === 'left' ? inst.joints.hipLeft : inst.joints.hipRight
    const aSpine = addAnchor(inst, trunkJointFor(inst, spine), spine, `force:spine:${side}`)
    const aBrim = addAnchor(inst, inst.joints.pelvisJoint, brim, `force:brim:${side}`)
    const aTroch = addAnchor(inst, hip, troch, `force:trochanter:${side}`)
    arrows.push({ side, from: aSpine, toward: aBrim }, { side, from: aTroch, toward: aBrim })
  }
  const material = new MeshStandardMaterial({ color: colour, roughness: 0.4, depthTest: false, transparent: true, opacity: 0.92 })
  material.name = 'psoas-explainer:force-arrow'
  const mesh = new InstancedMesh(arrow(), material, arrows.length)
  mesh.name = 'forceArrows'
  mesh.renderOrder = 9
  mesh.frustumCulled = false
  mesh.raycast = () => undefined
  mesh.count = 0
  inst.scene.add(mesh)
  return {
    mesh,
    material,
    arrows,
    lengths: new Float64Array(arrows.length),
    dispose() {
      mesh.removeFromParent()
      mesh.dispose()
      material.dispose()
    },
  }
}

const inv = new Matrix4()
const m = new Matrix4()
const a = new Vector3()
const b = new Vector3()
const dir = new Vector3()
const up = new Vector3(0, 1, 0)
const q = new Quaternion()
const s = new Vector3()

/** Arrow length for a tension (N). */
export function arrowLength(tensionN: number): number {
  const k = Math.min(1, Math.max(0, tensionN / TEACHING.fmaxPerSideN))
  return ARROW_LENGTH_MIN + (ARROW_LENGTH_MAX - ARROW_LENGTH_MIN) * k
}

export function updateForceArrows(forces: ForceArrows, pose: Pose, visible: boolean): void {
  const { mesh, arrows, lengths } = forces
  let n = 0
  if (visible) {
    mesh.updateWorldMatrix(true, false)
    inv.copy(mesh.matrixWorld).invert()
  }
  for (let i = 0; i < arrows.length; i++) {
    const ar = arrows[i]
    const t = pose.muscles[ar.side].tensionN
    if (!visible || !(t >= ARROW_MIN_TENSION_N)) {
      lengths[i] = 0
      continue
    }
    const len = arrowLength(t)
    ar.from.getWorldPosition(a).applyMatrix4(inv)
    ar.toward.getWorldPosition(b).applyMatrix4(inv)
    dir.subVectors(b, a).normalize()
    q.setFromUnitVectors(up, dir)
    s.set(len, len, len)
    m.compose(a, q, s)
    mesh.setMatrixAt(n++, m)
    lengths[i] = len
  }
  mesh.count = n
  mesh.visible = n > 0
  if (n > 0) mesh.instanceMatrix.needsUpdate = true
}

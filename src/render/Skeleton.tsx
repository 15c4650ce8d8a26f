/** Poses the joints of the model instance from the displayed pose, then updates world matrices for the overlays. */
import { useFrame } from '@react-three/fiber'
import { applySpinePose } from './Spine.ts'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'

export function Skeleton() {
  const frame = useSceneFrame()
  useFrame(() => {
    applySpinePose(frame.instance, frame.displayed)
    frame.instance.scene.updateMatrixWorld(true)
  }, FRAME_PRIORITY.skeleton)
  return null
}

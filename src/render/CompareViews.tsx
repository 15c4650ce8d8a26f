/**
 * Compare in one canvas and one WebGL context: drei's `View` draws the main scene into the left
 * pane and the compare state's scene into the right pane (scissored viewports of the one canvas,
 * each pane a DOM element that ExplainerCanvas lays over the canvas; pointer events on a pane pick
 * in its own scene). The compare camera follows the main one (presets and orbits alike), so both
 * show the anatomy from the same place. Cost: drei's View ≈ 1.5 KB gzip (demo build), one WebGL
 * context instead of the second canvas's; 0 frames when idle (tests/browser/render-compare).
 */
// R3F: the scene's three.js objects (here the shared camera) are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability */
import { useEffect, type RefObject } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { View } from '@react-three/drei/web/View.js'
import { PerspectiveCamera } from '@react-three/drei/core/PerspectiveCamera.js'
import { Color, type Camera, type PerspectiveCamera as ThreePerspectiveCamera } from 'three'
import type { SceneStore } from '../scene-state/index.ts'
import { PsoasScene, type PsoasSceneProps } from './Scene.tsx'
import { SceneLights } from './SceneLights.tsx'
import { FRAME_PRIORITY } from './frame.ts'

/** Camera of the main view (the canvas's default camera). */
export const CAMERA_SETUP = Object.freeze({ fov: 35, near: 0.01, far: 20 })

const clearColour = new Color()
const savedColour = new Color()

/**
 * Clears the whole canvas before the views draw: drei's View draws with autoClear off, and the
 * drawing buffer is preserved (snapshots), so nothing else clears colour and depth between frames.
 */
function ClearCanvas({ background }: { background: string | null }) {
  useFrame(({ gl }) => {
    gl.getClearColor(savedColour)
    const alpha = gl.getClearAlpha()
    gl.setScissorTest(false)
    if (background) gl.setClearColor(clearColour.set(background), 1)
    gl.clear(true, true, true)
    gl.setClearColor(savedColour, alpha)
  }, 1)
  return null
}

/** Copies the main camera into this view's camera each frame, after the camera rig and OrbitControls moved it (priority -1). */
function FollowCamera({ main }: { main: Camera }) {
  useFrame((state) => {
    const cam = state.camera as ThreePerspectiveCamera
    cam.position.copy(main.position)
    cam.quaternion.copy(main.quaternion)
    cam.updateMatrixWorld()
  }, FRAME_PRIORITY.followCamera)
  return null
}

export interface CompareViewsProps {
  mainPane: RefObject<HTMLDivElement | null>
  comparePane: RefObject<HTMLDivElement | null>
  sceneProps: PsoasSceneProps
  store: SceneStore
  background: string | null
}

/**
 * The views set the shared main camera's aspect to their pane's (also while unmounting): back to the
 * canvas's when the single view is mounted (its passive effect runs after the views' cleanups).
 */
export function CanvasAspect() {
  const camera = useThree((s) => s.camera) as ThreePerspectiveCamera
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const aspect = size.width / Math.max(1, size.height)
    if (camera.aspect === aspect) return
    camera.aspect = aspect
    camera.updateProjectionMatrix()
    invalidate()
  }, [camera, size, invalidate])
  return null
}

export function CompareViews({ mainPane, comparePane, sceneProps, store, background }: CompareViewsProps) {
  const camera = useThree((s) => s.camera) as ThreePerspectiveCamera
  const { onReady, onSettled, onError, ...shared } = sceneProps
  return (
    <>
      <ClearCanvas background={background} />
      <View track={mainPane as RefObject<HTMLElement>} index={2}>
        <SceneLights />
        <PsoasScene {...shared} onReady={onReady} onSettled={onSettled} onError={onError} store={store} variant="main" controlsElement={mainPane.current} pane={mainPane as RefObject<HTMLElement | null>} />
      </View>
      <View track={comparePane as RefObject<HTMLElement>} index={3}>
        <SceneLights />
        <PerspectiveCamera makeDefault {...CAMERA_SETUP} />
        <FollowCamera main={camera} />
        <PsoasScene {...shared} onError={onError} store={store} variant="compare" cameraControls={false} pane={comparePane as RefObject<HTMLElement | null>} />
      </View>
    </>
  )
}

/** The 3D part of the explainer (R3F). */
export { PsoasScene, SceneHandleContext, type PsoasSceneProps, type SceneHandle, type SceneRuntime } from './Scene.tsx'
export { ExplainerCanvas, type ExplainerCanvasApi, type ExplainerCanvasProps } from './ExplainerCanvas.tsx'
export { SceneLights } from './SceneLights.tsx'
export { LIGHT_SCENE_THEME, DARK_SCENE_THEME, resolveSceneTheme, type SceneTheme } from './materials.ts'
export { preloadPsoasModel } from './useModel.ts'
export {
  loadPsoasModel,
  parsePsoasModel,
  clearPsoasModelCache,
  retryFailedPsoasModel,
  createModelInstance,
  type ModelInstance,
} from './model.ts'
export { rotToQuaternion, type RotKind } from './rotation.ts'
export { CAMERA_LIMITS } from './CameraRig.tsx'
export { cameraGoal, framingPoints, type FramingPoints } from './cameraFraming.ts'
export type { SceneVariant } from './frame.ts'

export {
  SceneStoreProvider,
  useSceneStore,
  useSceneStoreApi,
  useOptionalSceneStoreApi,
  usePose,
  useSceneView,
  type SceneStore,
  type SceneStoreState,
  type SceneStoreProviderProps,
} from './context.tsx'

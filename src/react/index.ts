export {
  SceneStoreProvider,
  useSceneStore,
  useSceneStoreApi,
  useOptionalSceneStoreApi,
  usePose,
  type SceneStore,
  type SceneStoreState,
  type SceneStoreProviderProps,
} from './context.tsx'

export {
  SceneStoreProvider,
  useSceneStore,
  useSceneStoreApi,
  useOptionalSceneStoreApi,
  type SceneStore,
  type SceneStoreState,
  type SceneStoreProviderProps,
} from './context.tsx'

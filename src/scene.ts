/**
 * `psoas-explainer/scene`: the 3D part for apps that already use @react-three/fiber — `<PsoasScene>`
 * inside your own `<Canvas>`, `<ExplainerCanvas>`, the model loader and the scene themes — with the
 * React binding of the scene state it reads. The main entry (`psoas-explainer`) does not import
 * this, so `<PsoasExplainer>` loads three.js and R3F only when its 3D view starts.
 */
export * from './render/index.ts'
export {
  SceneStoreProvider,
  useSceneStore,
  useSceneStoreApi,
  useOptionalSceneStoreApi,
  usePose,
  useSceneView,
  type SceneStoreProviderProps,
} from './react/index.ts'

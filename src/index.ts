/**
 * psoas-explainer: an interactive 3D explainer of the lumbar spine, the psoas and iliacus muscles
 * and the lumbar plexus.
 *
 * - `<PsoasExplainer>`: the complete component (3D view, controls, text).
 * - `<PsoasScene>` (from `psoas-explainer/scene`): the 3D part alone, for an existing @react-three/fiber `<Canvas>`.
 * - `SceneStoreProvider`, `useSceneStore`, `useSceneStoreApi`, `useSceneView`, `usePose`: the React binding of the scene state.
 * - The scene-state API (store, validation, URL codec, teaching model, description).
 */
export * from './components/index.ts'
export {
  SceneStoreProvider,
  useSceneStore,
  useSceneStoreApi,
  useOptionalSceneStoreApi,
  usePose,
  useSceneView,
  type SceneStoreProviderProps,
} from './react/index.ts'
// The 3D part (PsoasScene, ExplainerCanvas, the model loader) is in 'psoas-explainer/scene': importing
// it here would put three.js and R3F in every app's first chunk (ExplainerView loads it on demand).
export * from './scene-state/index.ts'
// catalogs load on demand (loadCatalog); getCatalog and describe need the locale's catalog loaded
export { getCatalog, loadCatalog, loadedCatalog, resolveLocale, describe, describeShort, LOCALES, LANGUAGE_NAMES, DEFAULT_LOCALE, type Catalog, type Locale } from './content/index.ts'
export {
  definePsoasExplainerElement,
  createPsoasExplainerElementClass,
  mountIframeExplainer,
  readIframeQuery,
  MESSAGE_SOURCE,
  parseHostMessage,
  parseEmbedMessage,
  type HostMessage,
  type EmbedMessage,
  type SharedState,
  type IframeOptions,
  parseAllowedOrigins,
  checkModelUrl,
} from './embed/index.ts'

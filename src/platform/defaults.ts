/**
 * Defaults shared by the text part and the 3D part of the explainer (kept outside both, so the text
 * part can use them without loading the 3D code).
 */

/** Default model: the full-detail glb as served by the demo and Storybook (host the package's models/ folder). */
export const DEFAULT_MODEL_URL = '/models/lumbar-psoas.glb'

/**
 * The anatomy glb for a scene: model.ts keeps one promise per URL (shared by every viewer, started
 * early by `preloadPsoasModel` or by the explainer's progress download), and React's `use` suspends
 * on it. Errors come back as a value so the scene can report them.
 *
 * Why not drei's `useGLTF`: it is a suspense cache around the same GLTFLoader, and it brings
 * three-stdlib's DRACOLoader, which this meshopt-only model never uses: measured in the demo build
 * (`npm run bench`), drei's Gltf + DRACOLoader + suspend-react cost ≈ 2.6 KB gzip of the 3D chunk,
 * and its cache had to be fed from model.ts anyway so the model is downloaded once.
 */
import { use } from 'react'
import { DEFAULT_MODEL_URL } from '../platform/defaults.ts'
import { loadPsoasModel, type GLTF } from './model.ts'

export type ModelResult = { gltf: GLTF; error: null } | { gltf: null; error: Error }

/** A settled result per load promise (the same object while the promise is cached, as `use` needs). */
const results = new WeakMap<Promise<GLTF>, Promise<ModelResult>>()
function resultOf(load: Promise<GLTF>): Promise<ModelResult> {
  let r = results.get(load)
  if (!r) {
    r = load.then(
      (gltf): ModelResult => ({ gltf, error: null }),
      (e: unknown): ModelResult => ({ gltf: null, error: e instanceof Error ? e : new Error(String(e)) }),
    )
    results.set(load, r)
  }
  return r
}

/** The model of `url` for a component (suspends while loading). Errors are returned, not thrown (the scene reports them). */
export function usePsoasModel(url: string): ModelResult {
  return use(resultOf(loadPsoasModel(url)))
}

/** Starts loading early (e.g. on hover of a "show 3D" button); the viewers then use that load. */
export function preloadPsoasModel(url: string = DEFAULT_MODEL_URL): void {
  loadPsoasModel(url).catch(() => undefined)
}

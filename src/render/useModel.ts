/**
 * The anatomy glb for a scene, through drei's `useGLTF` (suspense cache per URL, shared by every
 * viewer; `useGLTF.preload` to start early) with the meshopt decoder bundled in three-stdlib and no
 * Draco. drei's one load of a URL is served from model.ts's promise of that URL (started there when
 * missing), so bytes downloaded with progress, or parsed in Node, are not fetched again.
 */
import { useGLTF } from '@react-three/drei/core/Gltf.js'
import type { GLTFLoader } from 'three-stdlib'
import { DEFAULT_MODEL_URL } from '../platform/defaults.ts'
import { markPsoasModelFailed, modelPromise, takeStalePsoasModel, type GLTF } from './model.ts'

/**
 * drei's `extendLoader` for `url`: the load call that follows (R3F's loader function calls `load`
 * right after extending the shared loader) is served from model.ts, started there when missing.
 */
function extendFor(url: string) {
  return (loader: GLTFLoader) => {
    const own = loader as { load: GLTFLoader['load'] }
    own.load = (input, onLoad, onProgress, onError) => {
      // one shot: back to the prototype's load for every other URL
      delete (own as { load?: unknown }).load
      if (input !== url) return loader.load(input, onLoad, onProgress, onError)
      modelPromise(url, () => new Promise<GLTF>((resolve, reject) => loader.load(input, resolve, onProgress, reject))).then(onLoad, (e: unknown) =>
        onError?.(e as ErrorEvent),
      )
    }
  }
}

/** The model of `url` for a component (suspends while loading). Errors are returned, not thrown (the scene reports them). */
export function usePsoasModel(url: string): { gltf: GLTF; error: null } | { gltf: null; error: Error } {
  // forgotten since drei cached it (a retry after an error, a cleared cache): load again
  if (takeStalePsoasModel(url)) useGLTF.clear(url)
  try {
    // always called, once, in the same order: the try only turns a thrown load error into a value
    // oxlint-disable-next-line react/rules-of-hooks
    return { gltf: useGLTF(url, false, true, extendFor(url)), error: null }
  } catch (e) {
    // suspense: the pending promise goes up to <Suspense>
    if (e && typeof (e as PromiseLike<unknown>).then === 'function') throw e
    markPsoasModelFailed(url)
    return { gltf: null, error: e instanceof Error ? e : new Error(String(e)) }
  }
}

/** Starts loading early (e.g. on hover of a "show 3D" button), into drei's cache. */
export function preloadPsoasModel(url: string = DEFAULT_MODEL_URL): void {
  if (takeStalePsoasModel(url)) useGLTF.clear(url)
  useGLTF.preload(url, false, true, extendFor(url))
}

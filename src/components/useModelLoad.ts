/**
 * The state of the explainer's 3D view: WebGL available, model download (with progress), failure,
 * retry. The model is loaded here (not only by the canvas), so a failed load replaces the canvas by
 * the error panel however the canvas handles it, and the download shows its progress; the canvas
 * then reads the same cached model.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { hasWebGL } from '../platform/webgl.ts'
import { forgetModelLoad, loadModelWithProgress } from './modelLoad.ts'
import type { ViewError } from './ErrorPanel.tsx'
import { PsoasExplainerError, type ExplainerErrorKind } from './types.ts'

export interface ModelLoad {
  error: ViewError | null
  /** download fraction 0..1 (whole percents), or null while unknown */
  progress: number | null
  /** the model is in the cache: the canvas may mount */
  loaded: boolean
  /** the canvas has drawn its first frame */
  ready: boolean
  /** increases with each retry (a key for the canvas' error boundary) */
  attempt: number
  fail(kind: ExplainerErrorKind, cause: unknown): void
  markReady(): void
  /** forget the failed load and try again (undefined when retrying cannot help) */
  retry: (() => void) | undefined
}

export function useModelLoad(modelUrl: string, onError: (e: PsoasExplainerError) => void): ModelLoad {
  const [error, setError] = useState<ViewError | null>(() => (typeof document !== 'undefined' && !hasWebGL() ? { kind: 'noWebgl', detail: '' } : null))
  const [attempt, setAttempt] = useState(0)
  const [ready, setReady] = useState(false)
  const [loadedUrl, setLoadedUrl] = useState<string | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  // onError is called once per failure, not once per symptom of it
  const reported = useRef(false)
  const fail = useCallback(
    (kind: ExplainerErrorKind, cause: unknown) => {
      const detail = cause instanceof Error ? cause.message : cause ? String(cause) : ''
      setError({ kind, detail })
      if (!reported.current) {
        reported.current = true
        onError(new PsoasExplainerError(kind, `PsoasExplainer: ${kind}${detail ? `: ${detail}` : ''}`, { cause }))
      }
    },
    [onError],
  )

  const failed = error !== null
  useEffect(() => {
    if (failed) return
    let live = true
    // fetch the 3D code while the model downloads
    void import('../render/ExplainerCanvas.tsx').catch(() => undefined)
    let shown: number | null | undefined
    const { promise, unsubscribe } = loadModelWithProgress(modelUrl, (f) => {
      // one React update per whole percent, not per network chunk
      const p = f === null ? null : Math.floor(f * 100) / 100
      if (!live || p === shown) return
      shown = p
      setProgress(p)
    })
    promise.then(
      () => {
        if (live) setLoadedUrl(modelUrl)
      },
      (e: unknown) => {
        if (live) fail('modelLoad', e)
      },
    )
    return () => {
      live = false
      unsubscribe()
    }
  }, [modelUrl, failed, fail])

  useEffect(() => {
    if (error?.kind === 'noWebgl' && !reported.current) {
      reported.current = true
      onError(new PsoasExplainerError('noWebgl', 'PsoasExplainer: this browser cannot create a WebGL context'))
    }
  }, [error, onError])

  const retry = useCallback(() => {
    reported.current = false
    void forgetModelLoad(modelUrl)
    setLoadedUrl(null)
    setProgress(null)
    setReady(false)
    setError(null)
    setAttempt((a) => a + 1)
  }, [modelUrl])
  const markReady = useCallback(() => setReady(true), [])

  return {
    error,
    progress,
    loaded: loadedUrl === modelUrl,
    ready,
    attempt,
    fail,
    markReady,
    retry: error?.kind === 'noWebgl' ? undefined : retry,
  }
}

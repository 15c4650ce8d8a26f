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

/** How long the model may take to download and parse before the view offers "Try again". */
export const DEFAULT_LOAD_TIMEOUT_MS = 30_000

export function useModelLoad(modelUrl: string, onError: (e: PsoasExplainerError) => void, timeoutMs = DEFAULT_LOAD_TIMEOUT_MS): ModelLoad {
  const [error, setError] = useState<ViewError | null>(() =>
    typeof document !== 'undefined' && !hasWebGL() ? { kind: 'noWebgl', detail: 'WebGL is not available (no webgl2 or webgl context)' } : null,
  )
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
    // a download that never ends (a stalled connection) becomes a failure the user can retry
    const timer = setTimeout(() => {
      if (live) fail('timeout', new Error(`${modelUrl}: no model after ${Math.round(timeoutMs / 1000)} s`))
    }, timeoutMs)
    promise.then(
      () => {
        clearTimeout(timer)
        if (live) setLoadedUrl(modelUrl)
      },
      (e: unknown) => {
        clearTimeout(timer)
        if (live) fail('modelLoad', e)
      },
    )
    return () => {
      live = false
      clearTimeout(timer)
      unsubscribe()
    }
  }, [modelUrl, failed, fail, timeoutMs])

  useEffect(() => {
    if (error?.kind === 'noWebgl' && !reported.current) {
      reported.current = true
      onError(new PsoasExplainerError('noWebgl', `PsoasExplainer: noWebgl: ${error.detail}`))
    }
  }, [error, onError])

  const retry = useCallback(() => {
    reported.current = false
    forgetModelLoad(modelUrl).catch(() => undefined)
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

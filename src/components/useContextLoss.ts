/**
 * WebGL context loss of the explainer's canvas: the canvas stays, the view says it is starting again,
 * onError hears kind `contextLost`, and the canvas redraws by itself on `webglcontextrestored`. Only
 * when the browser has not restored the context after `restoreTimeoutMs` does the view offer "Try
 * again" (a new canvas, so a new context).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { PsoasExplainerError } from './types.ts'

/** How long the browser may take to restore a lost context before "Try again" is offered. */
export const DEFAULT_CONTEXT_RESTORE_TIMEOUT_MS = 5000

/** live: drawing; restoring: lost, waiting for the browser; lost: not restored in time */
export type ContextState = 'live' | 'restoring' | 'lost'

export interface ContextLoss {
  state: ContextState
  onLost(): void
  onRestored(): void
  /** back to live (after the canvas was replaced by a new one) */
  reset(): void
}

export function useContextLoss(onError: (e: PsoasExplainerError) => void, restoreTimeoutMs = DEFAULT_CONTEXT_RESTORE_TIMEOUT_MS): ContextLoss {
  const [state, setState] = useState<ContextState>('live')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const onLost = useCallback(() => {
    clearTimeout(timer.current)
    setState('restoring')
    timer.current = setTimeout(() => setState('lost'), restoreTimeoutMs)
    onError(
      new PsoasExplainerError('contextLost', 'PsoasExplainer: contextLost: the WebGL context was lost; the view is drawn again when the browser restores it'),
    )
  }, [onError, restoreTimeoutMs])
  const onRestored = useCallback(() => {
    clearTimeout(timer.current)
    setState('live')
  }, [])
  return { state, onLost, onRestored, reset: onRestored }
}

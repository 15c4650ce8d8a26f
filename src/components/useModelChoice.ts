/**
 * Which model the explainer draws (`modelQuality`): decided once per mount and when the props change,
 * not on resize (switching would download the other model).
 */
import { useMemo } from 'react'
import { DEFAULT_MODEL_URL } from '../platform/defaults.ts'
import { MODEL_QUALITIES, chooseModel, type ModelQuality } from '../platform/model-quality.ts'
import { isSoftwareRenderer } from '../platform/webgl.ts'

/** The shorter side (CSS px) of the screen and of the window, whichever is smaller; undefined when unknown. */
export function displayShortSidePx(): number | undefined {
  if (typeof window === 'undefined') return undefined
  const sides = [window.screen?.width, window.screen?.height, window.innerWidth, window.innerHeight].filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0,
  )
  return sides.length > 0 ? Math.min(...sides) : undefined
}

export interface ModelChoice {
  url: string
  quality: 'full' | 'low'
  /** when 'auto' picked the low model: the full one, tried if the low one cannot be loaded */
  fallbackUrl?: string
}

export function useModelChoice(quality: unknown, modelUrl: string = DEFAULT_MODEL_URL, lowModelUrl?: string): ModelChoice {
  return useMemo(() => {
    const q: ModelQuality = MODEL_QUALITIES.includes(quality as ModelQuality) ? (quality as ModelQuality) : 'auto'
    const low = typeof lowModelUrl === 'string' && lowModelUrl !== '' ? lowModelUrl : undefined
    // the probe (one cached scratch context) only when it decides something
    const software = q === 'auto' && typeof document !== 'undefined' && isSoftwareRenderer()
    const choice = chooseModel({ quality: q, modelUrl, lowModelUrl: low, screenPx: displayShortSidePx(), software })
    return q === 'auto' && choice.quality === 'low' && choice.url !== modelUrl ? { ...choice, fallbackUrl: modelUrl } : choice
  }, [quality, modelUrl, lowModelUrl])
}

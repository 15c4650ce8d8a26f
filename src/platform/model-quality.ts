/**
 * Which model to load: the full one (≈ 52k triangles) or the low-poly one (≈ 15k, same nodes), so
 * phones and software renderers do not download and draw more than they can show. Pure: the caller
 * passes what it knows about the device.
 */
import { DEFAULT_MODEL_URL } from './defaults.ts'

export type ModelQuality = 'auto' | 'full' | 'low'
export const MODEL_QUALITIES: readonly ModelQuality[] = ['auto', 'full', 'low']

/** Below this size (CSS px, the SHORTER side of the screen) 'auto' picks the low model: phones are 360–430, tablets 744 and up. */
export const SMALL_SCREEN_MAX_PX = 600

/** The low-poly sibling of a model URL: `x.glb` → `x-lowpoly.glb` (query and hash kept; a low-poly URL stays as it is). */
export function lowPolyUrl(url: string): string {
  if (/-lowpoly\.glb(?=([?#]|$))/.test(url)) return url
  return url.replace(/\.glb(?=([?#]|$))/, '-lowpoly.glb')
}

export interface ModelChoiceInput {
  quality: ModelQuality
  /** the full model (default `/models/lumbar-psoas.glb`) */
  modelUrl?: string
  /** the low-poly model (default: `lowPolyUrl(modelUrl)`) */
  lowModelUrl?: string
  /** the shorter side of the screen in CSS px (undefined: unknown, treated as large) */
  screenPx?: number
  /** WebGL is drawn in software */
  software?: boolean
}

/** The URL to load and why. */
export function chooseModel(input: ModelChoiceInput): { url: string; quality: 'full' | 'low' } {
  const full = input.modelUrl ?? DEFAULT_MODEL_URL
  const low = input.lowModelUrl ?? lowPolyUrl(full)
  const small = input.screenPx !== undefined && input.screenPx < SMALL_SCREEN_MAX_PX
  const pickLow = input.quality === 'low' || (input.quality === 'auto' && (small || input.software === true))
  return pickLow ? { url: low, quality: 'low' } : { url: full, quality: 'full' }
}

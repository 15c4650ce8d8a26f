/**
 * <ViewPoster>: the poster of the 3D view (poster.ts) — an <img> under where the canvas goes,
 * scaled to the view's height and centred like the 3D camera's frame (its field of view is
 * vertical), so the first drawn frame covers it in place; in views too narrow for that (the camera
 * moves back) the image is hidden by CSS (posterCss). Renders nothing while the state is not
 * what a poster shows, and nothing after the image failed to load (a host that serves no posters).
 */
import { useState } from 'react'
import { preload } from 'react-dom'
import { useSceneStore } from '../react/index.ts'
import { format, type Catalog } from '../content/index.ts'
import { POSTER_HEIGHT_PX, POSTER_WIDTH_PX, posterPreset, posterUrl, type PosterProp } from './poster.ts'
import { OPENING_STATE } from '../scene-state/state.ts'
import { parseState } from '../scene-state/validate.ts'
import type { SceneState } from '../scene-state/types.ts'
import { resolveTheme, type PsoasTheme, type PsoasThemeProp } from './theme.ts'

export interface ViewPosterProps {
  poster: PosterProp
  modelUrl: string
  themeColors: PsoasTheme
  catalog: Catalog
}

export function ViewPoster({ poster, modelUrl, themeColors, catalog }: ViewPosterProps) {
  const src = useSceneStore((s) => posterUrl(poster, s, modelUrl, themeColors))
  const preset = useSceneStore((s) => posterPreset(s))
  const [failed, setFailed] = useState<string | null>(null)
  if (src === null || preset === null || failed === src) return null
  return (
    <div className="psoas-explainer__poster" data-testid="poster" data-preset={preset}>
      <img
        src={src}
        alt={format(catalog.ui.posterAlt, { view: catalog.ui.controls.cameras[preset] })}
        width={POSTER_WIDTH_PX}
        height={POSTER_HEIGHT_PX}
        decoding="async"
        // the first thing the view shows (likely the page's largest paint): fetched before the 3D code
        fetchPriority="high"
        draggable={false}
        onError={() => setFailed(src)}
      />
    </div>
  )
}

export interface PosterPreloadProps {
  poster: PosterProp
  /** the explainer's `state` or `defaultState` prop (parsed as the explainer will) */
  state: Partial<SceneState> | undefined
  modelUrl: string
  theme: PsoasThemeProp | undefined
}

/**
 * Starts the poster's download while the explainer waits for its text catalog (the view, and with
 * it the <img>, renders once the catalog is there): the two requests run side by side instead of
 * one after the other. Renders nothing.
 */
export function PosterPreload({ poster, state, modelUrl, theme }: PosterPreloadProps) {
  const src = posterUrl(poster, parseState(state ?? {}, OPENING_STATE).state, modelUrl, resolveTheme(theme))
  if (src !== null) preload(src, { as: 'image', fetchPriority: 'high' })
  return null
}

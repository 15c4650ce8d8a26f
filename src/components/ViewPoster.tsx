/**
 * <ViewPoster>: the poster of the 3D view (poster.ts) — an <img> under where the canvas goes,
 * scaled to the view's height and centred like the 3D camera's frame (its field of view is
 * vertical), so the first drawn frame covers it in place; in views too narrow for that (the camera
 * moves back) the image is hidden by CSS (posterCss). Renders nothing while the state is not
 * what a poster shows, and nothing after the image failed to load (a host that serves no posters).
 */
import { useState } from 'react'
import { useSceneStore } from '../react/index.ts'
import { format, type Catalog } from '../content/index.ts'
import { POSTER_HEIGHT_PX, POSTER_WIDTH_PX, posterPreset, posterUrl, type PosterProp } from './poster.ts'
import type { PsoasTheme } from './theme.ts'

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

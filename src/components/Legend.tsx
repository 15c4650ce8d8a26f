/**
 * The legend of the 3D view: a collapsible list of what each colour and mark in use means, from
 * scene-state's `legendEntries` (the same thresholds the render draws with), so it changes with the
 * tightness, the layers and the selection. Each swatch shows the theme colour (a CSS custom property)
 * and is decorative; the sentence beside it says what it means.
 */
import { useMemo, type CSSProperties } from 'react'
import { LEGEND_SWATCHES, legendEntries } from '../scene-state/legend.ts'
import { useSceneStore, useSceneView } from '../react/index.ts'
import type { Catalog } from '../content/index.ts'
import { THEME_CSS_VARS } from './theme.ts'

export function Legend({ catalog }: { catalog: Catalog }) {
  const view = useSceneView()
  const layers = useSceneStore((s) => s.layers)
  const focus = useSceneStore((s) => s.focus)
  const entries = useMemo(() => legendEntries(view, layers, focus), [view, layers, focus])
  if (entries.length === 0) return null
  return (
    <details className="psoas-details psoas-legend">
      <summary>{catalog.legend.title}</summary>
      <ul>
        {entries.map((id) => {
          const swatch = LEGEND_SWATCHES[id]
          const style = { '--psoas-swatch': `var(${THEME_CSS_VARS[swatch.colour]})` } as CSSProperties
          return (
            <li key={id} data-entry={id}>
              <span className="psoas-legend__swatch" data-shape={swatch.shape} style={style} aria-hidden="true" />
              <span>{catalog.legend.entries[id]}</span>
            </li>
          )
        })}
      </ul>
    </details>
  )
}

/**
 * A schematic front/back body map (anatomy-reference §7, `bodyMap`). Regions where symptoms may be
 * felt are filled with a hatch pattern AND listed as text, so colour is never the only cue. With
 * `onSelect` every region (each side) is a control the patient can point at: tap/click, or Tab to the
 * map, arrow keys to move, Enter/Space to choose (one tab stop; roving tabindex).
 */
import { useId, useState, type KeyboardEvent } from 'react'
import { BODY_MAP_OUTLINE, BODY_REGIONS, type BodyRegion, type BodyRegionChoice } from '../scene-state/index.ts'
import type { BodySide } from '../scene-state/ids.ts'

type View = BodyRegion['view']

const OUTLINE_LEVELS = BODY_MAP_OUTLINE.levels
const OUTLINE_HALF_WIDTHS = BODY_MAP_OUTLINE.halfWidths

/** One highlighted region: which region, on which side of the patient, and how strongly (0..1). */
export interface BodyMapHighlight {
  /** a region id of the reference body map, e.g. `anteriorThigh` */
  region: string
  /** the patient's side */
  side: BodySide
  /** 0..1; drawn as opacity, and stated in the list only as "may be felt" */
  level?: number
}

/** Text of the body map, from the content catalog. */
export interface BodyMapText {
  /** heading above the figure, e.g. "Where symptoms may be felt" */
  title: string
  front: string
  back: string
  left: string
  right: string
  /** shown when no region is highlighted */
  none: string
  /** short note under the list, e.g. "schematic, not a dermatome atlas" */
  note?: string
  /** how to point (shown and used as the description of the map when it is interactive) */
  hint?: string
  /** accessible name of a region control per side, template {region} (e.g. "{region}, right side") */
  regionOnSide?: Record<BodySide, string>
}

export interface BodyMapProps {
  /** regions to highlight (e.g. from deriveSymptoms) */
  highlighted: readonly BodyMapHighlight[]
  /** all visible text */
  text: BodyMapText
  /** display name of a region id; defaults to the id */
  regionName?: (id: string) => string
  /** extra class on the wrapper */
  className?: string
  /** the region the patient pointed at (drawn filled, `aria-pressed`) */
  selected?: BodyRegionChoice | null
  /** makes the regions controls: called with the region and side chosen by pointer, touch or keyboard */
  onSelect?: (choice: BodyRegionChoice) => void
}

const S = 400 // SVG units per normalised unit
const fmt = (n: number) => (Math.round(n * S * 10) / 10).toString()

/** The outline's screen-left half (front view: the patient's right), top to bottom and back up. */
function outlineHalf(): Array<[number, number]> {
  const y = OUTLINE_LEVELS
  const w = OUTLINE_HALF_WIDTHS
  const m = 0.5
  // Drawing choices (schematic, not anatomical data): neck and shoulder widths.
  return [
    [m - 0.028, y.chin],
    [m - 0.03, y.chin + 0.035],
    [m - 0.105, y.shoulders + 0.012],
    [m - 0.112, y.shoulders + 0.05],
    [m - 0.095, y.shoulders + 0.11],
    [m - w.waist, y.navel - 0.02],
    [m - w.waist - 0.005, y.iliacCrest],
    [m - w.hips, y.asis + 0.02],
    [m - w.upperThighOuter, y.crotch + 0.01],
    [m - w.upperThighOuter + 0.012, y.midThigh],
    [m - w.kneeOuter, y.knee],
    [m - w.kneeOuter + 0.002, y.midCalf - 0.04],
    [m - w.ankleOuter, y.ankle],
    [m - w.ankleOuter - 0.012, y.sole - 0.01],
    [m - w.ankleOuter - 0.008, y.sole],
    [m - w.ankleInner + 0.008, y.sole],
    [m - w.ankleInner, y.ankle],
    [m - w.kneeInner - 0.01, y.midCalf],
    [m - w.kneeInner, y.knee],
    [m - 0.008, y.midThigh - 0.04],
    [m, y.crotch],
  ]
}

function outlinePath(): string {
  const half = outlineHalf()
  const mirrored = [...half].reverse().map(([x, yy]) => [1 - x, yy] as [number, number])
  const pts = [...half, ...mirrored.slice(1)]
  return `M ${pts.map(([x, yy]) => `${fmt(x)} ${fmt(yy)}`).join(' L ')} Z`
}

function armPath(side: -1 | 1): string {
  // Arms hang a little away from the body so the thigh regions stay clear.
  const y = OUTLINE_LEVELS
  const x0 = 0.5 + side * 0.115
  const pts: Array<[number, number]> = [
    [x0, y.shoulders + 0.015],
    [x0 + side * 0.03, y.shoulders + 0.03],
    [x0 + side * 0.045, y.navel],
    [x0 + side * 0.05, y.crotch - 0.02],
    [x0 + side * 0.03, y.crotch - 0.02],
    [x0 + side * 0.02, y.navel],
    [x0 + side * 0.005, y.shoulders + 0.08],
  ]
  return `M ${pts.map(([x, yy]) => `${fmt(x)} ${fmt(yy)}`).join(' L ')} Z`
}

const OUTLINE = outlinePath()
const ARMS = [armPath(-1), armPath(1)]
const HEAD = { cx: 0.5 * S, cy: (OUTLINE_LEVELS.chin / 2) * S, rx: 0.05 * S, ry: (OUTLINE_LEVELS.chin / 2) * S }

/** Polygon of a region for one side of the patient in its view (left = (1 − x, y)). */
export function regionPolygon(region: string, side: BodySide): { view: View; points: Array<[number, number]> } | null {
  const def = BODY_REGIONS.find((r) => r.id === region)
  if (!def) return null
  const points = def.polygonRight.map(([x, y]) => [side === 'right' ? x : 1 - x, y] as [number, number])
  return { view: def.view, points }
}

/** Every region control in keyboard order: front view then back, each the patient's right side then left, body-map order. */
const CONTROLS: readonly BodyRegionChoice[] = (['front', 'back'] as const).flatMap((view) =>
  (['right', 'left'] as const).flatMap((side) => BODY_REGIONS.filter((r) => r.view === view).map((r) => ({ region: r.id, side }))),
)
const controlKey = (c: BodyRegionChoice) => `${c.region}-${c.side}`

interface ControlsProps {
  selected: BodyRegionChoice | null
  /** the control that takes Tab focus */
  tabStop: string
  label: (c: BodyRegionChoice) => string
  onSelect: (c: BodyRegionChoice) => void
  onKeyDown: (e: KeyboardEvent<SVGGElement>, c: BodyRegionChoice) => void
}

function Figure({ view, label, highlighted, patternId, controls }: { view: View; label: string; highlighted: readonly BodyMapHighlight[]; patternId: string; controls?: ControlsProps }) {
  return (
    <g data-view={view}>
      <text x={0.5 * S} y={-8} textAnchor="middle" className="psoas-bodymap__view-label" fontSize={16} fill="currentColor">
        {label}
      </text>
      <ellipse {...HEAD} className="psoas-bodymap__outline" />
      {ARMS.map((d) => (
        <path key={d} d={d} className="psoas-bodymap__outline" />
      ))}
      <path d={OUTLINE} className="psoas-bodymap__outline" />
      {view === 'back' ? (
        <line x1={0.5 * S} y1={0.2 * S} x2={0.5 * S} y2={0.43 * S} className="psoas-bodymap__spine" />
      ) : null}
      {highlighted.map((h) => {
        const poly = regionPolygon(h.region, h.side)
        if (!poly || poly.view !== view) return null
        const level = Math.max(0.35, Math.min(1, h.level ?? 1))
        return (
          <polygon
            key={`${h.region}-${h.side}`}
            data-region={h.region}
            data-side={h.side}
            points={poly.points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ')}
            className="psoas-bodymap__region"
            fill={`url(#${patternId})`}
            fillOpacity={level}
          />
        )
      })}
      {controls
        ? CONTROLS.map((c) => {
            const poly = regionPolygon(c.region, c.side)
            if (!poly || poly.view !== view) return null
            const key = controlKey(c)
            const on = controls.selected !== null && controlKey(controls.selected) === key
            const points = poly.points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ')
            return (
              <g
                key={key}
                role="button"
                tabIndex={key === controls.tabStop ? 0 : -1}
                aria-label={controls.label(c)}
                aria-pressed={on}
                data-region-control=""
                data-region={c.region}
                data-side={c.side}
                data-state={on ? 'on' : 'off'}
                className="psoas-bodymap__control"
                onClick={() => controls.onSelect(c)}
                onKeyDown={(e) => controls.onKeyDown(e, c)}
              >
                {/* a wider, invisible outline: small regions are easier to hit with a finger */}
                <polygon points={points} className="psoas-bodymap__hit" />
                <polygon points={points} className="psoas-bodymap__shape" />
              </g>
            )
          })
        : null}
    </g>
  )
}

/**
 * Front and back body outline with the regions where symptoms may be felt. The figure is
 * `role="img"` with a label that lists the regions; the same list is shown as text below it.
 */
export function BodyMap({ highlighted, text, regionName = (id) => id, className, selected = null, onSelect }: BodyMapProps) {
  const uid = useId().replace(/:/g, '')
  const patternId = `psoas-hatch-${uid}`
  const hintId = `psoas-bodymap-hint-${uid}`
  // the control that Tab reaches: the last one moved to, else the chosen one, else the first
  const [moved, setMoved] = useState<string | null>(null)
  const tabStop = moved ?? (selected ? controlKey(selected) : controlKey(CONTROLS[0]))
  const regionLabel = (c: BodyRegionChoice) => {
    const name = regionName(c.region)
    const template = text.regionOnSide?.[c.side]
    return template ? template.replace('{region}', name) : `${name} (${c.side === 'left' ? text.left : text.right})`
  }
  const onKeyDown = (e: KeyboardEvent<SVGGElement>, c: BodyRegionChoice) => {
    if (!onSelect) return
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onSelect(c)
      return
    }
    const i = CONTROLS.findIndex((x) => controlKey(x) === controlKey(c))
    const last = CONTROLS.length - 1
    const next =
      e.key === 'ArrowDown' || e.key === 'ArrowRight' ? Math.min(last, i + 1)
      : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? Math.max(0, i - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : null
    if (next === null) return
    e.preventDefault()
    const key = controlKey(CONTROLS[next])
    setMoved(key)
    const [region, side] = [CONTROLS[next].region, CONTROLS[next].side]
    e.currentTarget.ownerSVGElement?.querySelector<SVGGElement>(`[data-region-control][data-region="${region}"][data-side="${side}"]`)?.focus()
  }
  const controls: ControlsProps | undefined = onSelect
    ? {
        selected,
        tabStop,
        label: regionLabel,
        onSelect: (c) => {
          setMoved(controlKey(c))
          onSelect(c)
        },
        onKeyDown,
      }
    : undefined
  const listed = highlighted.filter((h) => BODY_REGIONS.some((r) => r.id === h.region))
  const items = listed.map((h) => `${regionName(h.region)} (${h.side === 'left' ? text.left : text.right})`)
  const label = `${text.title}: ${items.length ? items.join(', ') : text.none}`
  // Both views side by side: x 0.3..0.7 of each normalised image is enough for the body.
  const crop = { x0: 0.3, x1: 0.7 }
  const viewW = (crop.x1 - crop.x0) * S
  return (
    <figure className={['psoas-bodymap', className].filter(Boolean).join(' ')} data-count={listed.length}>
      <figcaption className="psoas-bodymap__title">{text.title}</figcaption>
      {controls && text.hint ? (
        <p id={hintId} className="psoas-bodymap__hint">
          {text.hint}
        </p>
      ) : null}
      <svg
        role={controls ? 'group' : 'img'}
        aria-label={label}
        aria-describedby={controls && text.hint ? hintId : undefined}
        viewBox={`0 -24 ${viewW * 2 + 20} ${S + 30}`}
        className="psoas-bodymap__svg"
        data-interactive={controls ? 'true' : undefined}
        preserveAspectRatio="xMidYMid meet"
      >
        <defs>
          <pattern id={patternId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} className="psoas-bodymap__hatch-bg" />
            <line x1={0} y1={0} x2={0} y2={6} className="psoas-bodymap__hatch-line" strokeWidth={2.5} />
          </pattern>
        </defs>
        <g transform={`translate(${-crop.x0 * S} 0)`}>
          <Figure view="front" label={text.front} highlighted={listed} patternId={patternId} controls={controls} />
        </g>
        <g transform={`translate(${viewW + 20 - crop.x0 * S} 0)`}>
          <Figure view="back" label={text.back} highlighted={listed} patternId={patternId} controls={controls} />
        </g>
      </svg>
      {items.length ? (
        <ul className="psoas-bodymap__list">
          {items.map((t, i) => (
            <li key={`${listed[i].region}-${listed[i].side}`}>{t}</li>
          ))}
        </ul>
      ) : (
        <p className="psoas-bodymap__none">{text.none}</p>
      )}
      {text.note ? <p className="psoas-bodymap__note">{text.note}</p> : null}
    </figure>
  )
}

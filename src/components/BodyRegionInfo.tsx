import { useId } from 'react'
import { useSceneStore, useSceneStoreApi, useSceneView } from '../react/index.ts'
import { readBodyRegion, type RegionReading } from '../scene-state/index.ts'
import { CHAPTER_IDS, type ChapterId } from '../scene-state/types.ts'
import { format, type BodyMapRegionId, type Catalog } from '../content/index.ts'

/** "L1–S3": the first and last of a region's spinal levels. */
function levels(roots: readonly string[]): string {
  return roots.length > 1 ? `${roots[0]}–${roots[roots.length - 1]}` : (roots[0] ?? '')
}

/** The one sentence on how a tight psoas could relate to the chosen region (catalog template). */
export function regionSentence(catalog: Catalog, reading: RegionReading): string {
  const first = reading.nerves[0]
  return first
    ? format(catalog.bodyMap.relation[reading.relation], { nerve: catalog.nerves[first.key].name, roots: catalog.nerves[first.key].roots })
    : format(catalog.bodyMap.relation.notPlexus, { roots: levels(reading.roots) })
}

export interface BodyRegionInfoProps {
  catalog: Catalog
  /** opens a chapter; with it, a button to "What else can cause these symptoms" is shown */
  onChapter?: (id: ChapterId) => void
}

/**
 * Where the patient pointed on the body map, read by scene-state (`readBodyRegion` against the current
 * pose): the region and side, one sentence on how a tight psoas could relate (or that it likely does
 * not), its evidence grade, the nerves that supply it with their levels (the one the 3D view highlights
 * marked), and the way to the chapter on other causes. A polite live region, so the choice is announced.
 */
export function BodyRegionInfo({ catalog, onChapter }: BodyRegionInfoProps) {
  const choice = useSceneStore((s) => s.bodyRegion)
  const focus = useSceneStore((s) => s.focus)
  const pose = useSceneView().pose
  const store = useSceneStoreApi()
  const titleId = useId()
  const reading = choice ? readBodyRegion(choice, pose) : null
  const text = catalog.bodyMap
  const grade = reading?.nerves[0]?.psoasLinkGrade
  const otherCauses: ChapterId = 'otherCauses'
  return (
    <div className="psoas-bodymap__choice" aria-live="polite" data-testid="body-region-info">
      {reading ? (
        <section aria-labelledby={titleId} data-region={reading.region} data-side={reading.side} data-relation={reading.relation}>
          <p id={titleId} className="psoas-bodymap__choice-title">
            {format(text.regionOnSide[reading.side], { region: text.regions[reading.region as BodyMapRegionId] ?? reading.region })}
          </p>
          <p data-testid="body-region-relation">{regionSentence(catalog, reading)}</p>
          {grade ? (
            <p className="psoas-explainer__note" data-grade={grade}>
              {catalog.evidence.grade}: {catalog.evidence.grades[grade].name}
            </p>
          ) : null}
          {reading.nerves.length ? (
            <>
              <p className="psoas-explainer__label">{text.nervesTitle}</p>
              <ul className="psoas-bodymap__nerves">
                {reading.nerves.map((n) => (
                  <li key={n.id} data-nerve={n.id} data-state={focus === n.id ? 'on' : 'off'}>
                    {format(text.nerveWithRoots, { nerve: catalog.nerves[n.key].name, roots: catalog.nerves[n.key].roots })}
                    {focus === n.id ? ` — ${text.inView}` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="psoas-bodymap__actions">
            {onChapter && CHAPTER_IDS.includes(otherCauses) ? (
              <button type="button" data-action="other-causes" onClick={() => onChapter(otherCauses)}>
                {catalog.chapters[otherCauses].title}
              </button>
            ) : null}
            <button type="button" data-action="clear-region" onClick={() => store.actions.selectBodyRegion(null)}>
              {text.clear}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  )
}

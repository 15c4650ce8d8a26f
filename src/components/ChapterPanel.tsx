/**
 * One chapter of the guided tour: title, short paragraphs, and each claim with its evidence grade
 * badge, the plain-language caveat and the references. Hypotheses are named as such in words.
 */
import { getChapter } from '../content/chapters.ts'
import { getClaim } from '../content/claims.ts'
import { format, getDifferential, referenceFull, referenceLabel } from '../content/index.ts'
import type { Catalog, ClaimId, DifferentialId, ReferenceId } from '../content/index.ts'
import { RedFlags, WarningSigns } from './RedFlags.tsx'
import { GradeBadge } from './GradeBadge.tsx'

export { GradeBadge, RedFlags }
// for the tour's scenes (tour.ts), which load with this panel
export { getChapter }
import type { ChapterId } from '../scene-state/types.ts'

export interface ChapterPanelProps {
  /** the chapter to show */
  chapter: ChapterId
  /** the locale's catalog */
  catalog: Catalog
  /** heading level of the chapter title (default 3) */
  headingLevel?: 2 | 3 | 4
  /** show the claims inside a closed <details> with this summary text ({count} = number of claims) */
  collapseClaims?: string
}

function referenceText(id: ReferenceId, catalog: Catalog): { short: string; full?: string } {
  const locale = catalog.meta.locale
  const short = referenceLabel(id, locale)
  const full = referenceFull(id, locale)
  // a non-literature ground (e.g. "clinical consensus") has no separate full citation
  return full === short ? { short } : { short, full }
}

export function ChapterPanel({ chapter, catalog, headingLevel = 3, collapseClaims }: ChapterPanelProps) {
  const def = getChapter(chapter)
  const text = catalog.chapters[chapter]
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  const Hs = `h${Math.min(6, headingLevel + 1)}` as 'h3' | 'h4' | 'h5'
  return (
    <section className="psoas-chapter" data-chapter={chapter} aria-label={text.title}>
      <H>{text.title}</H>
      {text.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {def.guidanceSources?.length ? <References ids={def.guidanceSources} catalog={catalog} testId="chapter-sources" /> : null}
      {def.claimIds.length && collapseClaims ? (
        <details className="psoas-details">
          <summary>{format(collapseClaims, { count: def.claimIds.length })}</summary>
          <ClaimList ids={def.claimIds} catalog={catalog} />
        </details>
      ) : def.claimIds.length ? (
        <ClaimList ids={def.claimIds} catalog={catalog} />
      ) : null}
      {def.differentialIds?.length ? <DifferentialList ids={def.differentialIds} catalog={catalog} /> : null}
      {def.showRedFlags ? <RedFlags catalog={catalog} level={Hs} /> : null}
    </section>
  )
}

/** The open chapter of the tour (ChapterBox): the panel, and the warning signs behind a button when the chapter does not list them. */
export function OpenChapter({ chapter, catalog }: { chapter: ChapterId; catalog: Catalog }) {
  return (
    <>
      <ChapterPanel chapter={chapter} catalog={catalog} />
      {getChapter(chapter).showRedFlags ? null : <WarningSigns catalog={catalog} from="tour" />}
    </>
  )
}

function References({ ids, catalog, testId }: { ids: readonly ReferenceId[]; catalog: Catalog; testId?: string }) {
  return (
    <p className="psoas-chapter__refs" data-testid={testId}>
      {catalog.evidence.references}:{' '}
      {ids.map((r, i) => {
        const ref = referenceText(r, catalog)
        return (
          <span key={r}>
            {i ? '; ' : ''}
            {ref.full ? <abbr title={ref.full}>{ref.short}</abbr> : ref.short}
          </span>
        )
      })}
    </p>
  )
}

/** Other conditions that can cause the same symptoms, each with its grade and references. */
function DifferentialList({ ids, catalog }: { ids: readonly DifferentialId[]; catalog: Catalog }) {
  return (
    <ul className="psoas-chapter__claims" data-testid="differentials">
      {ids.map((id) => {
        const d = getDifferential(id)
        const t = catalog.differentials[id]
        return (
          <li key={id} className="psoas-chapter__claim" data-differential={id} data-grade={d.grade}>
            <p>
              <strong>{t.name}</strong> <GradeBadge grade={d.grade} catalog={catalog} />
            </p>
            <p>{t.description}</p>
            <References ids={d.references} catalog={catalog} />
          </li>
        )
      })}
    </ul>
  )
}

function ClaimList({ ids, catalog }: { ids: readonly ClaimId[]; catalog: Catalog }) {
  return (
        <ul className="psoas-chapter__claims">
          {ids.map((id) => {
            const claim = getClaim(id)
            const t = catalog.claims[id]
            return (
              <li key={id} className="psoas-chapter__claim" data-claim={id} data-grade={claim.grade}>
                <p>
                  <strong>{t.text}</strong>{' '}
                  <GradeBadge grade={claim.grade} catalog={catalog} note={claim.gradeNote ? catalog.evidence.gradeNotes[claim.gradeNote] : undefined} />
                </p>
                <p>
                  {catalog.evidence.grades[claim.grade].description} {t.caveat}
                </p>
                <References ids={claim.references} catalog={catalog} />
              </li>
            )
          })}
        </ul>
  )
}

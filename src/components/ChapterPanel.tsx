/**
 * One chapter of the guided tour: title, short paragraphs, and each claim with its evidence grade
 * badge, the plain-language caveat and the references. Hypotheses are named as such in words.
 */
import { getChapter } from '../content/chapters.ts'
import { getClaim } from '../content/claims.ts'
import { format, referenceFull, referenceLabel } from '../content/index.ts'
import type { Catalog, ClaimId, ReferenceId } from '../content/types.ts'
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

export function GradeBadge({ grade, catalog, note }: { grade: keyof Catalog['evidence']['grades']; catalog: Catalog; note?: string }) {
  const g = catalog.evidence.grades[grade]
  return (
    <span className="psoas-badge" data-grade={grade} title={g.description}>
      {catalog.evidence.grade}: {g.name}
      {note ? ` (${note})` : ''}
    </span>
  )
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
      {def.claimIds.length && collapseClaims ? (
        <details className="psoas-details">
          <summary>{format(collapseClaims, { count: def.claimIds.length })}</summary>
          <ClaimList ids={def.claimIds} catalog={catalog} />
        </details>
      ) : def.claimIds.length ? (
        <ClaimList ids={def.claimIds} catalog={catalog} />
      ) : null}
      {def.showRedFlags ? <RedFlags catalog={catalog} level={Hs} /> : null}
    </section>
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
                <p className="psoas-chapter__refs">
                  {catalog.evidence.references}:{' '}
                  {claim.references.map((r, i) => {
                    const ref = referenceText(r, catalog)
                    return (
                      <span key={r}>
                        {i ? '; ' : ''}
                        {ref.full ? <abbr title={ref.full}>{ref.short}</abbr> : ref.short}
                      </span>
                    )
                  })}
                </p>
              </li>
            )
          })}
        </ul>
  )
}

export function RedFlags({ catalog, level = 'h4' }: { catalog: Catalog; level?: 'h2' | 'h3' | 'h4' | 'h5' }) {
  const H = level
  return (
    <aside className="psoas-redflags" aria-label={catalog.safety.title}>
      <H>{catalog.safety.title}</H>
      <p>{catalog.safety.intro}</p>
      <ul>
        {Object.entries(catalog.safety.redFlags).map(([k, v]) => (
          <li key={k}>{v}</li>
        ))}
      </ul>
      <p>{catalog.safety.action}</p>
    </aside>
  )
}

import type { Catalog } from '../content/index.ts'

/** An evidence grade as a badge (its name; its description on hover), with an optional qualifier. */
export function GradeBadge({ grade, catalog, note }: { grade: keyof Catalog['evidence']['grades']; catalog: Catalog; note?: string }) {
  const g = catalog.evidence.grades[grade]
  return (
    <span className="psoas-badge" data-grade={grade} title={g.description}>
      {catalog.evidence.grade}: {g.name}
      {note ? ` (${note})` : ''}
    </span>
  )
}

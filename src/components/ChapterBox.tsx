import { Suspense, lazy } from 'react'
import { useSceneStore } from '../react/index.ts'
import type { Catalog } from '../content/index.ts'

/** The chapter panel, its claims and the chapters' scenes load when a chapter is first opened. */
const OpenChapter = lazy(() => import('./ChapterPanel.tsx').then((m) => ({ default: m.OpenChapter })))

/**
 * The open chapter of the guided tour (nothing when none is open). The warning signs are one step
 * away in every chapter: inline in the chapter that lists them, behind a button in the others.
 */
export function ChapterBox({ catalog }: { catalog: Catalog }) {
  const chapter = useSceneStore((s) => s.chapter)
  if (!chapter) return null
  return (
    <Suspense fallback={null}>
      <OpenChapter chapter={chapter} catalog={catalog} />
    </Suspense>
  )
}

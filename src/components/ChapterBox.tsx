import { useSceneStore } from '../react/index.ts'
import { getChapter, type Catalog } from '../content/index.ts'
import { ChapterPanel } from './ChapterPanel.tsx'
import { WarningSigns } from './RedFlags.tsx'

/**
 * The open chapter of the guided tour (nothing when none is open). The warning signs are one step
 * away in every chapter: inline in the chapter that lists them, behind a button in the others.
 */
export function ChapterBox({ catalog }: { catalog: Catalog }) {
  const chapter = useSceneStore((s) => s.chapter)
  if (!chapter) return null
  return (
    <>
      <ChapterPanel chapter={chapter} catalog={catalog} />
      {getChapter(chapter).showRedFlags ? null : <WarningSigns catalog={catalog} from="tour" />}
    </>
  )
}

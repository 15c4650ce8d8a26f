import { useSceneStore } from '../react/index.ts'
import type { Catalog } from '../content/index.ts'
import { ChapterPanel } from './ChapterPanel.tsx'

/** The open chapter of the guided tour (nothing when none is open). */
export function ChapterBox({ catalog }: { catalog: Catalog }) {
  const chapter = useSceneStore((s) => s.chapter)
  if (!chapter) return null
  return <ChapterPanel chapter={chapter} catalog={catalog} />
}

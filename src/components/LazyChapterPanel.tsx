import { Suspense, lazy } from 'react'
import type { ChapterPanelProps } from './ChapterPanel.tsx'

const Panel = lazy(() => import('./ChapterPanel.tsx').then((m) => ({ default: m.ChapterPanel })))

/**
 * The package's `<ChapterPanel>`: the same panel, loaded on first use, so the chapters' scenes,
 * claims and differentials are not in the first chunk of an app (issue 14). Shows nothing until loaded.
 */
export function ChapterPanel(props: ChapterPanelProps) {
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  )
}

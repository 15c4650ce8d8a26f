/**
 * The side panel of <PsoasExplainer> (the open chapter, live text, controls, readouts, lists, the
 * disclaimer), the consult toolbar and the shortcut overlay. They load beside the text catalog,
 * in parallel, not in the first chunk (issue 14): nothing here can show before the catalog anyway.
 */
import type { Catalog } from '../content/index.ts'
import type { ChapterId } from '../scene-state/types.ts'
import { Controls } from './Controls.tsx'
import { ShareButton } from './ShareButton.tsx'
import { SnapshotButton } from './SnapshotButton.tsx'
import { PrintHandoutButton, type PrintHandoutButtonProps } from './PrintHandout.tsx'
import { StructureInfo } from './StructureInfo.tsx'
import { AnnotationList } from './AnnotationList.tsx'
import { NerveList } from './NerveList.tsx'
import { LiveText } from './LiveText.tsx'
import { ReadoutBox } from './ReadoutBox.tsx'
import { Legend } from './Legend.tsx'
import { SymptomMap } from './SymptomMap.tsx'
import { StructurePicker } from './StructurePicker.tsx'
import { ChapterBox } from './ChapterBox.tsx'
import { TourControls, useTourState } from './TourControls.tsx'
import { useSceneStore } from '../react/index.ts'
import { Disclaimer } from './Disclaimer.tsx'
import { LeftOutNotice } from './LeftOutNotice.tsx'
import type { LeftOutReport } from './LeftOutNotice.tsx'
import type { ControlsMode } from './types.ts'

export { ConsultToolbar } from './ConsultToolbar.tsx'
export { ShortcutsDialog } from './ShortcutsDialog.tsx'

export interface ExplainerPanelProps {
  controls: ControlsMode
  catalog: Catalog
  reducedMotion: boolean
  onChapter: (id: ChapterId | null) => void
  onResetCamera: () => void
  shareUrl?: (query: string) => string
  snapshot: () => Promise<Blob>
  print: PrintHandoutButtonProps['print']
  printStatus: PrintHandoutButtonProps['status']
  leftOut: LeftOutReport
  /** where focus goes when the focused note is deleted */
  fallbackFocus: () => HTMLElement | null
  /** id of the disclaimer (the view and the root are described by it) */
  disclaimerId: string
}

/**
 * The contents of the side panel, per controls mode. While a chapter of the tour is open, the tour's
 * buttons and the chapter come first, beside the view on a wide layout and right under it on a
 * narrow one (not under the readout or below the panel's scroll); otherwise the tour's buttons are
 * among the other controls.
 */
export function ExplainerPanel(p: ExplainerPanelProps) {
  const { controls, catalog } = p
  const locale = catalog.meta.locale
  const tour = useTourState()
  const chapterOpen = useSceneStore((s) => s.chapter !== null)
  return (
    <>
      <LeftOutNotice catalog={catalog} leftOut={p.leftOut.leftOut} onDismiss={p.leftOut.dismiss} />
      {controls === 'full' && chapterOpen ? (
        <div className="psoas-tour" data-testid="tour-box">
          <TourControls catalog={catalog} onChapter={p.onChapter} reducedMotion={p.reducedMotion} tour={tour} />
          <ChapterBox catalog={catalog} />
        </div>
      ) : null}
      <LiveText catalog={catalog} hidden={controls === 'none'} />
      {controls !== 'none' ? (
        <>
          <Controls mode={controls} catalog={catalog} reducedMotion={p.reducedMotion} onChapter={p.onChapter} onResetCamera={p.onResetCamera} tour={controls === 'full' ? tour : undefined} />
          {controls === 'full' ? <ShareButton catalog={catalog} shareUrl={p.shareUrl} /> : null}
          <SnapshotButton catalog={catalog} snapshot={p.snapshot} />
          <PrintHandoutButton catalog={catalog} print={p.print} status={p.printStatus} />
          <ReadoutBox catalog={catalog} locale={locale} />
          <Legend catalog={catalog} />
          <AnnotationList catalog={catalog} fallbackFocus={p.fallbackFocus} />
        </>
      ) : null}
      {controls === 'full' ? (
        <>
          <StructurePicker catalog={catalog} />
          <NerveList catalog={catalog} />
          <SymptomMap catalog={catalog} onChapter={p.onChapter} />
        </>
      ) : controls === 'minimal' ? (
        <StructureInfo catalog={catalog} />
      ) : null}
      <Disclaimer catalog={catalog} id={p.disclaimerId} hidden={controls === 'none'} />
    </>
  )
}

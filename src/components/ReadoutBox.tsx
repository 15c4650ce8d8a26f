import { useSceneView } from '../react/index.ts'
import type { Catalog } from '../content/index.ts'
import { ReadoutTable } from './Readout.tsx'

/** The readout table of the derived view (current, compare, Thomas test) with the teaching-model label. */
export function ReadoutBox({ catalog, locale }: { catalog: Catalog; locale: string }) {
  const view = useSceneView()
  const { current, compare, thomasNormalDeg } = view.readouts
  return (
    <>
      <ReadoutTable
        readout={current}
        compare={compare}
        text={catalog.ui.readout}
        columnLabels={[catalog.ui.controls.compareCurrent, catalog.ui.controls.compareNormal]}
        locale={locale}
        thomasText={{ label: catalog.ui.readout.thomasThigh, note: catalog.ui.readout.thomasThighNote }}
        thomasNormalDeg={thomasNormalDeg}
        posture={view.facts.posture}
      />
      <p className="psoas-explainer__note">{catalog.ui.teachingModelLabel}</p>
    </>
  )
}

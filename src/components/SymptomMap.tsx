import { useSceneStore, useSceneStoreApi, useSceneView } from '../react/index.ts'
import type { Catalog } from '../content/index.ts'
import type { ChapterId } from '../scene-state/types.ts'
import { BodyMap } from './BodyMap.tsx'
import { BodyRegionInfo } from './BodyRegionInfo.tsx'
import { WarningSigns } from './RedFlags.tsx'

export interface SymptomMapProps {
  catalog: Catalog
  /** opens a chapter (the choice's link to "What else can cause these symptoms"); without it no link is shown */
  onChapter?: (id: ChapterId) => void
}

/**
 * The body map of the derived view's symptom regions, where the patient can point (the store's
 * `selectBodyRegion`: the region's nerve is focused and the camera turns to it), what the choice means,
 * and the warning signs one step away.
 */
export function SymptomMap({ catalog, onChapter }: SymptomMapProps) {
  const symptoms = useSceneView().symptoms
  const selected = useSceneStore((s) => s.bodyRegion)
  const store = useSceneStoreApi()
  const sideName = (s: 'left' | 'right') => catalog.bodyMap.patientSide[s]
  return (
    <div className="psoas-symptoms">
      <BodyMap
        highlighted={symptoms.map((s) => ({ region: s.region, side: s.side, level: s.level }))}
        text={{
          title: catalog.bodyMap.title,
          front: catalog.bodyMap.front,
          back: catalog.bodyMap.back,
          left: sideName('left'),
          right: sideName('right'),
          none: catalog.bodyMap.none,
          note: catalog.bodyMap.sidesNote,
          hint: catalog.bodyMap.hint,
          regionOnSide: catalog.bodyMap.regionOnSide,
        }}
        regionName={(id) => catalog.bodyMap.regions[id as keyof Catalog['bodyMap']['regions']] ?? id}
        selected={selected}
        onSelect={(choice) => store.actions.selectBodyRegion(choice)}
      />
      <BodyRegionInfo catalog={catalog} onChapter={onChapter} />
      <WarningSigns catalog={catalog} from="bodyMap" />
    </div>
  )
}

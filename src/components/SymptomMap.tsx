import { useSceneView } from '../react/index.ts'
import { format, type Catalog } from '../content/index.ts'
import { BodyMap } from './BodyMap.tsx'
import { WarningSigns } from './RedFlags.tsx'

/** The body map of the derived view's symptom regions, with the catalog's text and the warning signs one step away. */
export function SymptomMap({ catalog }: { catalog: Catalog }) {
  const symptoms = useSceneView().symptoms
  const sideName = (s: 'left' | 'right') => format(catalog.bodyMap.patientSide, { side: catalog.ui.controls.sides[s] })
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
        }}
        regionName={(id) => catalog.bodyMap.regions[id as keyof Catalog['bodyMap']['regions']] ?? id}
      />
      <WarningSigns catalog={catalog} from="bodyMap" />
    </div>
  )
}

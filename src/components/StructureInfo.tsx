import { useSceneStore } from '../react/index.ts'
import type { Catalog } from '../content/index.ts'

/** The selected structure's name and one-sentence description (nothing when none is selected). */
export function StructureInfo({ catalog }: { catalog: Catalog }) {
  const focus = useSceneStore((s) => s.focus)
  // a polite live region that stays in the DOM, so a new selection is read out
  return (
    <div className="psoas-structure-live" aria-live="polite" aria-atomic="true">
      {focus ? (
        <div className="psoas-structure" data-testid="structure-info" data-structure={focus}>
          <strong>
            {catalog.ui.selected}: {catalog.structures[focus].name}
          </strong>
          <p>{catalog.structures[focus].description}</p>
        </div>
      ) : null}
    </div>
  )
}

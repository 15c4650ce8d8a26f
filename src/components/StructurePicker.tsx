import { useId } from 'react'
import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import { isStructureId, STRUCTURE_IDS } from '../scene-state/ids.ts'
import type { Catalog } from '../content/index.ts'
import { StructureInfo } from './StructureInfo.tsx'
import { AddAnnotation } from './AddAnnotation.tsx'

/** The selected structure's name and one-sentence description, with a keyboard list of all structures. */
export function StructurePicker({ catalog }: { catalog: Catalog }) {
  const focus = useSceneStore((s) => s.focus)
  const store = useSceneStoreApi()
  const id = useId()
  return (
    <div className="psoas-structures" data-state={focus ?? 'none'}>
      <label className="psoas-explainer__label" htmlFor={id}>
        {catalog.ui.controls.focus}
      </label>
      <select
        id={id}
        value={focus ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value
          store.actions.setFocus(isStructureId(v) ? v : null)
        }}
      >
        <option value="">{catalog.ui.controls.focusNone}</option>
        {STRUCTURE_IDS.map((s) => (
          <option key={s} value={s}>
            {catalog.structures[s].name}
          </option>
        ))}
      </select>
      <StructureInfo catalog={catalog} />
      <AddAnnotation catalog={catalog} />
    </div>
  )
}

import { useId, useState } from 'react'
import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import { format, type Catalog } from '../content/index.ts'

/**
 * A one-line form that pins a note to the selected structure (scene state `annotations`, at the
 * structure's origin). Renders nothing while no structure is selected. Enter in the field adds it.
 */
export function AddAnnotation({ catalog }: { catalog: Catalog }) {
  const focus = useSceneStore((s) => s.focus)
  const store = useSceneStoreApi()
  const [text, setText] = useState('')
  const fieldId = useId()
  if (!focus) return null
  const t = catalog.ui.annotations
  return (
    <form
      className="psoas-annotations__add"
      data-structure={focus}
      onSubmit={(e) => {
        e.preventDefault()
        const note = text.trim()
        if (!note) return
        if (store.actions.addAnnotation({ structure: focus, text: note }) !== null) setText('')
      }}
    >
      <label className="psoas-explainer__label" htmlFor={fieldId}>
        {format(t.newLabel, { structure: catalog.structures[focus].name })}
      </label>
      <div className="psoas-controls__row">
        <input id={fieldId} type="text" maxLength={280} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <button type="submit" data-action="add-annotation" disabled={!text.trim()}>
          {t.add}
        </button>
      </div>
    </form>
  )
}

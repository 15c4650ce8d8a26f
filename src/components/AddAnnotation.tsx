import { useId, useState } from 'react'
import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import { LIMITS } from '../scene-state/index.ts'
import { format, type Catalog } from '../content/index.ts'

/**
 * A one-line form that pins a note to the selected structure (scene state `annotations`, at the
 * structure's origin). Renders nothing while no structure is selected. Enter in the field adds it.
 * When the view already holds the most notes it can (LIMITS.maxAnnotations), a note is not added:
 * a message says why and the typed text stays in the field. A note longer than
 * LIMITS.maxAnnotationText is not cut (no maxLength that would trim a paste silently): a message
 * gives its length and the button waits until it is shortened.
 */
export function AddAnnotation({ catalog }: { catalog: Catalog }) {
  const focus = useSceneStore((s) => s.focus)
  const count = useSceneStore((s) => s.annotations.length)
  const store = useSceneStoreApi()
  const [text, setText] = useState('')
  const [refused, setRefused] = useState(false)
  const fieldId = useId()
  const messageId = useId()
  if (!focus) return null
  const t = catalog.ui.annotations
  const full = refused && count >= LIMITS.maxAnnotations
  const length = [...text.trim()].length
  const tooLong = length > LIMITS.maxAnnotationText
  const message = tooLong ? format(t.tooLong, { max: LIMITS.maxAnnotationText, count: length }) : full ? format(t.full, { max: LIMITS.maxAnnotations }) : null
  return (
    <form
      className="psoas-annotations__add"
      data-structure={focus}
      onSubmit={(e) => {
        e.preventDefault()
        const note = text.trim()
        if (!note || tooLong) return
        if (store.actions.addAnnotation({ structure: focus, text: note }) !== null) {
          setText('')
          setRefused(false)
        } else setRefused(true)
      }}
    >
      <label className="psoas-explainer__label" htmlFor={fieldId}>
        {format(t.newLabel, { structure: catalog.structures[focus].name })}
      </label>
      <div className="psoas-controls__row">
        <input
          id={fieldId}
          type="text"
          value={text}
          aria-describedby={message ? messageId : undefined}
          aria-invalid={tooLong || undefined}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" data-action="add-annotation" disabled={!text.trim() || tooLong}>
          {t.add}
        </button>
      </div>
      <p id={messageId} className="psoas-annotations__full" role="status" data-testid="annotations-full">
        {message}
      </p>
    </form>
  )
}

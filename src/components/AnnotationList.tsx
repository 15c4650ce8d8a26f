import { useId, useRef } from 'react'
import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import { format, type Catalog } from '../content/index.ts'

/**
 * The annotation pins of the scene state as a list: structure, note text and a remove button.
 * Renders nothing when there are no notes. After a removal the focus moves to the next remove
 * button (or the previous one, or `fallbackFocus` when the list is gone).
 */
export function AnnotationList({ catalog, fallbackFocus }: { catalog: Catalog; fallbackFocus?: () => HTMLElement | null }) {
  const annotations = useSceneStore((s) => s.annotations)
  const store = useSceneStoreApi()
  const headingId = useId()
  const listRef = useRef<HTMLUListElement>(null)
  if (annotations.length === 0) return null
  const t = catalog.ui.annotations
  const remove = (index: number, id: string) => {
    store.actions.removeAnnotation(id)
    // after React has re-rendered the list
    requestAnimationFrame(() => {
      const buttons = listRef.current ? [...listRef.current.querySelectorAll<HTMLButtonElement>('button[data-action="remove-annotation"]')] : []
      const next = buttons[Math.min(index, buttons.length - 1)] ?? fallbackFocus?.() ?? null
      next?.focus()
    })
  }
  return (
    <section className="psoas-annotations" aria-labelledby={headingId} data-count={annotations.length}>
      <h3 id={headingId} className="psoas-explainer__label">
        {t.title}
      </h3>
      <ul ref={listRef} className="psoas-annotations__list">
        {annotations.map((a, i) => {
          const structure = catalog.structures[a.structure].name
          const text = a.text.trim() || structure
          return (
            <li key={a.id} data-annotation={a.id} data-structure={a.structure}>
              {/* the number of its pin in the 3D view */}
              <strong className="psoas-annotations__num">{i + 1}</strong>
              <span>{a.text.trim() ? format(t.item, { structure, text }) : structure}</span>
              <button type="button" data-action="remove-annotation" aria-label={format(t.removeLabel, { text })} onClick={() => remove(i, a.id)}>
                {t.remove}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

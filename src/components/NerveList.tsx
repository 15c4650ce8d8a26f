import { useId } from 'react'
import { useSceneStore, useSceneStoreApi, useSceneView } from '../react/index.ts'
import { NERVE_NOT_SUPPORTED } from '../scene-state/index.ts'
import { format, type Catalog } from '../content/index.ts'
import { WarningSigns } from './RedFlags.tsx'

/**
 * The nerves the derived view marks at the current setting, each with its spinal level, as buttons
 * that select (focus) the nerve; the note on the nerves the psoas is not thought to pinch; and the
 * warning signs one step away.
 */
export function NerveList({ catalog }: { catalog: Catalog }) {
  const marked = useSceneView().markedNerves
  const focus = useSceneStore((s) => s.focus)
  const store = useSceneStoreApi()
  const headingId = useId()
  const notSupported = [...NERVE_NOT_SUPPORTED].map((k) => catalog.nerves[k].name)
  return (
    <section className="psoas-nerves" aria-labelledby={headingId} data-count={marked.length}>
      <h3 id={headingId} className="psoas-explainer__label">
        {catalog.ui.nerveList.title}
      </h3>
      {marked.length ? (
        <ul className="psoas-nerves__list">
          {marked.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                data-nerve={n.id}
                aria-pressed={focus === n.id}
                data-state={focus === n.id ? 'on' : 'off'}
                onClick={() => store.actions.setFocus(focus === n.id ? null : n.id)}
              >
                {format(catalog.ui.nerveMayBeIrritated, { nerve: catalog.structures[n.id].name, roots: catalog.nerves[n.key].roots })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="psoas-explainer__note">{catalog.ui.nerveList.none}</p>
      )}
      <p className="psoas-explainer__note" data-testid="not-supported-nerves">
        {notSupported.join(', ')}: {catalog.ui.notSupportedNerveCaveat}
      </p>
      <WarningSigns catalog={catalog} from="nerveList" />
    </section>
  )
}

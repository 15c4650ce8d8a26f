import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useSceneView } from '../react/index.ts'
import { describe, type Catalog } from '../content/index.ts'
import { useDebounced } from './hooks.ts'

/** How long the description waits for a slider drag to stop before it changes (and is read out). */
const LIVE_TEXT_DEBOUNCE_MS = 450
/** Lines of the description shown on a narrow layout until "show the whole description" (styles.ts clamps to this). */
export const LIVE_TEXT_COLLAPSED_LINES = 2

/**
 * The visible sentence describing the scene (from the derived view), read politely by screen
 * readers. On a narrow layout (the panel under the view, as on a phone) it shows its first lines
 * and a button for the rest, so the controls stay near the view; the clamp is visual only, so a
 * screen reader still reads the whole description. The button is there only when the text is
 * longer than the lines shown (styles.ts hides it on wide layouts, where nothing is clamped).
 */
export function LiveText({ catalog, hidden }: { catalog: Catalog; hidden: boolean }) {
  const locale = catalog.meta.locale
  const view = useSceneView()
  const sentence = useMemo(() => describe(view, locale), [view, locale])
  const text = useDebounced(sentence, LIVE_TEXT_DEBOUNCE_MS)
  const id = useId()
  const ref = useRef<HTMLParagraphElement>(null)
  const [expanded, setExpanded] = useState(false)
  const [long, setLong] = useState(false)
  useLayoutEffect(() => {
    const el = ref.current
    // measured again for each new text: a clamped box keeps its size while its text grows
    if (!el || hidden || text === '') return
    // scrollHeight is the whole text's height, clamped or not
    const measure = () => {
      const cs = getComputedStyle(el)
      const line = parseFloat(cs.lineHeight) || 1.45 * parseFloat(cs.fontSize)
      const content = el.scrollHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)
      setLong(content > line * LIVE_TEXT_COLLAPSED_LINES + 1)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [text, hidden])
  return (
    <div className="psoas-live-box" data-hidden={hidden}>
      <p
        id={id}
        ref={ref}
        className="psoas-live"
        aria-live="polite"
        aria-atomic="true"
        data-hidden={hidden}
        data-collapsed={!expanded}
        data-testid="live-text"
      >
        {text}
      </p>
      {!hidden && long ? (
        <button type="button" className="psoas-live__more" aria-expanded={expanded} aria-controls={id} data-action="description-more" onClick={() => setExpanded((e) => !e)}>
          {expanded ? catalog.ui.descriptionLess : catalog.ui.descriptionMore}
        </button>
      ) : null}
    </div>
  )
}

import { useMemo } from 'react'
import { useSceneView } from '../react/index.ts'
import { describe } from '../content/index.ts'
import { useDebounced } from './hooks.ts'

/** How long the description waits for a slider drag to stop before it changes (and is read out). */
const LIVE_TEXT_DEBOUNCE_MS = 450

/** The visible sentence describing the scene (from the derived view), read politely by screen readers. */
export function LiveText({ locale, hidden }: { locale: string; hidden: boolean }) {
  const view = useSceneView()
  const sentence = useMemo(() => describe(view, locale), [view, locale])
  const text = useDebounced(sentence, LIVE_TEXT_DEBOUNCE_MS)
  return (
    <p className="psoas-live" aria-live="polite" aria-atomic="true" data-hidden={hidden} data-testid="live-text">
      {text}
    </p>
  )
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { LIMITS, type Problem } from '../scene-state/index.ts'
import { format, type Catalog } from '../content/index.ts'
import { NOTHING_LEFT_OUT, isNothingLeftOut, leftOutOf, mergeLeftOut, type LeftOut } from './leftOut.ts'

export interface LeftOutReport {
  leftOut: LeftOut
  /** problems of a value that was just sanitised (a prop, the ref API, a message): only the limits count */
  report: (problems: readonly Problem[]) => void
  dismiss: () => void
}

/**
 * What was left out of the input: the problems the host handed over (`inputProblems`, e.g.
 * `fromQuery(link).problems`) and, while mounted, the limits that later values ran into.
 * `report` may be called during render (sanitising a prop): it is applied after the commit.
 */
export function useLeftOut(inputProblems: readonly Problem[] | undefined): LeftOutReport {
  const [leftOut, setLeftOut] = useState(() => leftOutOf(inputProblems ?? []))
  const pending = useRef<LeftOut | null>(null)
  const mounted = useRef(false)
  const flush = useCallback(() => {
    const p = pending.current
    if (!p || !mounted.current) return
    pending.current = null
    setLeftOut((prev) => mergeLeftOut(prev, p))
  }, [])
  useEffect(() => {
    mounted.current = true
    flush()
    return () => {
      mounted.current = false
    }
  }, [flush])
  const report = useCallback(
    (problems: readonly Problem[]) => {
      const l = leftOutOf(problems, true)
      if (isNothingLeftOut(l)) return
      pending.current = mergeLeftOut(pending.current ?? NOTHING_LEFT_OUT, l)
      queueMicrotask(flush)
    },
    [flush],
  )
  const dismiss = useCallback(() => setLeftOut(NOTHING_LEFT_OUT), [])
  return { leftOut, report, dismiss }
}

/** The message in the panel: what the link or message carried that this view could not keep. */
export function LeftOutNotice({ catalog, leftOut, onDismiss }: { catalog: Catalog; leftOut: LeftOut; onDismiss: () => void }) {
  if (isNothingLeftOut(leftOut)) return null
  const t = catalog.ui.leftOut
  const lines = [
    leftOut.pins > 0 ? { kind: 'pins', text: format(t.pins, { max: LIMITS.maxAnnotations, count: leftOut.pins }) } : null,
    leftOut.cut > 0 ? { kind: 'cut', text: format(t.cut, { max: LIMITS.maxAnnotationText, count: leftOut.cut }) } : null,
    leftOut.model > 0 ? { kind: 'model', text: t.model } : null,
    leftOut.other > 0 ? { kind: 'other', text: format(t.other, { count: leftOut.other }) } : null,
  ].filter((l): l is { kind: string; text: string } => l !== null)
  return (
    <section className="psoas-leftout" role="status" data-testid="left-out">
      <strong className="psoas-explainer__label">{t.title}</strong>
      <ul>
        {lines.map((l) => (
          <li key={l.kind} data-left-out={l.kind}>
            {l.text}
          </li>
        ))}
      </ul>
      <button type="button" data-action="dismiss-left-out" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </section>
  )
}

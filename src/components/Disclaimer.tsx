import type { Catalog } from '../content/index.ts'

/**
 * "This explains; it does not diagnose; see a clinician", shown by the component itself: a footer
 * in the full and minimal modes, visually hidden (but part of the accessible description) in "none".
 */
export function Disclaimer({ catalog, id, hidden }: { catalog: Catalog; id: string; hidden: boolean }) {
  return (
    <p id={id} className={hidden ? 'psoas-sr-only' : 'psoas-explainer__disclaimer'} data-testid="disclaimer">
      {catalog.ui.disclaimer}
    </p>
  )
}

import { useSceneView } from '../react/index.ts'
import type { Catalog } from '../content/index.ts'
import { LABEL_KEEPOUT_CLASS } from '../render/labelKeepOut.ts'

/**
 * A small caption over the 3D view while the teaching model bends the spine: the extra curve is
 * "a common explanation, not a proven mechanism", and a one-sided lean is "illustration only".
 * The 3D labels keep clear of it (LABEL_KEEPOUT_CLASS).
 */
export function ViewCaption({ catalog }: { catalog: Catalog }) {
  const { curve, lean } = useSceneView().caption
  if (!curve && !lean) return null
  return (
    <p className={`psoas-explainer__caption ${LABEL_KEEPOUT_CLASS}`} data-testid="view-caption" data-curve={curve} data-lean={lean}>
      {curve ? <span data-label="curve">{catalog.ui.commonExplanationLabel}</span> : null}
      {curve && lean ? ' ' : null}
      {lean ? <span data-label="lean">{catalog.ui.illustrationLabel}</span> : null}
    </p>
  )
}

/**
 * Our side of the bench's extra-viewer memory figure: `?n=3` shows three explainers with the full
 * model, each as wide as the demo's (its canvas 646×490 at a 1280-wide viewport).
 */
import { createRoot } from 'react-dom/client'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'

const n = Math.max(1, Number(new URLSearchParams(location.search).get('n')) || 1)
const wrap = { maxWidth: 1080, margin: '8px auto' }

createRoot(document.getElementById('app')!).render(
  <>
    {Array.from({ length: n }, (_, i) => (
      <div key={i} style={wrap}>
        <PsoasExplainer modelQuality="full" height={490} />
      </div>
    ))}
  </>,
)

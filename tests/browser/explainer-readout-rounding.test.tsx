/**
 * The readout's lordosis is rounded as the live text and the side view's arc round it (rounded normal
 * + rounded change): at mild tightness (33 %, standing, both sides) the teaching model adds 0.67° to
 * 50.5° (anatomy-reference §5.2), which the text gives as "from 51° to 52°"; the readout said 51°.
 */
import { afterEach, expect, test } from 'vitest'
import { ReadoutTable } from '../../src/components/Readout.tsx'
import { describe as describeState, getCatalog } from '../../src/content/index.ts'
import { deriveView } from '../../src/scene-state/index.ts'
import { mount, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(unmountAll)

const cell = (host: Element, row: string, col: string) => host.querySelector(`[data-row="${row}"] [data-col="${col}"]`)?.textContent

test('mild (33 %): the readout shows 52°, as the text ("from 51° to 52°"); severe 63°; compare column the same way', async () => {
  const en = getCatalog('en')
  const mild = deriveView({ tightness: 0.33, side: 'both', posture: 'standing' })
  expect(describeState(mild, 'en')).toContain('deepens from 51° to 52°')
  const severe = deriveView({ tightness: 1, side: 'both', posture: 'standing' })
  const { host } = mount(
    <ReadoutTable readout={mild.readouts.current} compare={severe.readouts.current} text={en.ui.readout} columnLabels={['Now', 'Compare']} locale="en" />,
  )
  await waitFor(() => cell(host, 'lordosis', 'now'), 5000, 'readout')
  expect(cell(host, 'lordosis', 'now')).toBe('52°')
  expect(cell(host, 'lordosis', 'normal')).toBe('51°')
  expect(cell(host, 'lordosis', 'compare')).toBe('63°')
})

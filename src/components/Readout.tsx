/**
 * A small table of the teaching model's numbers: lumbar lordosis, change in anterior pelvic tilt
 * and L4–L5 disc pressure, each against the value for relaxed tightness in the same posture.
 */
import type { Readout as ReadoutData } from '../scene-state/types.ts'
import type { Catalog } from '../content/types.ts'
import { format } from '../content/index.ts'
import { num, signed } from './numbers.ts'

export interface ReadoutTableProps {
  /** the current readout (deriveView(state).readouts.current) */
  readout: ReadoutData
  /** the compare view's readout, shown as an extra column when compare is on */
  compare?: ReadoutData | null
  /** the catalog's text */
  text: Catalog['ui']['readout']
  /** column headers: [current, compared] */
  columnLabels: [string, string]
  /** BCP 47 locale for number formatting */
  locale: string
  /** label and note of the Thomas-test row (shown when the readout has a thigh angle) */
  thomasText?: { label: string; note: string }
  /** the tested thigh's angle at tightness 0 (deriveView(state).readouts.thomasNormalDeg), for the "normal" column */
  thomasNormalDeg?: number | null
}

export function ReadoutTable({ readout, compare, text, columnLabels, locale, thomasText, thomasNormalDeg }: ReadoutTableProps) {
  const deg = (v: number) => format(text.degrees, { value: num(v, 1, locale) })
  const degSigned = (v: number) => format(text.degrees, { value: signed(v, 1, locale) })
  const mpa = (v: number) => format(text.megapascals, { value: num(v, 2, locale) })
  const rows: Array<{ key: string; label: string; now: string; normal: string; cmp?: string }> = [
    {
      key: 'lordosis',
      label: text.lordosis,
      now: deg(readout.lordosisDeg),
      normal: deg(readout.normal.lordosisDeg),
      cmp: compare ? deg(compare.lordosisDeg) : undefined,
    },
    {
      key: 'tilt',
      label: text.anteriorTiltChange,
      now: degSigned(readout.anteriorTiltChangeDeg),
      normal: degSigned(readout.normal.anteriorTiltChangeDeg),
      cmp: compare ? degSigned(compare.anteriorTiltChangeDeg) : undefined,
    },
    {
      key: 'disc',
      label: `${text.discL4L5}*`,
      now: mpa(readout.discL4L5MPa),
      normal: mpa(readout.normal.discL4L5MPa),
      cmp: compare ? mpa(compare.discL4L5MPa) : undefined,
    },
  ]
  if (readout.thomasThighDeg !== null && thomasText)
    rows.push({
      key: 'thomas',
      label: thomasText.label,
      now: degSigned(readout.thomasThighDeg),
      normal: thomasNormalDeg != null ? degSigned(thomasNormalDeg) : '–',
      cmp: compare && compare.thomasThighDeg !== null ? degSigned(compare.thomasThighDeg) : compare ? '–' : undefined,
    })
  const [nowLabel, cmpLabel] = columnLabels
  return (
    <section className="psoas-readout" data-compare={compare ? 'on' : 'off'}>
      <table>
        <caption className="psoas-readout__caption">
          {text.title} <span className="psoas-badge" data-grade="hypothesis">{text.teachingModel}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="psoas-sr-only">{text.title}</span>
            </th>
            {compare ? (
              <th scope="col" className="psoas-readout__col">{cmpLabel}</th>
            ) : null}
            <th scope="col" className="psoas-readout__col">{nowLabel}</th>
            <th scope="col" className="psoas-readout__col">{text.normal}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-row={r.key}>
              <th scope="row">{r.label}</th>
              {compare ? <td data-col="compare">{r.cmp}</td> : null}
              <td data-col="now">{r.now}</td>
              <td data-col="normal">{r.normal}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="psoas-readout__note">* {text.exampleValues}</p>
      {readout.thomasThighDeg !== null && thomasText ? <p className="psoas-readout__note">{thomasText.note}</p> : null}
    </section>
  )
}

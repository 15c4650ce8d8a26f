/**
 * A small table of the teaching model's numbers: lumbar lordosis, change in anterior pelvic tilt
 * and L4–L5 disc pressure, each against the value for relaxed tightness in the same posture.
 * Angles in whole degrees (the teaching model cannot justify decimals). The starting disc pressure
 * is marked as Wilke 1999's example value (*; a rough value in the two positions nobody measured), a
 * raised one as a teaching estimate (†). In standing
 * the usual column also shows the lower-back curve's usual range in pain-free adults (‡, Yukawa 2019);
 * in the other positions no source gives one, and a note says that the curve varies a lot.
 */
import { useId } from 'react'
import type { Readout as ReadoutData } from '../scene-state/types.ts'
import { shownLordosisDeg } from '../scene-state/lordosis.ts'
import type { Catalog } from '../content/types.ts'
import { discStartMeasured, format, usualLordosisRange } from '../content/index.ts'
import type { Posture } from '../scene-state/types.ts'
import { num, signed } from './numbers.ts'

/** Disc-pressure cells: the measured starting example (Wilke 1999) or the model's raised estimate. */
type Mark = 'start' | 'estimate' | 'range'

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
  /** the current position (deriveView(state).facts.posture): the usual range of the curve is shown where a source gives one */
  posture?: Posture
}

export function ReadoutTable({ readout, compare, text, columnLabels, locale, thomasText, thomasNormalDeg, posture }: ReadoutTableProps) {
  const deg = (v: number) => format(text.degrees, { value: num(v, 0, locale) })
  const degSigned = (v: number) => format(text.degrees, { value: signed(v, 0, locale) })
  const mpa = (v: number) => format(text.megapascals, { value: num(v, 2, locale) })
  const start = mpa(readout.normal.discL4L5MPa)
  // a value above the start is the model's estimate; the start itself is the measured example
  const discMark = (v: number): Mark => (mpa(v) === start ? 'start' : 'estimate')
  const risen = discMark(readout.discL4L5MPa) === 'estimate' || (compare != null && discMark(compare.discL4L5MPa) === 'estimate')
  const noteId = useId()
  const markProps = (mark: Mark | undefined) => (mark ? { 'data-mark': mark, 'aria-describedby': `${noteId}-${mark}` } : {})
  const range = posture ? usualLordosisRange(posture) : null
  const rows: Array<{ key: string; label: string; now: string; normal: string; cmp?: string; marks?: { now?: Mark; normal: Mark; cmp?: Mark } }> = [
    {
      key: 'lordosis',
      label: text.lordosis,
      // rounded as the live text and the side view's arc round it (rounded normal + rounded change)
      now: deg(shownLordosisDeg(readout.lordosisDeg, readout.normal.lordosisDeg)),
      normal: deg(readout.normal.lordosisDeg),
      cmp: compare ? deg(shownLordosisDeg(compare.lordosisDeg, compare.normal.lordosisDeg)) : undefined,
    },
    // the usual range of pain-free adults, in the usual column only
    ...(range
      ? [
          {
            key: 'lordosisRange',
            label: text.usualRange,
            now: '',
            normal: format(text.rangeValue, { low: num(range.lowDeg, 0, locale), high: num(range.highDeg, 0, locale) }),
            cmp: compare ? '' : undefined,
            marks: { normal: 'range' as const },
          },
        ]
      : []),
    {
      key: 'tilt',
      label: text.anteriorTiltChange,
      now: degSigned(readout.anteriorTiltChangeDeg),
      normal: degSigned(readout.normal.anteriorTiltChangeDeg),
      cmp: compare ? degSigned(compare.anteriorTiltChangeDeg) : undefined,
    },
    {
      key: 'disc',
      label: text.discL4L5,
      now: mpa(readout.discL4L5MPa),
      normal: start,
      cmp: compare ? mpa(compare.discL4L5MPa) : undefined,
      marks: { now: discMark(readout.discL4L5MPa), normal: 'start', cmp: compare ? discMark(compare.discL4L5MPa) : undefined },
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
              {compare ? (
                <td data-col="compare" {...markProps(r.marks?.cmp)}>
                  {r.cmp}
                </td>
              ) : null}
              <td data-col="now" {...markProps(r.marks?.now)}>
                {r.now}
              </td>
              <td data-col="normal" {...markProps(r.marks?.normal)}>
                {r.normal}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="psoas-readout__note" data-note="start" id={`${noteId}-start`}>
        * {posture && !discStartMeasured(posture) ? text.roughStart : text.exampleValues}
      </p>
      {risen ? (
        <p className="psoas-readout__note" data-note="estimate" id={`${noteId}-estimate`}>
          † {text.teachingEstimate}
        </p>
      ) : null}
      {range ? (
        <p className="psoas-readout__note" data-note="range" id={`${noteId}-range`}>
          ‡ {text.rangeNote}
        </p>
      ) : posture ? (
        <p className="psoas-readout__note" data-note="no-range">
          {text.noRangeNote}
        </p>
      ) : null}
      {readout.thomasThighDeg !== null && thomasText ? <p className="psoas-readout__note">{thomasText.note}</p> : null}
    </section>
  )
}

/**
 * The printed handout (loaded on demand by PrintHandout.tsx): the picture of the view, the state in
 * words, the readouts, the chapters relevant to the state with each claim's evidence grade and
 * references, the red flags, the link with its QR code, the disclaimer and the date. Black on white
 * and in words (grades are named, not coloured), so it reads the same from a black-and-white printer.
 * It is shown only in print media (styles.ts).
 */
import { useLayoutEffect, useRef } from 'react'
import { describe, format, getChapter, getClaim, getDifferential, handoutChapters, referenceFull, referenceLabel, LITERATURE_IDS } from '../content/index.ts'
import type { Catalog, ClaimId, DifferentialId, ReferenceId } from '../content/index.ts'
import type { ChapterId, SceneState } from '../scene-state/types.ts'
import type { SceneView } from '../scene-state/view.ts'
import { ReadoutTable } from './Readout.tsx'
import { RedFlags } from './RedFlags.tsx'
import { QrCode } from './QrCode.tsx'
import { loadQrEncoder } from './qr.ts'
import { StyleSheet } from './StyleSheet.tsx'
import { HANDOUT_CSS, HANDOUT_STYLE_HREF } from './handoutStyles.ts'

/** Resolves when the handout can be drawn synchronously (its QR encoder has loaded). */
export const handoutReady: Promise<unknown> = loadQrEncoder()

/** What a handout shows, taken at one moment (the picture and the words agree). */
export interface HandoutData {
  state: SceneState
  view: SceneView
  /** the share link (without the notes' text) */
  url: string
  /** when it was printed */
  date: Date
  /** the view's picture (an ImageBitmap of a snapshot, or the 3D canvas itself), or null without a 3D view */
  picture: ImageBitmap | HTMLCanvasElement | null
}

export interface HandoutProps {
  catalog: Catalog
  data: HandoutData
  /** the page's CSP nonce, as given to <PsoasExplainer> */
  nonce?: string
  /** show it on screen too, on a page-sized sheet (Storybook, a print preview of the host's own) */
  preview?: boolean
}

const isLiterature = (id: ReferenceId) => (LITERATURE_IDS as readonly string[]).includes(id)

/** The picture, copied into a canvas of its own (a canvas, not an <img>: no data: or blob: URL for a strict CSP to block). */
function Picture({ picture }: { picture: NonNullable<HandoutData['picture']> }) {
  const ref = useRef<HTMLCanvasElement>(null)
  useLayoutEffect(() => {
    ref.current?.getContext('2d')?.drawImage(picture, 0, 0)
  }, [picture])
  return <canvas ref={ref} className="psoas-handout__canvas" width={picture.width} height={picture.height} />
}

function Refs({ ids, catalog }: { ids: readonly ReferenceId[]; catalog: Catalog }) {
  const locale = catalog.meta.locale
  return (
    <span className="psoas-handout__refs">
      {catalog.evidence.references}: {ids.map((r) => referenceLabel(r, locale)).join('; ')}
    </span>
  )
}

function ClaimItem({ id, catalog }: { id: ClaimId; catalog: Catalog }) {
  const claim = getClaim(id)
  const t = catalog.claims[id]
  const grade = catalog.evidence.grades[claim.grade].name + (claim.gradeNote ? ` (${catalog.evidence.gradeNotes[claim.gradeNote]})` : '')
  return (
    <li data-claim={id} data-grade={claim.grade}>
      <strong>{t.text}</strong>{' '}
      <span className="psoas-handout__grade">
        [{catalog.evidence.grade}: {grade}]
      </span>{' '}
      {t.caveat} <Refs ids={claim.references} catalog={catalog} />
    </li>
  )
}

function DifferentialItem({ id, catalog }: { id: DifferentialId; catalog: Catalog }) {
  const d = getDifferential(id)
  const t = catalog.differentials[id]
  return (
    <li data-differential={id} data-grade={d.grade}>
      <strong>{t.name}</strong>{' '}
      <span className="psoas-handout__grade">
        [{catalog.evidence.grade}: {catalog.evidence.grades[d.grade].name}]
      </span>{' '}
      {t.description} <Refs ids={d.references} catalog={catalog} />
    </li>
  )
}

function HandoutChapter({ id, catalog }: { id: ChapterId; catalog: Catalog }) {
  const def = getChapter(id)
  const text = catalog.chapters[id]
  return (
    <section className="psoas-handout__chapter" data-chapter={id}>
      <h3>{text.title}</h3>
      {text.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {def.claimIds.length || def.differentialIds?.length ? (
        <ul className="psoas-handout__claims">
          {def.claimIds.map((c) => (
            <ClaimItem key={c} id={c} catalog={catalog} />
          ))}
          {(def.differentialIds ?? []).map((d) => (
            <DifferentialItem key={d} id={d} catalog={catalog} />
          ))}
        </ul>
      ) : null}
    </section>
  )
}

/** Full citations of the literature the chapters cite, in order of first citation. */
function citedLiterature(ids: readonly ChapterId[]): ReferenceId[] {
  const out: ReferenceId[] = []
  for (const id of ids) {
    const def = getChapter(id)
    const refs = [...def.claimIds.flatMap((c) => getClaim(c).references), ...(def.differentialIds ?? []).flatMap((d) => getDifferential(d).references)]
    for (const r of refs) if (isLiterature(r) && !out.includes(r)) out.push(r)
  }
  return out
}

export function Handout({ catalog, data, nonce, preview = false }: HandoutProps) {
  const t = catalog.ui.handout
  const locale = catalog.meta.locale
  const { view, state, url, date, picture } = data
  const chapters = handoutChapters(state.chapter, view)
  const literature = citedLiterature(chapters)
  const controls = catalog.ui.controls
  return (
    <article className="psoas-handout" lang={locale} data-testid="handout" data-preview={preview ? 'true' : undefined} aria-label={t.title}>
      <StyleSheet nonce={nonce} css={HANDOUT_CSS} href={HANDOUT_STYLE_HREF} />
      <header className="psoas-handout__header">
        <h1>{t.title}</h1>
        <p className="psoas-handout__date" data-testid="handout-date">
          {format(t.date, { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date) })}
        </p>
      </header>
      <p className="psoas-handout__disclaimer" data-testid="handout-disclaimer">
        {catalog.ui.disclaimer}
      </p>
      <div className="psoas-handout__top">
        <figure className="psoas-handout__figure" data-compare={view.compare ? 'on' : 'off'}>
          {picture ? <Picture picture={picture} /> : <p className="psoas-handout__note">{t.noPicture}</p>}
          {view.compare ? <figcaption>{format(t.compareCaption, { left: controls.compareCurrent, right: controls.compareNormal })}</figcaption> : null}
        </figure>
        <section className="psoas-handout__state" data-testid="handout-state">
          <h2>{t.stateTitle}</h2>
          <p>{describe(view, locale)}</p>
          <ReadoutTable
            readout={view.readouts.current}
            compare={view.readouts.compare}
            text={catalog.ui.readout}
            columnLabels={[controls.compareCurrent, controls.compareNormal]}
            locale={locale}
            thomasText={{ label: catalog.ui.readout.thomasThigh, note: catalog.ui.readout.thomasThighNote }}
            thomasNormalDeg={view.readouts.thomasNormalDeg}
            posture={view.facts.posture}
          />
          <p className="psoas-handout__note">{catalog.ui.teachingModelLabel}</p>
        </section>
      </div>
      <section className="psoas-handout__chapters" data-testid="handout-chapters">
        <h2>{t.chaptersTitle}</h2>
        {chapters.map((id) => (
          <HandoutChapter key={id} id={id} catalog={catalog} />
        ))}
        {literature.length ? (
          <div className="psoas-handout__literature">
            <h3>{t.referencesTitle}</h3>
            <ul>
              {literature.map((r) => (
                <li key={r}>{referenceFull(r, locale)}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      <div className="psoas-handout__bottom">
        <RedFlags catalog={catalog} level="h2" landmark={false} />
        <section className="psoas-handout__link" data-testid="handout-link">
          <h2>{t.linkTitle}</h2>
          <QrCode text={url} label={catalog.ui.share.qrLabel} className="psoas-handout__qr" />
          <p>{t.linkHint}</p>
          <p className="psoas-handout__url">{url}</p>
        </section>
      </div>
    </article>
  )
}

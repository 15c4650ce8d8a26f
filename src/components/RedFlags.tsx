/**
 * The safety list and the button that opens it. Cauda equina signs come first, under "emergency
 * care now"; the other red flags under "a doctor today"; each item names its sources.
 * `<WarningSigns>` is one click (or Enter/Space) away from the body map, the nerve list and the tour.
 */
import { useId, useState } from 'react'
import { EMERGENCY_RED_FLAG_IDS, RED_FLAG_SOURCES, URGENT_RED_FLAG_IDS, referenceFull, referenceLabel } from '../content/index.ts'
import type { AnyRedFlagId, Catalog } from '../content/index.ts'

type Heading = 'h2' | 'h3' | 'h4' | 'h5'

function FlagItem({ id, catalog }: { id: AnyRedFlagId; catalog: Catalog }) {
  const locale = catalog.meta.locale
  return (
    <li data-red-flag={id}>
      {catalog.safety.redFlags[id]}{' '}
      <span className="psoas-redflags__refs">
        (
        {RED_FLAG_SOURCES[id].map((r, i) => {
          const short = referenceLabel(r, locale)
          const full = referenceFull(r, locale)
          return (
            <span key={r}>
              {i ? '; ' : ''}
              {full !== short ? <abbr title={full}>{short}</abbr> : short}
            </span>
          )
        })}
        )
      </span>
    </li>
  )
}

/** One urgency group: what to do (in bold), its flags, and the action again below them. */
function FlagGroup(props: { urgency: 'emergency' | 'today'; intro: string; ids: readonly AnyRedFlagId[]; action: string; catalog: Catalog }) {
  return (
    <div className="psoas-redflags__group" data-urgency={props.urgency}>
      <p>
        <strong>{props.intro}</strong>
      </p>
      <ul>
        {props.ids.map((f) => (
          <FlagItem key={f} id={f} catalog={props.catalog} />
        ))}
      </ul>
      <p>{props.action}</p>
    </div>
  )
}

/**
 * The red-flag list: emergency (cauda equina) signs, then the ones that need a doctor today.
 * A complementary landmark by default; `landmark={false}` where several can be open at once.
 */
export function RedFlags({ catalog, level = 'h4', landmark = true }: { catalog: Catalog; level?: Heading; landmark?: boolean }) {
  const H = level
  const s = catalog.safety
  const Box = landmark ? 'aside' : 'div'
  return (
    <Box className="psoas-redflags" aria-label={landmark ? s.title : undefined} data-testid="red-flags">
      <H>{s.title}</H>
      <p>{s.intro}</p>
      <FlagGroup urgency="emergency" intro={s.emergencyIntro} ids={EMERGENCY_RED_FLAG_IDS} action={s.emergencyAction} catalog={catalog} />
      <FlagGroup urgency="today" intro={s.urgentIntro} ids={URGENT_RED_FLAG_IDS} action={s.action} catalog={catalog} />
    </Box>
  )
}

export interface WarningSignsProps {
  catalog: Catalog
  /** where it sits (data attribute, for styling and tests): 'bodyMap', 'nerveList', 'tour' */
  from: string
  /** heading level of the list when open */
  level?: Heading
  /** start open */
  defaultOpen?: boolean
}

/** A disclosure button ("Warning signs") that shows the red-flag list below it. */
export function WarningSigns({ catalog, from, level = 'h4', defaultOpen = false }: WarningSignsProps) {
  const [open, setOpen] = useState(defaultOpen)
  const listId = useId()
  return (
    <div className="psoas-warning-signs" data-from={from} data-state={open ? 'open' : 'closed'}>
      <button type="button" className="psoas-warning-signs__button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {catalog.safety.warningSigns}
      </button>
      <div id={listId} hidden={!open}>
        {open ? <RedFlags catalog={catalog} level={level} landmark={false} /> : null}
      </div>
    </div>
  )
}

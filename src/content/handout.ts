/**
 * Which chapters a printed handout carries for a state: the open chapter, then the ones that explain
 * what the view shows (the posture's own chapter, the spine and the nerves when the model moves or
 * marks them). At most `HANDOUT_MAX_CHAPTERS`, so the handout stays within two pages. Pure data.
 */
import type { ChapterId, Posture } from '../scene-state/types.ts'
import type { SceneView } from '../scene-state/view.ts'

/** Two chapters keep the handout on one or two A4/Letter pages. */
export const HANDOUT_MAX_CHAPTERS = 2

/** The chapter that is about a posture (sitting: the causes; rising: the signs; the test and the stretch). */
const POSTURE_CHAPTER: Partial<Record<Posture, ChapterId>> = {
  sitting: 'causes',
  risingFromChair: 'signs',
  thomasTest: 'examination',
  hipFlexorStretch: 'treatment',
}

/** The chapters relevant to a state, most relevant first. */
export function handoutChapters(chapter: ChapterId | null, view: Pick<SceneView, 'facts'>): ChapterId[] {
  const f = view.facts
  const out: ChapterId[] = []
  const add = (id: ChapterId | undefined) => {
    if (id && !out.includes(id)) out.push(id)
  }
  add(chapter ?? undefined)
  add(POSTURE_CHAPTER[f.posture])
  if (f.nerves.length) add('nerves')
  if (f.moved || f.percent > 0) add('spine')
  add('anatomy')
  return out.slice(0, HANDOUT_MAX_CHAPTERS)
}

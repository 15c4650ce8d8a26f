/**
 * Which 3D labels a view shows first, and how many it may show: a priority per label from the pose a
 * pane draws (and the focus), and a budget by the viewer's size, so that labels never bury the
 * anatomy on a phone. Pure data: the render layer places the labels in this order, skips the ones it
 * cannot place (hidden behind bone, covering a label already placed, the caption or a pane title) and
 * stops at the budget.
 */
import { structureInfo, type StructureId } from './ids.ts'
import type { Pose } from './types.ts'
import { markNerves } from './view.ts'

/** Size classes of a viewer (the whole 3D view, both panes in compare). */
export type LabelSizeClass = 'compact' | 'regular'

/** Labels at most on the screen per size class: a phone, and anything larger (tablet, desktop). */
export const LABEL_BUDGET: Readonly<Record<LabelSizeClass, number>> = Object.freeze({ compact: 6, regular: 12 })

/** A viewer narrower than this, or lower than LABEL_COMPACT_HEIGHT_PX (CSS px), is 'compact' (a phone, upright or turned). */
export const LABEL_COMPACT_WIDTH_PX = 480
export const LABEL_COMPACT_HEIGHT_PX = 360

/** Size class of a viewer of this size (CSS px). */
export function labelSizeClass(width: number, height: number): LabelSizeClass {
  return width < LABEL_COMPACT_WIDTH_PX || height < LABEL_COMPACT_HEIGHT_PX ? 'compact' : 'regular'
}

/**
 * How many labels one pane may show: the viewer's budget, shared by the two panes in compare (the
 * current state's pane gets the odd one).
 */
export function labelBudget(viewer: { width: number; height: number }, panes: 1 | 2 = 1, pane: 'main' | 'compare' = 'main'): number {
  const total = LABEL_BUDGET[labelSizeClass(viewer.width, viewer.height)]
  if (panes === 1) return total
  return pane === 'main' ? Math.ceil(total / 2) : Math.floor(total / 2)
}

/**
 * Landmarks after the structures the state is about, most useful first for finding one's way: the
 * top and bottom of the lumbar spine, the pelvis, the middle vertebra, the muscles, the loaded disc,
 * the thigh bones, the sacrum.
 */
const LANDMARK_ORDER: readonly StructureId[] = Object.freeze([
  'vertebraL1',
  'vertebraL5',
  'pelvis',
  'vertebraL3',
  'psoasMajorRight',
  'psoasMajorLeft',
  'iliacusRight',
  'iliacusLeft',
  'discL4L5',
  'femurLeft',
  'femurRight',
  'sacrum',
] satisfies StructureId[])

/**
 * The labelled structures `ids` in the order their labels are placed (most important first):
 * 1. the focused (selected) structure;
 * 2. the compressed nerves, one side of each nerve (the more compressed), in clinical order;
 * 3. the tight psoas (a side whose muscle is shortened in this pose);
 * 4. the other sides of the compressed nerves;
 * 5. the L4–L5 disc while the psoas pulls (its pressure rises);
 * 6. the landmarks (LANDMARK_ORDER), then everything else in the given order (nerves that are not
 *    compressed: the render layer shows those only when focused).
 * `pose` is the pose the pane draws (the compare pane: the compare pose).
 */
export function rankLabels(ids: readonly StructureId[], pose: Pose, focus: StructureId | null): StructureId[] {
  const present = new Set(ids)
  const out: StructureId[] = []
  const add = (id: StructureId) => {
    if (present.has(id) && !out.includes(id)) out.push(id)
  }
  if (focus) add(focus)
  const marked = markNerves(pose)
  const firstSides = marked.filter((m, i) => marked.findIndex((o) => o.key === m.key) === i)
  for (const m of firstSides) add(m.id)
  for (const side of ['right', 'left'] as const) if (pose.muscles[side].shortening > 0) add(side === 'right' ? 'psoasMajorRight' : 'psoasMajorLeft')
  for (const m of marked) add(m.id)
  if (pose.muscles.left.tensionN > 0 || pose.muscles.right.tensionN > 0) add('discL4L5')
  for (const id of LANDMARK_ORDER) add(id)
  for (const id of ids) if (structureInfo(id).layer !== 'nerves') add(id)
  for (const id of ids) add(id)
  return out
}

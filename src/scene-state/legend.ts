/**
 * Which visual codes the 3D view uses in a state, for the legend ("what the colours and marks
 * mean"). The render draws each code from the same constants and functions as this module (the disc
 * tint, the arrow threshold, the nerve mark threshold), so the legend lists a code exactly when the
 * picture shows it. Plain data: the words live in the catalogs (`legend.entries[id]`), the colours in
 * the theme.
 */
import { TEACHING } from './biomechanics.ts'
import { BODY_REGIONS } from './body-map.ts'
import { NERVE_KEYS, SIDES, structureInfo, type StructureId } from './ids.ts'
import { NERVE_MARK_THRESHOLD } from './nerves.ts'
import type { Layers, Pose } from './types.ts'
import type { SceneView } from './view.ts'

/** Force arrows: below this psoas tension (N, one side) no arrow is drawn. */
export const ARROW_MIN_TENSION_N = 1
/** Disc tint: 0 at the relaxed-standing pressure, full at this many times it. */
export const DISC_FULL_TINT_RATIO = 2

/** Strength 0..1 of the loaded-disc tint for an L4–L5 pressure (MPa); 0 = the disc's own colour. */
export function discLoadTint(discMPa: number): number {
  const k = (discMPa / TEACHING.pBase.standing - 1) / (DISC_FULL_TINT_RATIO - 1)
  return k < 0 ? 0 : k > 1 ? 1 : k
}

/** Every code the legend can explain, in the order it lists them. */
export const LEGEND_ENTRY_IDS = [
  'bone',
  'disc',
  'discLoaded',
  'muscle',
  'muscleTight',
  'nerve',
  'nerveCompressed',
  'compressionRing',
  'symptomPatch',
  'forceArrow',
  'selection',
] as const
export type LegendEntryId = (typeof LEGEND_ENTRY_IDS)[number]

/** How an entry's swatch is drawn (decorative: the entry's text says what it means). */
export type LegendSwatch = 'fill' | 'ring' | 'hatch' | 'arrow' | 'outline'

/** Theme colour of each entry's swatch (a key of the palette) and its shape. */
export const LEGEND_SWATCHES: Readonly<Record<LegendEntryId, { colour: 'bone' | 'disc' | 'discLoaded' | 'muscle' | 'muscleTight' | 'nerve' | 'nerveCompressed' | 'force' | 'text'; shape: LegendSwatch }>> =
  Object.freeze({
    bone: { colour: 'bone', shape: 'fill' },
    disc: { colour: 'disc', shape: 'fill' },
    discLoaded: { colour: 'discLoaded', shape: 'fill' },
    muscle: { colour: 'muscle', shape: 'fill' },
    muscleTight: { colour: 'muscleTight', shape: 'fill' },
    nerve: { colour: 'nerve', shape: 'fill' },
    nerveCompressed: { colour: 'nerveCompressed', shape: 'fill' },
    compressionRing: { colour: 'nerveCompressed', shape: 'ring' },
    symptomPatch: { colour: 'nerveCompressed', shape: 'hatch' },
    forceArrow: { colour: 'force', shape: 'arrow' },
    selection: { colour: 'text', shape: 'outline' },
  })

/** What a pose draws (one pose: the main view or the compare view). */
function codesOf(pose: Pose, layers: Layers, out: Set<LegendEntryId>): void {
  if (layers.bones) out.add('bone')
  if (layers.discs) {
    out.add('disc')
    if (discLoadTint(pose.readout.discL4L5MPa) > 0) out.add('discLoaded')
  }
  if (layers.muscles) {
    out.add('muscle')
    // appearance.ts lerps the muscle colour toward "tight" by `tense`: any tension shows
    for (const s of SIDES) if (pose.muscles[s].tense > 0) out.add('muscleTight')
  }
  if (layers.nerves) {
    out.add('nerve')
    let marked = false
    for (const k of NERVE_KEYS) for (const s of SIDES) if (pose.nerves[k][s] >= NERVE_MARK_THRESHOLD) marked = true
    // SymptomPatches.tsx draws a region's patch at its nerves' largest compression, from above 0
    let patch = false
    for (const r of BODY_REGIONS) for (const k of r.nerves) for (const s of SIDES) if (pose.nerves[k][s] > 0) patch = true
    if (marked) out.add('nerveCompressed').add('compressionRing')
    if (patch) out.add('symptomPatch')
  }
  if (layers.forces) for (const s of SIDES) if (pose.muscles[s].tensionN >= ARROW_MIN_TENSION_N) out.add('forceArrow')
}

/**
 * The legend entries in use for a view, its layers and focus, in LEGEND_ENTRY_IDS order: a
 * structure colour for each visible layer, and each mark (tight muscle, loaded disc, irritated nerve,
 * ring, patches, arrows) only when the main or the compare view draws it; the selection outline when
 * the focused structure is on a visible layer.
 */
export function legendEntries(view: Pick<SceneView, 'pose' | 'compare'>, layers: Layers, focus: StructureId | null): LegendEntryId[] {
  const used = new Set<LegendEntryId>()
  codesOf(view.pose, layers, used)
  if (view.compare) codesOf(view.compare.pose, layers, used)
  if (focus !== null && layers[structureInfo(focus).layer]) used.add('selection')
  return LEGEND_ENTRY_IDS.filter((id) => used.has(id))
}

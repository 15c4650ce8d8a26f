/**
 * Facts the patient text relies on that the anatomy reference does not hold, read from
 * reference/content-evidence.json (its companion; see its `meta.why`): the usual range of the
 * lower-back curve in pain-free adults, shown in the readout's "usual" column where a source gives one,
 * and whether a position's starting disc pressure was measured (Wilke 1999) or is a rough value.
 */
import * as evidence from '../../reference/content-evidence.json' with { type: 'json' }
import type { Posture } from '../scene-state/types.ts'

/** A range of angles in whole degrees. */
export interface DegreeRange {
  lowDeg: number
  highDeg: number
}

const STANDING: DegreeRange = {
  lowDeg: evidence.lordosisRange.standing.usualRangeDeg[0],
  highDeg: evidence.lordosisRange.standing.usualRangeDeg[1],
}

/**
 * The usual range of the lower-back curve in pain-free adults for this position, or null where no
 * source gives one (the text then says that the curve varies a lot between people). Only standing
 * has one (Yukawa 2019: 49.8 ± 11.2°, mean ± 2 SD).
 */
export function usualLordosisRange(posture: Posture): DegreeRange | null {
  return posture === 'standing' ? STANDING : null
}

/**
 * Whether the starting L4–L5 disc pressure of this position was measured in a person (Wilke 1999:
 * standing, sitting, lying, rising from a chair) or is a rough value nobody measured (the Thomas
 * test, the hip-flexor stretch). The text must not call a rough value a measurement.
 */
export function discStartMeasured(posture: Posture): boolean {
  return evidence.discPressureStart.measured[posture]
}

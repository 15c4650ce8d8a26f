/**
 * English sentences of the live description (the facts come from scene-state's deriveView).
 * Nerves "could be irritated" (a hypothesis), never "are pressed".
 */
import type { DescribeFacts } from '../../scene-state/view.ts'
import type { NerveKey } from '../../scene-state/ids.ts'
import type { Posture, TightSide } from '../../scene-state/types.ts'
import type { DescribeMessages } from '../types.ts'
import { discStartMeasured } from '../evidence.ts'

const EN_POSTURE: Record<Posture, string> = {
  standing: 'Standing',
  sitting: 'Sitting',
  supine: 'Lying on the back',
  risingFromChair: 'Getting up from a chair',
  thomasTest: 'Thomas test',
  hipFlexorStretch: 'Hip-flexor stretch',
}
const EN_NERVE: Record<NerveKey, string> = {
  iliohypogastric: 'iliohypogastric',
  ilioinguinal: 'ilioinguinal',
  genitofemoral: 'genitofemoral',
  lateralFemoralCutaneous: 'lateral femoral cutaneous',
  femoral: 'femoral',
  obturator: 'obturator',
  lumbosacralTrunk: 'lumbosacral trunk',
}
const EN_REGION: Record<string, string> = {
  suprapubic: 'just above the pubic bone',
  inguinalGroin: 'the groin',
  genital: 'the genitals',
  upperAnteriorThigh: 'the top of the thigh',
  upperMedialThigh: 'the top of the inner thigh',
  anterolateralThigh: 'the outer thigh',
  anteriorThigh: 'the front of the thigh',
  anteromedialThigh: 'the inner front of the thigh',
  medialThigh: 'the inner thigh',
  anteriorKnee: 'the knee',
  medialLeg: 'the inner lower leg',
  medialFootArch: 'the arch of the foot',
  lateralLeg: 'the outer lower leg',
  dorsumFoot: 'the top of the foot',
  bigToe: 'the big toe',
  lowBack: 'the lower back',
  upperLateralButtock: 'the upper outer buttock',
  buttock: 'the buttock',
  posteriorThigh: 'the back of the thigh',
  posteriorLeg: 'the calf',
  lateralFootHeel: 'the heel',
}
const EN_BAND: Record<DescribeFacts['band'], string> = {
  relaxed: 'relaxed',
  slight: 'slightly tight',
  mild: 'a little tight',
  tight: 'tight',
  severe: 'very tight',
}
function enList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
/** What loads the spine in this posture (named in every effect sentence, so none reads as a contradiction). */
function enCause(f: DescribeFacts): string {
  return f.posture === 'thomasTest' || f.posture === 'hipFlexorStretch' ? 'Stretching the tight muscle' : 'The muscle’s tension'
}
/**
 * What puts the nerves at risk. In the Thomas test and the stretch it is the stretch of the tight
 * muscle; a normal (negative) Thomas test says so, since the nerves are marked all the same.
 */
function enNerveCause(f: DescribeFacts): string {
  if (f.posture === 'thomasTest' && (f.thomasThighDeg ?? 0) < 0)
    return 'Even though the test is normal, stretching the tight muscle puts it under tension, so '
  if (f.posture === 'thomasTest' || f.posture === 'hipFlexorStretch') return 'Stretching the tight muscle puts it under tension, so '
  return 'With this tension, '
}
function enWho(side: TightSide): string {
  return side === 'both' ? 'Both psoas muscles' : side === 'right' ? 'Right psoas' : 'Left psoas'
}

export const describeMessages: DescribeMessages = {
  headline: (f) => `${EN_POSTURE[f.posture]}: ${enWho(f.side).toLowerCase()} ${EN_BAND[f.band]}${f.percent > 0 ? ` (${f.percent}%)` : ''}.`,
  posture: (f) => {
    switch (f.posture) {
      case 'standing':
      case 'supine': {
        const usual = f.posture === 'standing' ? 'standing' : 'lying down'
        if (f.percent === 0) return `The lower-back curve is ${f.normalLordosisDeg}°, the usual value when ${usual}.`
        if (f.lordosisDeg === f.normalLordosisDeg && f.tiltChangeDeg === 0)
          return `The hip can still make up for the shorter muscle, so in this teaching model the lower-back curve stays at ${f.lordosisDeg}°.`
        const lean = f.leanDeg > 0 && f.side !== 'both' ? ` The one-sided pull leans the spine about ${f.leanDeg}° toward the ${f.side} side.` : ''
        return `Once the hip has no room left, the shorter muscle pulls on the spine: in this teaching model the lower-back curve deepens from ${f.normalLordosisDeg}° to ${f.lordosisDeg}° and the pelvis tips forward ${f.tiltChangeDeg}°.${lean}`
      }
      case 'sitting':
        return `While sitting the psoas is slack, so it does not pull: the lower-back curve stays at ${f.lordosisDeg}°.`
      case 'risingFromChair':
        return f.percent === 0
          ? `At the moment of getting up the lower back is bent forward (curve ${f.lordosisDeg}°).`
          : `It is often said that a tight psoas pulls on the lower spine as you get up, while the hips are still bent (curve ${f.lordosisDeg}°).`
      case 'thomasTest': {
        const leg = f.testedLeg ?? 'right'
        const th = f.thomasThighDeg ?? 0
        if (th > 0) return `The ${leg} thigh stays ${th}° above the table line: the test is positive, a sign of tight hip flexors.`
        if (th === 0) return `The ${leg} thigh stays level with the table line: the test is borderline.`
        return `The ${leg} thigh hangs ${-th}° below the table line: the test is negative (normal).`
      }
      case 'hipFlexorStretch': {
        const leg = f.testedLeg ?? 'right'
        const h = f.rearHipDeg ?? 0
        const restExt = -(f.rearHipRestDeg ?? 0)
        if (h < 0) return `The back (${leg}) thigh reaches ${-h}° behind the body before the stretch is felt (${restExt}° when relaxed).`
        return `The back (${leg}) thigh cannot get behind the body before the stretch is felt (${restExt}° when relaxed).`
      }
    }
    return ''
  },
  disc: (f) =>
    f.discMPa === f.normalDiscMPa
      ? ''
      : `${enCause(f)} presses the spine together, so pressure in the L4–L5 disc rises from about ${f.normalDiscMPa.toFixed(2)} MPa (${discStartMeasured(f.posture) ? 'a measured example from one person' : 'a rough value for this position, not measured'}) to ${f.discMPa.toFixed(2)} MPa (a teaching estimate).`,
  nerves: (f) => {
    if (f.nerves.length === 0) return ''
    const top = f.nerves.slice(0, 2)
    const names = top.map((k) => EN_NERVE[k])
    const subject = top.length === 1 ? `the ${names[0]} nerve` : `the ${enList(names)} nerves`
    const where = top.length === 1 ? 'where it runs through or beside the psoas' : 'where they run through or beside the psoas'
    const regions = f.regions.map((r) => EN_REGION[r] ?? r)
    const felt = regions.length > 0 ? `; this may be felt in ${enList(regions)}` : ''
    const stop = f.posture === 'hipFlexorStretch' ? ' This stretch also stretches the femoral nerve: stop if it hurts or tingles.' : ''
    return `${enNerveCause(f)}${subject} could be irritated ${where}${felt}.${stop}`
  },
  caveat: (f) => (f.percent > 0 ? 'This is a common explanation, not a proven cause.' : ''),
  short: (f) => `${enWho(f.side)} ${EN_BAND[f.band]}${f.percent > 0 ? ` (${f.percent}%)` : ''}, ${EN_POSTURE[f.posture].toLowerCase()}`,
}

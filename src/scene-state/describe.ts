/**
 * Plain-language description of what the scene shows (reading age about 12). Every number in the
 * sentence comes from derivePose. Nerves "could be irritated" (a hypothesis), never "are pressed".
 *
 * Structure for more languages: `describe` turns the state into locale-free facts
 * (`describeFacts`), and a `Messages` object per locale turns facts into sentences. English now;
 * register more with `registerMessages`; an unknown locale falls back to English.
 */
import { NERVE_KEYS } from './ids.ts'
import type { BodySide, NerveKey } from './ids.ts'
import { derivePose, deriveSymptoms, deriveTeachingDetails, testedLeg } from './biomechanics.ts'
import type { Posture, SceneState, TightSide } from './types.ts'

/** Locale-free facts behind the description (numbers already rounded as they are shown). */
export interface DescribeFacts {
  side: TightSide
  posture: Posture
  /** tightness in percent, integer */
  percent: number
  band: 'relaxed' | 'slight' | 'mild' | 'tight' | 'severe'
  /** rounded normal value + rounded teaching change (integers) */
  lordosisDeg: number
  normalLordosisDeg: number
  /** teaching change of the anterior pelvic tilt in this posture, degrees (integer, + = forward) */
  tiltChangeDeg: number
  /** the psoas pull moves the pelvis and spine in this posture (excess over the hip reserve > 0) */
  moved: boolean
  /** lean toward the tight side, degrees (integer, ≥ 0) */
  leanDeg: number
  /** MPa, two decimals */
  discMPa: number
  normalDiscMPa: number
  /** tested (Thomas) / rear (stretch) leg, else null */
  testedLeg: BodySide | null
  /** Thomas: thigh above the table line (integer degrees) */
  thomasThighDeg: number | null
  thomasPositive: boolean | null
  /** stretch: rear hip flexion (integer degrees, negative = behind the body), and at rest */
  rearHipDeg: number | null
  rearHipRestDeg: number | null
  /** nerves that could be irritated, most first (compression > 0 on any side) */
  nerves: NerveKey[]
  /** body-map region ids where it may be felt, most first, unique, at most 3 */
  regions: string[]
  /** the psoas pulls in this posture (tension > 0) */
  pulling: boolean
}

function band(t: number): DescribeFacts['band'] {
  if (t <= 0) return 'relaxed'
  if (t < 0.165) return 'slight'
  if (t < 0.495) return 'mild'
  if (t < 0.83) return 'tight'
  return 'severe'
}
const r0 = (x: number): number => Math.round(x) + 0
const r2 = (x: number): number => Math.round(x * 100) / 100 + 0

/** The facts `describe` puts into words, computed from derivePose. */
export function describeFacts(state: Pick<SceneState, 'tightness' | 'side' | 'posture'>): DescribeFacts {
  const t = Number.isFinite(state.tightness) ? Math.min(1, Math.max(0, state.tightness)) : 0
  state = { tightness: t, side: state.side, posture: state.posture }
  const pose = derivePose(state)
  const details = deriveTeachingDetails(state)
  const ro = pose.readout
  const special = state.posture === 'thomasTest' || state.posture === 'hipFlexorStretch'
  const leg = special ? testedLeg(state.side) : null
  const nerveMax = (k: NerveKey): number => Math.max(pose.nerves[k].left, pose.nerves[k].right)
  const nerves = NERVE_KEYS.filter((k) => nerveMax(k) > 0).sort((a, b) => nerveMax(b) - nerveMax(a))
  const regions: string[] = []
  const top = new Set(nerves.slice(0, 2))
  for (const s of deriveSymptoms(pose)) {
    if (regions.length >= 3) break
    if (s.nerves.some((n) => top.has(n)) && !regions.includes(s.region)) regions.push(s.region)
  }
  const rest = special && state.posture === 'hipFlexorStretch' ? derivePose({ ...state, tightness: 0 }) : null
  return {
    side: state.side,
    posture: state.posture,
    percent: r0(state.tightness * 100),
    band: band(state.tightness),
    // shown as rounded normal + rounded change, so "from 51° to 52°" never reads "from 51° to 51°"
    // while the pelvis tips 1° (the teaching model couples them 1:1)
    lordosisDeg: r0(ro.normal.lordosisDeg) + r0(ro.lordosisDeg - ro.normal.lordosisDeg),
    normalLordosisDeg: r0(ro.normal.lordosisDeg),
    tiltChangeDeg: r0(ro.anteriorTiltChangeDeg - ro.normal.anteriorTiltChangeDeg),
    moved: details.excessDeg > 0,
    leanDeg: r0(Math.abs(ro.lateralLeanDeg)),
    discMPa: r2(ro.discL4L5MPa),
    normalDiscMPa: r2(ro.normal.discL4L5MPa),
    testedLeg: leg,
    thomasThighDeg: ro.thomasThighDeg === null ? null : r0(ro.thomasThighDeg),
    thomasPositive: details.thomasPositive,
    rearHipDeg: leg && state.posture === 'hipFlexorStretch' ? r0(ro.hipFlexionDeg[leg]) : null,
    rearHipRestDeg: leg && rest ? r0(rest.readout.hipFlexionDeg[leg]) : null,
    nerves,
    regions,
    pulling: details.tensionShare > 0,
  }
}

/** Sentences of one locale. Each returns a full sentence (or '' to leave it out). */
export interface Messages {
  headline(f: DescribeFacts): string
  posture(f: DescribeFacts): string
  disc(f: DescribeFacts): string
  nerves(f: DescribeFacts): string
  caveat(f: DescribeFacts): string
  short(f: DescribeFacts): string
}

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
function enWho(side: TightSide): string {
  return side === 'both' ? 'Both psoas muscles' : side === 'right' ? 'Right psoas' : 'Left psoas'
}

export const EN_MESSAGES: Messages = {
  headline: (f) => `${EN_POSTURE[f.posture]}: ${enWho(f.side).toLowerCase()} ${EN_BAND[f.band]}${f.percent > 0 ? ` (${f.percent}%)` : ''}.`,
  posture: (f) => {
    switch (f.posture) {
      case 'standing':
      case 'supine': {
        const usual = f.posture === 'standing' ? 'standing' : 'lying down'
        if (f.percent === 0) return `The lower-back curve is ${f.normalLordosisDeg}°, the usual value when ${usual}.`
        if (f.lordosisDeg === f.normalLordosisDeg && f.tiltChangeDeg === 0)
          return `At this level the hip still has room to move, so in this teaching model the lower back does not change (curve ${f.lordosisDeg}°).`
        const lean = f.leanDeg > 0 && f.side !== 'both' ? ` The spine leans about ${f.leanDeg}° toward the ${f.side} side.` : ''
        return `In this teaching model the lower-back curve deepens from ${f.normalLordosisDeg}° to ${f.lordosisDeg}° and the pelvis tips forward ${f.tiltChangeDeg}°.${lean}`
      }
      case 'sitting':
        return `While sitting the psoas is slack, so it does not pull: the lower-back curve stays at ${f.lordosisDeg}°.`
      case 'risingFromChair':
        return f.percent === 0
          ? `At the moment of getting up the lower back is bent forward (curve ${f.lordosisDeg}°).`
          : `At the moment of getting up the tight psoas pulls on the lower spine while the hips are still bent (curve ${f.lordosisDeg}°).`
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
      : `Pressure in the L4–L5 disc rises from about ${f.normalDiscMPa.toFixed(2)} to ${f.discMPa.toFixed(2)} MPa (example values from one person).`,
  nerves: (f) => {
    if (f.nerves.length === 0) return ''
    const top = f.nerves.slice(0, 2)
    const names = top.map((k) => EN_NERVE[k])
    const subject = top.length === 1 ? `The ${names[0]} nerve` : `The ${enList(names)} nerves`
    const where = top.length === 1 ? 'where it runs through or beside the psoas' : 'where they run through or beside the psoas'
    const regions = f.regions.map((r) => EN_REGION[r] ?? r)
    const felt = regions.length > 0 ? `; this may be felt in ${enList(regions)}` : ''
    return `${subject} could be irritated ${where}${felt}.`
  },
  caveat: (f) => (f.percent > 0 ? 'This is a common explanation, not a proven cause.' : ''),
  short: (f) => `${enWho(f.side)} ${EN_BAND[f.band]}${f.percent > 0 ? ` (${f.percent}%)` : ''}, ${EN_POSTURE[f.posture].toLowerCase()}`,
}

const CATALOG = new Map<string, Messages>([['en', EN_MESSAGES]])
/** Adds or replaces the messages of a locale (e.g. 'es'). */
export function registerMessages(locale: string, messages: Messages): void {
  CATALOG.set(locale.toLowerCase(), messages)
}
/** Messages for a locale: exact match, then the language part ('es-MX' → 'es'), then English. */
export function messagesFor(locale: string | undefined): Messages {
  const l = (typeof locale === 'string' ? locale : 'en').toLowerCase()
  return CATALOG.get(l) ?? CATALOG.get(l.split(/[-_]/)[0]) ?? EN_MESSAGES
}

/** The plain-language description of the state (main view). */
export function describe(state: Pick<SceneState, 'tightness' | 'side' | 'posture'>, locale = 'en'): string {
  const m = messagesFor(locale)
  const f = describeFacts(state)
  return [m.headline(f), m.posture(f), m.disc(f), m.nerves(f), m.caveat(f)].filter((s) => s !== '').join(' ')
}
/** A short title, e.g. "Right psoas tight (66%), standing". */
export function describeShort(state: Pick<SceneState, 'tightness' | 'side' | 'posture'>, locale = 'en'): string {
  return messagesFor(locale).short(describeFacts(state))
}

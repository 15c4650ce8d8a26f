/**
 * Low-level URL query form of the scene state (version 1). codec.ts is the public face; this file
 * has no dependency on the validator so that parseState can read query strings too.
 *
 *   v=1            version (always written first)
 *   t=0.66         tightness (omitted when 0)
 *   s=l|r          side (omitted when both; b accepted)
 *   p=sit          posture: stand | sit | supine | rise | thomas | stretch (full ids accepted)
 *   l=bdmnfl       layers switched on: b bones, d discs, m muscles, n nerves, f forces, l labels,
 *                  o outline; "-" = none (omitted when the default set)
 *   f=femoralRight focus (omitted when none)
 *   c=side         camera preset, or c=x,y,z,tx,ty,tz for a free camera (metres)
 *   ch=nerves      chapter (omitted when none)
 *   cmp=1          compare on; ct, cs, cp = its tightness, side, posture (each only when set)
 *   a=id,structure,x,y,z,text   one annotation pin per `a` (id: letters, digits, _ -; text
 *                  percent-encoded, last), repeatable
 *   r=anteriorThigh,r   the body-map region pointed at and the patient's side l|r (omitted when none)
 *
 * Only non-default values are written. Values are percent-decoded, "+" reads as a space.
 */
import type { Problem } from './validate.ts'
import { DEFAULT_LAYERS } from './state.ts'
import { CAMERA_PRESETS, LAYER_KEYS } from './types.ts'
import type { LayerKey, Layers, Posture, SceneState, TightSide } from './types.ts'

export const QUERY_VERSION = 1

export const POSTURE_CODES: Readonly<Record<Posture, string>> = Object.freeze({
  standing: 'stand',
  sitting: 'sit',
  supine: 'supine',
  risingFromChair: 'rise',
  thomasTest: 'thomas',
  hipFlexorStretch: 'stretch',
})
export const SIDE_CODES: Readonly<Record<TightSide, string>> = Object.freeze({ left: 'l', right: 'r', both: 'b' })
export const LAYER_CODES: Readonly<Record<LayerKey, string>> = Object.freeze({
  bones: 'b',
  discs: 'd',
  muscles: 'm',
  nerves: 'n',
  forces: 'f',
  labels: 'l',
  outline: 'o',
})

export interface QueryOptions {
  /** prefix of every parameter name, e.g. "psoas." when several viewers share one URL; default "" */
  prefix?: string
}

function num(n: number): string {
  return String(n + 0)
}
function enc(s: string): string {
  return encodeURIComponent(s)
}

/** The query string (without "?") of a state: versioned, only non-default values. */
export function toQuery(state: Readonly<SceneState>, options?: QueryOptions): string {
  const pre = options?.prefix ?? ''
  const parts: string[] = [`${pre}v=${QUERY_VERSION}`]
  const put = (k: string, v: string): void => {
    parts.push(`${pre}${k}=${v}`)
  }
  if (state.tightness !== 0) put('t', num(state.tightness))
  if (state.side !== 'both') put('s', SIDE_CODES[state.side])
  if (state.posture !== 'standing') put('p', POSTURE_CODES[state.posture])
  if (LAYER_KEYS.some((k) => state.layers[k] !== DEFAULT_LAYERS[k])) {
    const on = LAYER_KEYS.filter((k) => state.layers[k])
      .map((k) => LAYER_CODES[k])
      .join('')
    put('l', on === '' ? '-' : on)
  }
  if (state.focus !== null) put('f', state.focus)
  if (typeof state.camera === 'string') {
    if (state.camera !== 'front') put('c', state.camera)
  } else {
    put('c', [...state.camera.position, ...state.camera.target].map(num).join(','))
  }
  if (state.chapter !== null) put('ch', state.chapter)
  if (state.compare !== null) {
    put('cmp', '1')
    if (state.compare.tightness !== undefined) put('ct', num(state.compare.tightness))
    if (state.compare.side !== undefined) put('cs', SIDE_CODES[state.compare.side])
    if (state.compare.posture !== undefined) put('cp', POSTURE_CODES[state.compare.posture])
  }
  if (state.bodyRegion !== null) put('r', `${state.bodyRegion.region},${SIDE_CODES[state.bodyRegion.side]}`)
  for (const a of state.annotations) {
    put('a', [a.id, a.structure, num(a.offset[0]), num(a.offset[1]), num(a.offset[2]), enc(a.text)].join(','))
  }
  return parts.join('&')
}

const NUMBER_RE = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i
function parseNum(s: string): number | undefined {
  if (s.length > 40 || !NUMBER_RE.test(s)) return undefined
  const n = Number(s)
  return Number.isFinite(n) ? n : undefined
}
function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return undefined
  }
}
function lookup<T extends string>(codes: Readonly<Record<T, string>>, v: string): T | undefined {
  for (const k of Object.keys(codes) as T[]) if (codes[k] === v || k === v) return k
  return undefined
}
function short(s: string): string {
  return s.length > 80 ? `${JSON.stringify(s.slice(0, 80))}…` : JSON.stringify(s)
}

/**
 * Every parameter name the codec writes or reads (without prefix). A page that puts state in its
 * URL replaces exactly these and keeps its own parameters.
 */
export const STATE_QUERY_KEYS: readonly string[] = Object.freeze(['v', 't', 's', 'p', 'l', 'f', 'c', 'ch', 'cmp', 'ct', 'cs', 'cp', 'a', 'r'])
const KNOWN: ReadonlySet<string> = new Set(STATE_QUERY_KEYS)
/** Longest query read; the rest is ignored (a problem is reported). */
export const MAX_QUERY_LENGTH = 64 * 1024

/**
 * Reads a query string (with or without "?", or a whole URL) into an untrusted candidate object for
 * parseState, plus the problems of the query form itself (unknown or malformed parameters).
 */
export function queryToCandidate(query: string, options?: QueryOptions): { candidate: Record<string, unknown>; problems: Problem[] } {
  const pre = options?.prefix ?? ''
  const problems: Problem[] = []
  const report = (field: string, value: string, expected: string): void => {
    if (problems.length < 100) problems.push({ field, value: short(value), expected })
  }
  let q = query
  if (q.length > MAX_QUERY_LENGTH) {
    report('query', `${q.length} characters`, `at most ${MAX_QUERY_LENGTH} characters (the rest ignored)`)
    q = q.slice(0, MAX_QUERY_LENGTH)
  }
  const qi = q.indexOf('?')
  if (qi >= 0) q = q.slice(qi + 1)
  else if (q.startsWith('#')) q = q.slice(1)
  const hi = q.indexOf('#')
  if (hi >= 0) q = q.slice(0, hi)

  const candidate: Record<string, unknown> = {}
  const seen = new Set<string>()
  const annotations: Record<string, unknown>[] = []
  const compare: Record<string, unknown> = {}
  let compareOn: boolean | undefined
  let compareFields = false

  for (const pair of q.split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const rawName = eq >= 0 ? pair.slice(0, eq) : pair
    const rawValue = eq >= 0 ? pair.slice(eq + 1) : ''
    const fullName = decode(rawName)
    if (fullName === undefined) {
      report(rawName, rawName, 'a percent-encoded parameter name')
      continue
    }
    if (!fullName.startsWith(pre)) continue // another viewer's or the host page's parameter
    const name = fullName.slice(pre.length)
    if (!KNOWN.has(name)) {
      report(fullName, rawValue, `a known parameter (${[...KNOWN].map((k) => pre + k).join(', ')})`)
      continue
    }
    // a repeated parameter: reported after its value is read, and only when the value itself is
    // fine (one problem per parameter in the URL, not two)
    const repeated = name !== 'a' && seen.has(name)
    seen.add(name)
    const problemsBefore = problems.length
    if (name === 'a') {
      // Decode the whole value once, then split at the first five commas: ids have no commas and the
      // text comes last, so this reads both our form (commas raw, text percent-encoded) and the
      // form re-encoded by URLSearchParams (commas as %2C).
      const whole = decode(rawValue)
      const parts = whole === undefined ? [] : whole.split(',')
      if (parts.length < 6) {
        report(fullName, rawValue, 'id,structure,x,y,z,text')
        continue
      }
      const [id, structure, xs, ys, zs] = parts
      const text = parts.slice(5).join(',')
      const offset = [parseNum(xs), parseNum(ys), parseNum(zs)]
      if (offset.some((o) => o === undefined)) {
        report(fullName, rawValue, 'id,structure,x,y,z,text with numbers x, y, z (metres)')
        continue
      }
      annotations.push({ id, structure, offset, text })
      continue
    }
    const value = decode(rawValue)
    if (value === undefined) {
      report(fullName, rawValue, 'a percent-encoded value')
      continue
    }
    readValue(name, fullName, value)
    if (repeated && problems.length === problemsBefore) report(fullName, rawValue, 'each parameter once (the last one is used)')
  }
  function readValue(name: string, fullName: string, value: string): void {
    switch (name) {
      case 'v':
        if (value !== String(QUERY_VERSION)) report(fullName, value, `${QUERY_VERSION} (read as version ${QUERY_VERSION})`)
        break
      case 't':
      case 'ct': {
        const n = parseNum(value)
        if (n === undefined) report(fullName, value, 'a number 0..1')
        else if (name === 't') candidate.tightness = n
        else {
          compare.tightness = n
          compareFields = true
        }
        break
      }
      case 's':
      case 'cs': {
        const s = lookup(SIDE_CODES, value)
        if (s === undefined) report(fullName, value, 'l | r | b')
        else if (name === 's') candidate.side = s
        else {
          compare.side = s
          compareFields = true
        }
        break
      }
      case 'p':
      case 'cp': {
        const p = lookup(POSTURE_CODES, value)
        if (p === undefined) report(fullName, value, Object.values(POSTURE_CODES).join(' | '))
        else if (name === 'p') candidate.posture = p
        else {
          compare.posture = p
          compareFields = true
        }
        break
      }
      case 'l': {
        const layers = {} as Layers
        for (const k of LAYER_KEYS) layers[k] = false
        let unknownLetter = false
        if (value !== '-' && value !== '') {
          for (const ch of value) {
            const k = lookup(LAYER_CODES, ch)
            if (k === undefined) unknownLetter = true
            else layers[k] = true
          }
        }
        // one problem for the parameter, however many letters are unknown
        if (unknownLetter) report(fullName, value, `letters of ${LAYER_KEYS.map((k) => LAYER_CODES[k]).join('')} or -`)
        candidate.layers = layers
        break
      }
      case 'f':
        candidate.focus = value === '' || value === 'none' ? null : value
        break
      case 'c': {
        if ((CAMERA_PRESETS as readonly string[]).includes(value)) candidate.camera = value
        else {
          const ns = value.split(',').map(parseNum)
          if (ns.length === 6 && ns.every((n) => n !== undefined)) {
            const v6 = ns as number[]
            candidate.camera = { position: v6.slice(0, 3), target: v6.slice(3, 6) }
          } else report(fullName, value, `${CAMERA_PRESETS.join(' | ')} or x,y,z,tx,ty,tz`)
        }
        break
      }
      case 'ch':
        candidate.chapter = value === '' || value === 'none' ? null : value
        break
      case 'r': {
        if (value === '' || value === 'none') {
          candidate.bodyRegion = null
          break
        }
        const [region, sideCode, ...rest] = value.split(',')
        const side = lookup(SIDE_CODES, sideCode ?? '')
        if (side === undefined || side === 'both' || rest.length > 0) report(fullName, value, 'region,l or region,r')
        else candidate.bodyRegion = { region, side }
        break
      }
      case 'cmp':
        if (value === '1' || value === 'on' || value === 'true') compareOn = true
        else if (value === '0' || value === 'off' || value === 'false') compareOn = false
        else report(fullName, value, '1 or 0')
        break
    }
  }
  if (compareOn === true || (compareOn === undefined && compareFields)) candidate.compare = compare
  else if (compareOn === false) {
    if (compareFields) report(`${pre}cmp`, '0', 'cmp=1 when ct, cs or cp are given (compare left off)')
    candidate.compare = null
  }
  if (annotations.length > 0) candidate.annotations = annotations
  return { candidate, problems }
}

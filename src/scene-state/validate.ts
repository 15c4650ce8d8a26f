/**
 * Validation of anything that comes from outside (props, URL, JSON, postMessage): `parseState`
 * never throws and returns a sanitised state plus the list of problems it found. Hand-written (no
 * schema library): the state is small.
 *
 * Rules: wrong types are ignored (the base value is kept); numbers out of range are clamped;
 * NaN/±Infinity are ignored; unknown keys are reported and ignored; "__proto__", "constructor" and
 * "prototype" are never read nor assigned; long texts are truncated; a string input is read as JSON
 * (if it starts with "{") or as a URL query (see codec.ts), so `parseState(serialize(s))` works.
 */
import { isStructureId } from './ids.ts'
import type { StructureId } from './ids.ts'
import { queryToCandidate } from './query.ts'
import { DEFAULT_STATE, LIMITS, cloneState, quantiseLength, quantiseTightness, statesEqual } from './state.ts'
import { CAMERA_PRESETS, CHAPTER_IDS, LAYER_KEYS, POSTURES, TIGHT_SIDES } from './types.ts'
import type { Annotation, BodyRegionChoice, CameraState, ChapterId, CompareState, Posture, SceneState, TightSide } from './types.ts'
import { SIDES } from './ids.ts'
import { BODY_REGION_IDS } from './body-map.ts'

import { DANGEROUS_KEYS, ProblemList, isPlainObject, listText, oneOf, own, ownKeys, wellFormed } from './problems.ts'
import type { Problem } from './problems.ts'
export { DANGEROUS_KEYS, MAX_PROBLEMS, ProblemList, describeValue } from './problems.ts'
export type { Problem } from './problems.ts'

export interface ParseResult {
  state: SceneState
  problems: Problem[]
}

const STATE_KEYS: ReadonlySet<string> = new Set([
  'tightness',
  'side',
  'posture',
  'layers',
  'focus',
  'camera',
  'chapter',
  'compare',
  'annotations',
  'bodyRegion',
])

// ------------------------------------------------------------------ field sanitisers (shared by actions)

/** Tightness: finite number, clamped to 0..1, quantised to 0.001. Returns undefined if unusable. */
export function sanitizeTightness(v: unknown, ps: ProblemList, field = 'tightness'): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    ps.add(field, v, 'a finite number 0..1')
    return undefined
  }
  if (v < 0 || v > 1) ps.add(field, v, 'a number 0..1 (clamped)')
  return quantiseTightness(Math.min(1, Math.max(0, v)))
}
export function sanitizeSide(v: unknown, ps: ProblemList, field = 'side'): TightSide | undefined {
  if (oneOf(TIGHT_SIDES, v)) return v
  ps.add(field, v, listText(TIGHT_SIDES))
  return undefined
}
export function sanitizePosture(v: unknown, ps: ProblemList, field = 'posture'): Posture | undefined {
  if (oneOf(POSTURES, v)) return v
  ps.add(field, v, listText(POSTURES))
  return undefined
}
/** Returns null for "none", undefined if unusable. */
export function sanitizeFocus(v: unknown, ps: ProblemList, field = 'focus'): StructureId | null | undefined {
  if (v === null) return null
  if (typeof v === 'string' && v.length <= LIMITS.maxIdString && isStructureId(v)) return v
  ps.add(field, v, 'a structure id (e.g. "psoasMajorRight") or null')
  return undefined
}
export function sanitizeChapter(v: unknown, ps: ProblemList, field = 'chapter'): ChapterId | null | undefined {
  if (v === null) return null
  if (oneOf(CHAPTER_IDS, v)) return v
  ps.add(field, v, `${listText(CHAPTER_IDS)} or null`)
  return undefined
}
/** A body-map choice `{ region, side }` (region id of the reference body map, side left/right) or null; undefined if unusable. */
export function sanitizeBodyRegion(v: unknown, ps: ProblemList, field = 'bodyRegion'): BodyRegionChoice | null | undefined {
  if (v === null) return null
  const expected = `{ region: a body-map region (e.g. "anteriorThigh"), side: ${listText(SIDES)} } or null`
  if (!isPlainObject(v)) {
    ps.add(field, v, expected)
    return undefined
  }
  for (const k of ownKeys(v)) if (k !== 'region' && k !== 'side') ps.add(`${field}.${k}`, DANGEROUS_KEYS.has(k) ? '(ignored)' : v[k], 'only region and side')
  const region = own(v, 'region') ? v.region : undefined
  const side = own(v, 'side') ? v.side : undefined
  if (!(typeof region === 'string' && region.length <= LIMITS.maxIdString && BODY_REGION_IDS.includes(region))) {
    ps.add(`${field}.region`, region, `a body-map region (${BODY_REGION_IDS.join(', ')})`)
    return undefined
  }
  if (!oneOf(SIDES, side)) {
    ps.add(`${field}.side`, side, listText(SIDES))
    return undefined
  }
  return { region, side }
}
function sanitizeVec3(v: unknown, limit: number, ps: ProblemList, field: string): [number, number, number] | undefined {
  if (!Array.isArray(v) || v.length !== 3) {
    ps.add(field, v, 'an array of 3 finite numbers (metres)')
    return undefined
  }
  const out: [number, number, number] = [0, 0, 0]
  for (let i = 0; i < 3; i++) {
    const x: unknown = v[i]
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      ps.add(`${field}[${i}]`, x, 'a finite number (metres)')
      return undefined
    }
    if (Math.abs(x) > limit) ps.add(`${field}[${i}]`, x, `a number within ±${limit} m (clamped)`)
    out[i] = quantiseLength(Math.min(limit, Math.max(-limit, x)))
  }
  return out
}
export function sanitizeCamera(v: unknown, ps: ProblemList, field = 'camera'): CameraState | undefined {
  if (typeof v === 'string') {
    if (oneOf(CAMERA_PRESETS, v)) return v
    ps.add(field, v, `${listText(CAMERA_PRESETS)} or { position: [x,y,z], target: [x,y,z] }`)
    return undefined
  }
  if (!isPlainObject(v)) {
    ps.add(field, v, `${listText(CAMERA_PRESETS)} or { position: [x,y,z], target: [x,y,z] }`)
    return undefined
  }
  for (const k of ownKeys(v)) {
    if (k !== 'position' && k !== 'target') ps.add(`${field}.${k}`, DANGEROUS_KEYS.has(k) ? '(ignored)' : v[k], 'only "position" and "target"')
  }
  const position = sanitizeVec3(own(v, 'position') ? v.position : undefined, LIMITS.maxCameraCoord, ps, `${field}.position`)
  const target = sanitizeVec3(own(v, 'target') ? v.target : undefined, LIMITS.maxCameraCoord, ps, `${field}.target`)
  if (!position || !target) return undefined
  return { position, target }
}
/** Returns null for "off". */
export function sanitizeCompare(v: unknown, ps: ProblemList, field = 'compare'): CompareState | null | undefined {
  if (v === null || v === false) return null
  if (v === true) return {}
  if (!isPlainObject(v)) {
    ps.add(field, v, 'null or { tightness?, side?, posture? }')
    return undefined
  }
  const out: CompareState = {}
  for (const k of ownKeys(v)) {
    if (DANGEROUS_KEYS.has(k)) {
      ps.add(`${field}.${k}`, '(ignored)', 'no prototype keys')
      continue
    }
    const x = v[k]
    if (k === 'tightness') {
      if (x === undefined) continue
      const t = sanitizeTightness(x, ps, `${field}.tightness`)
      if (t !== undefined) out.tightness = t
    } else if (k === 'side') {
      if (x === undefined) continue
      const s = sanitizeSide(x, ps, `${field}.side`)
      if (s !== undefined) out.side = s
    } else if (k === 'posture') {
      if (x === undefined) continue
      const p = sanitizePosture(x, ps, `${field}.posture`)
      if (p !== undefined) out.posture = p
    } else {
      ps.add(`${field}.${k}`, x, 'only tightness, side and posture (a compare state has no compare or annotations of its own)')
    }
  }
  return out
}
/** Annotation ids: short machine ids (so the URL form needs no escaping for them). */
export const ANNOTATION_ID_RE = new RegExp(`^[A-Za-z0-9_-]{1,${LIMITS.maxAnnotationId}}$`)
/** One annotation; undefined when it cannot be used. */
export function sanitizeAnnotation(v: unknown, ps: ProblemList, field = 'annotation'): Annotation | undefined {
  if (!isPlainObject(v)) {
    ps.add(field, v, '{ id, structure, offset: [x,y,z], text }')
    return undefined
  }
  for (const k of ownKeys(v)) {
    if (k !== 'id' && k !== 'structure' && k !== 'offset' && k !== 'text')
      ps.add(`${field}.${k}`, DANGEROUS_KEYS.has(k) ? '(ignored)' : v[k], 'only id, structure, offset, text')
  }
  const id = own(v, 'id') ? v.id : undefined
  if (typeof id !== 'string' || !ANNOTATION_ID_RE.test(id)) {
    ps.add(`${field}.id`, id, `1 to ${LIMITS.maxAnnotationId} letters, digits, "_" or "-"`)
    return undefined
  }
  const structure = own(v, 'structure') ? v.structure : undefined
  if (typeof structure !== 'string' || structure.length > LIMITS.maxIdString || !isStructureId(structure)) {
    ps.add(`${field}.structure`, structure, 'a structure id')
    return undefined
  }
  let offset: [number, number, number] = [0, 0, 0]
  if (own(v, 'offset') && v.offset !== undefined) {
    const o = sanitizeVec3(v.offset, LIMITS.maxOffset, ps, `${field}.offset`)
    if (o) offset = o
  }
  let text = ''
  const t = own(v, 'text') ? v.text : undefined
  if (typeof t === 'string') {
    text = wellFormed(t, ps, `${field}.text`)
    if ([...text].length > LIMITS.maxAnnotationText) {
      ps.add(`${field}.text`, t, `at most ${LIMITS.maxAnnotationText} characters (truncated)`)
      text = [...text].slice(0, LIMITS.maxAnnotationText).join('')
    }
  } else if (t !== undefined) {
    ps.add(`${field}.text`, t, 'a string')
  }
  return { id, structure, offset, text }
}
export function sanitizeAnnotations(v: unknown, ps: ProblemList, field = 'annotations'): Annotation[] | undefined {
  if (!Array.isArray(v)) {
    ps.add(field, v, `an array of at most ${LIMITS.maxAnnotations} pins`)
    return undefined
  }
  const out: Annotation[] = []
  const ids = new Set<string>()
  const n = v.length
  if (n > LIMITS.maxAnnotations) ps.add(field, `[array of ${n}]`, `at most ${LIMITS.maxAnnotations} pins (extra ones dropped)`, true)
  for (let i = 0; i < n && out.length < LIMITS.maxAnnotations; i++) {
    const a = sanitizeAnnotation(v[i], ps, `${field}[${i}]`)
    if (!a) continue
    if (ids.has(a.id)) {
      ps.add(`${field}[${i}].id`, a.id, 'an id not used by another pin (duplicate dropped)')
      continue
    }
    ids.add(a.id)
    out.push(a)
  }
  return out
}

// ------------------------------------------------------------------ parseState

function parseObject(input: Record<string, unknown>, base: SceneState, ps: ProblemList): SceneState {
  const out = cloneState(base)
  for (const k of ownKeys(input)) {
    if (DANGEROUS_KEYS.has(k)) {
      ps.add(k, '(ignored)', 'no prototype keys')
      continue
    }
    if (!STATE_KEYS.has(k)) ps.add(k, input[k], `a known field (${[...STATE_KEYS].join(', ')})`)
  }
  const get = (k: string): unknown => (own(input, k) ? input[k] : undefined)
  const has = (k: string): boolean => own(input, k) && input[k] !== undefined

  if (has('tightness')) {
    const t = sanitizeTightness(get('tightness'), ps)
    if (t !== undefined) out.tightness = t
  }
  if (has('side')) out.side = sanitizeSide(get('side'), ps) ?? out.side
  if (has('posture')) out.posture = sanitizePosture(get('posture'), ps) ?? out.posture
  if (has('layers')) {
    const l = get('layers')
    if (!isPlainObject(l)) ps.add('layers', l, `an object { ${LAYER_KEYS.join(', ')}: boolean }`)
    else
      for (const k of ownKeys(l)) {
        if (DANGEROUS_KEYS.has(k)) ps.add(`layers.${k}`, '(ignored)', 'no prototype keys')
        else if (!(LAYER_KEYS as readonly string[]).includes(k)) ps.add(`layers.${k}`, l[k], `a layer (${LAYER_KEYS.join(', ')})`)
        else if (typeof l[k] !== 'boolean') ps.add(`layers.${k}`, l[k], 'true or false')
        else out.layers[k as keyof SceneState['layers']] = l[k]
      }
  }
  if (own(input, 'focus') && input.focus !== undefined) {
    const f = sanitizeFocus(get('focus'), ps)
    if (f !== undefined) out.focus = f
  }
  if (has('camera')) out.camera = sanitizeCamera(get('camera'), ps) ?? out.camera
  if (has('chapter')) {
    const c = sanitizeChapter(get('chapter'), ps)
    if (c !== undefined) out.chapter = c
  }
  if (has('compare')) {
    const c = sanitizeCompare(get('compare'), ps)
    if (c !== undefined) out.compare = c
  }
  if (has('annotations')) out.annotations = sanitizeAnnotations(get('annotations'), ps) ?? out.annotations
  if (has('bodyRegion')) {
    const r = sanitizeBodyRegion(get('bodyRegion'), ps)
    if (r !== undefined) out.bodyRegion = r
  }
  return out
}

/**
 * Sanitises any input into a valid SceneState. Fields missing from the input keep `base`'s value
 * (default: DEFAULT_STATE). A string is read as JSON (starting with "{") or as a URL query string.
 * Never throws.
 */
export function parseState(input: unknown, base: Readonly<SceneState> = DEFAULT_STATE): ParseResult {
  const ps = new ProblemList()
  let baseState: SceneState
  try {
    baseState = cloneState(base)
  } catch {
    baseState = cloneState(DEFAULT_STATE)
  }
  try {
    let value = input
    if (typeof value === 'string') {
      const text = value.trim()
      if (text.startsWith('{')) {
        try {
          value = JSON.parse(text) as unknown
        } catch {
          ps.add('input', value, 'valid JSON')
          return { state: baseState, problems: ps.result() }
        }
      } else {
        const q = queryToCandidate(text)
        ps.addAll(q.problems)
        value = q.candidate
      }
    }
    if (!isPlainObject(value)) {
      ps.add('input', value, 'an object with scene-state fields, a JSON string or a URL query')
      return { state: baseState, problems: ps.result() }
    }
    return { state: parseObject(value, baseState, ps), problems: ps.result() }
  } catch (e) {
    ps.add('input', e instanceof Error ? e.message : e, 'an input that can be read without errors')
    return { state: baseState, problems: ps.result() }
  }
}

/** True when `input` is already a valid, complete state (parses without problems to an equal value). */
export function isValidState(input: unknown): input is SceneState {
  if (!isPlainObject(input)) return false
  if (!ownKeys(input).every((k) => STATE_KEYS.has(k)) || ![...STATE_KEYS].every((k) => own(input, k))) return false
  const r = parseState(input)
  return r.problems.length === 0 && statesEqual(r.state, input as unknown as SceneState)
}

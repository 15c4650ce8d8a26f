/**
 * URL and JSON codec of the scene state. The URL form (query.ts, version 1) is short and readable,
 * writes only non-default values and round-trips exactly: `fromQuery(toQuery(s)).state` deep-equals
 * `s` for every valid `s` (numbers are stored quantised everywhere, see state.ts). Unknown or bad
 * parameters are reported, never fatal.
 */
import { queryToCandidate, toQuery } from './query.ts'
import type { QueryOptions } from './query.ts'
import { DEFAULT_STATE, cloneState } from './state.ts'
import type { SceneState } from './types.ts'
import { parseState } from './validate.ts'
import type { ParseResult } from './validate.ts'

export { toQuery, queryToCandidate, STATE_QUERY_KEYS, QUERY_VERSION, POSTURE_CODES, SIDE_CODES, LAYER_CODES, MAX_QUERY_LENGTH } from './query.ts'
export type { QueryOptions } from './query.ts'

export interface FromQueryOptions extends QueryOptions {
  /** values for parameters that are absent; default DEFAULT_STATE */
  base?: Readonly<SceneState>
}
/**
 * Reads a query string ("v=1&t=0.66…", "?v=1…", "#v=1…" or a whole URL), or a URLSearchParams
 * (anything whose toString gives the query). Never throws.
 */
export function fromQuery(query: string | { toString(): string }, options?: FromQueryOptions): ParseResult {
  let text = ''
  try {
    text = typeof query === 'string' ? query : query !== null && typeof query === 'object' ? String(query) : ''
  } catch {
    text = ''
  }
  const q = queryToCandidate(text, options)
  const r = parseState(q.candidate, options?.base ?? DEFAULT_STATE)
  return { state: r.state, problems: [...q.problems, ...r.problems] }
}

/** The canonical text form of a state: its query string. */
export function serialize(state: Readonly<SceneState>): string {
  return toQuery(state)
}
/** Inverse of `serialize` (also accepts JSON). Same as `parseState(text)`. */
export function deserialize(text: string): ParseResult {
  return parseState(text)
}

/** JSON text of the scene fields only (store extras such as actions are left out). */
export function toJSON(state: Readonly<SceneState>): string {
  return JSON.stringify(cloneState(state))
}
/** Reads JSON text through parseState. Never throws. */
export function fromJSON(json: string, base: Readonly<SceneState> = DEFAULT_STATE): ParseResult {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return {
      state: cloneState(base),
      problems: [{ field: 'input', value: JSON.stringify(String(json).slice(0, 80)), expected: 'valid JSON' }],
    }
  }
  return parseState(value, base)
}

/**
 * The postMessage protocol of the iframe embed. Every message is a plain object with
 * `source: 'psoas-explainer'` and a `type`; anything else is ignored.
 *
 * Host → iframe: `setState` (partial state, validated), `getState` (answered by `state` with the same `id`;
 * `notes: true` asks for the annotations too), `resetCamera`, `snapshot` (answered by `snapshot` with a
 * PNG data URL or an `error`).
 * Iframe → host: `ready`, `stateChange` (state after each change), `error`.
 * `state` and `stateChange` also carry `description`: the live description of that state in the
 * embed's language (the same sentence the explainer shows and screen readers hear).
 *
 * Only pages on an allowed origin are heard and answered (iframe.tsx, origins.ts); the notes
 * (`annotations`) are left out of `state` and `stateChange` unless the host asks for them
 * (`getState` with `notes: true`, or the page parameter `notes=1`), and `notesLeftOut` then says how many.
 */
import type { Annotation, SceneState } from '../scene-state/types.ts'

/** The state as the embed sends it: `annotations` only when the host asked for the notes. */
export type SharedState = Omit<SceneState, 'annotations'> & { annotations?: Annotation[] }

export const MESSAGE_SOURCE = 'psoas-explainer'

export type HostMessage =
  | { source: typeof MESSAGE_SOURCE; type: 'setState'; state: Partial<SceneState> }
  | { source: typeof MESSAGE_SOURCE; type: 'getState'; id: string; notes?: boolean }
  | { source: typeof MESSAGE_SOURCE; type: 'resetCamera' }
  | { source: typeof MESSAGE_SOURCE; type: 'snapshot'; id: string }

export type EmbedMessage =
  | { source: typeof MESSAGE_SOURCE; type: 'ready' }
  | { source: typeof MESSAGE_SOURCE; type: 'stateChange'; state: SharedState; description: string; notesLeftOut?: number }
  | { source: typeof MESSAGE_SOURCE; type: 'state'; id: string; state: SharedState; description: string; notesLeftOut?: number }
  | { source: typeof MESSAGE_SOURCE; type: 'snapshot'; id: string; dataUrl?: string; error?: string }
  | { source: typeof MESSAGE_SOURCE; type: 'error'; kind: string; message: string }

const HOST_TYPES = new Set(['setState', 'getState', 'resetCamera', 'snapshot'])

/** Narrows an unknown message event payload to a host message, or null (never throws). */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const d = data as Record<string, unknown>
  if (d.source !== MESSAGE_SOURCE || typeof d.type !== 'string' || !HOST_TYPES.has(d.type)) return null
  if ((d.type === 'getState' || d.type === 'snapshot') && typeof d.id !== 'string') return null
  if (d.type === 'setState' && (typeof d.state !== 'object' || d.state === null)) return null
  return d as unknown as HostMessage
}

/** Narrows an unknown payload to a message from the embed, or null. */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const d = data as Record<string, unknown>
  if (d.source !== MESSAGE_SOURCE || typeof d.type !== 'string') return null
  return d as unknown as EmbedMessage
}

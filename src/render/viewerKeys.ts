/**
 * The 3D view's own keys (ExplainerCanvas handles them while it has focus), as aria-keyshortcuts
 * key names. One table for the handler's aria-keyshortcuts and the shortcut overlay, whose help
 * text comes from the catalogs (`ui.shortcuts.viewer`, keyed by `id`). No three.js here: the
 * overlay imports this without loading the 3D code.
 */
export interface ViewerKey {
  id: 'orbit' | 'zoom' | 'structures' | 'deselect' | 'resetCamera'
  keys: readonly string[]
}

export const VIEWER_KEYS: readonly ViewerKey[] = [
  { id: 'orbit', keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] },
  { id: 'zoom', keys: ['+', '-'] },
  { id: 'structures', keys: ['[', ']'] },
  { id: 'deselect', keys: ['Escape'] },
  { id: 'resetCamera', keys: ['Home'] },
]

/** The view's aria-keyshortcuts value. */
export const VIEWER_KEYSHORTCUTS = VIEWER_KEYS.flatMap((k) => k.keys).join(' ')

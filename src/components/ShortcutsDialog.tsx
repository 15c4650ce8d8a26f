/**
 * The keyboard-shortcut overlay: a modal <dialog> (focus moves into it, Escape closes it, focus
 * returns to where it was) listing the explainer's keys and the 3D view's own keys, with help text
 * and key names from the catalog.
 */
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { SCENARIO_IDS } from '../scene-state/consult.ts'
import { format, type Catalog } from '../content/index.ts'
import { VIEWER_KEYS } from '../render/viewerKeys.ts'
import { SHORTCUTS, keyLabel, scenarioKey } from './shortcuts.ts'

export interface ShortcutsDialogProps {
  catalog: Catalog
  open: boolean
  onClose: () => void
}

function Keys({ combos, separator, catalog }: { combos: readonly string[]; separator: string; catalog: Catalog }) {
  const names = catalog.ui.shortcuts.keyNames
  return combos.map((c, i) => (
    <span key={c}>
      {i > 0 ? separator : null}
      <kbd>{keyLabel(c, names)}</kbd>
    </span>
  ))
}

/** A table of keys and what they do, under a caption. */
function KeyTable({ catalog, caption, children }: { catalog: Catalog; caption: string; children: ReactNode }) {
  const t = catalog.ui.shortcuts
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.key}</th>
          <th scope="col">{t.action}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}

function KeyRow({ id, keys, action }: { id: string; keys: ReactNode; action: string }) {
  return (
    <tr data-shortcut={id}>
      <td>{keys}</td>
      <td>{action}</td>
    </tr>
  )
}

export function ShortcutsDialog({ catalog, open, onClose }: ShortcutsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  const titleId = useId()
  const introId = useId()
  const t = catalog.ui.shortcuts

  useLayoutEffect(() => {
    const d = dialog.current
    if (!d) return
    if (open && !d.open) {
      const active = d.ownerDocument.activeElement
      opener.current = active instanceof HTMLElement ? active : null
      d.showModal()
      closeButton.current?.focus()
    } else if (!open && d.open) d.close()
  }, [open])
  // closed by Escape, the close button or the host: focus back where it was
  useEffect(() => {
    const d = dialog.current
    if (!d) return
    const closed = () => {
      onClose()
      const back = opener.current
      opener.current = null
      if (back?.isConnected) back.focus()
    }
    d.addEventListener('close', closed)
    return () => d.removeEventListener('close', closed)
  }, [onClose])

  const or = ` ${t.keyNames.or} `
  return (
    <dialog ref={dialog} className="psoas-shortcuts" aria-labelledby={titleId} aria-describedby={introId} data-testid="shortcuts-dialog">
      <h2 id={titleId}>{t.title}</h2>
      <p id={introId}>{t.intro}</p>
      <KeyTable catalog={catalog} caption={t.explainerKeys}>
        {SCENARIO_IDS.map((id) => (
          <KeyRow key={id} id={`scenario:${id}`} keys={<kbd>{scenarioKey(id)}</kbd>} action={format(t.scenario, { scenario: catalog.ui.consult.scenarioNames[id] })} />
        ))}
        {SHORTCUTS.map((s) => (
          <KeyRow
            key={s.action}
            id={s.action}
            keys={<Keys combos={s.keys.filter((k) => !k.startsWith('Meta+'))} separator={or} catalog={catalog} />}
            action={t.actions[s.action]}
          />
        ))}
      </KeyTable>
      <KeyTable catalog={catalog} caption={t.viewerKeys}>
        {VIEWER_KEYS.map((k) => (
          <KeyRow key={k.id} id={`viewer:${k.id}`} keys={<Keys combos={k.keys} separator=" " catalog={catalog} />} action={t.viewer[k.id]} />
        ))}
      </KeyTable>
      <button type="button" ref={closeButton} data-action="close-shortcuts" onClick={() => dialog.current?.close()}>
        {t.close}
      </button>
    </dialog>
  )
}

/**
 * The keyboard-shortcut overlay: a modal <dialog> (focus moves into it, Escape closes it, focus
 * returns to where it was) listing the explainer's keys and the 3D view's own keys, with help text
 * and key names from the catalog.
 */
import { useEffect, useId, useLayoutEffect, useRef } from 'react'
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
      <table>
        <caption>{t.explainerKeys}</caption>
        <thead>
          <tr>
            <th scope="col">{t.key}</th>
            <th scope="col">{t.action}</th>
          </tr>
        </thead>
        <tbody>
          {SCENARIO_IDS.map((id) => (
            <tr key={id} data-shortcut={`scenario:${id}`}>
              <td>
                <kbd>{scenarioKey(id)}</kbd>
              </td>
              <td>{format(t.scenario, { scenario: catalog.ui.consult.scenarioNames[id] })}</td>
            </tr>
          ))}
          {SHORTCUTS.map((s) => (
            <tr key={s.action} data-shortcut={s.action}>
              <td>
                <Keys combos={s.keys.filter((k) => !k.startsWith('Meta+'))} separator={or} catalog={catalog} />
              </td>
              <td>{t.actions[s.action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t.viewerKeys}</caption>
        <thead>
          <tr>
            <th scope="col">{t.key}</th>
            <th scope="col">{t.action}</th>
          </tr>
        </thead>
        <tbody>
          {VIEWER_KEYS.map((k) => (
            <tr key={k.id} data-shortcut={`viewer:${k.id}`}>
              <td>
                <Keys combos={k.keys} separator=" " catalog={catalog} />
              </td>
              <td>{t.viewer[k.id]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" ref={closeButton} data-action="close-shortcuts" onClick={() => dialog.current?.close()}>
        {t.close}
      </button>
    </dialog>
  )
}

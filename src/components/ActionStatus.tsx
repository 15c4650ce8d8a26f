/**
 * A button whose action takes a moment (save a picture, print a handout), with a status line under
 * it that screen readers hear: disabled while busy, then what happened.
 */
export interface ActionStatusProps<S extends string> {
  /** class of the wrapper (e.g. `psoas-snapshot`); it carries `data-state` */
  className: string
  /** `data-action` of the button (tests and host styling) */
  action: string
  label: string
  status: S | 'idle'
  /** the status that disables the button */
  busy: S
  /** the sentence for each status but idle */
  messages: Record<S, string>
  onClick: () => void
}

export function ActionStatus<S extends string>({ className, action, label, status, busy, messages, onClick }: ActionStatusProps<S>) {
  return (
    <div className={className} data-state={status}>
      <button type="button" data-action={action} onClick={onClick} disabled={status === busy}>
        {label}
      </button>
      <p role="status" className="psoas-explainer__note">
        {status === 'idle' ? '' : messages[status]}
      </p>
    </div>
  )
}

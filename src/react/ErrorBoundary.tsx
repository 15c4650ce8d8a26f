/**
 * The one error boundary of the package: catches anything thrown while rendering its children
 * (a failed model load, a bad glb, a bug) so the host page keeps working. Used around the whole
 * explainer, around its 3D view and inside <PsoasScene>.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'

export interface ErrorBoundaryProps {
  /** What to show instead of the children after an error (default: nothing). */
  renderFallback?: (error: Error, reset: () => void) => ReactNode
  /** Called once per caught error. */
  onError?: (error: Error) => void
  children: ReactNode
}
interface ErrorBoundaryState {
  error: Error | null
}

export class ExplainerErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null }
  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }
  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    this.props.onError?.(error)
  }
  reset = (): void => this.setState({ error: null })
  override render(): ReactNode {
    if (this.state.error) return this.props.renderFallback ? this.props.renderFallback(this.state.error, this.reset) : null
    return this.props.children
  }
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import './error-boundary.css';

interface ErrorBoundaryProps {
  /** What failed, in a few words, e.g. "The chart" (for the console). */
  what: string;
  /** The sentence shown instead: "The chart could not be shown. …" */
  message: string;
  /** The button's label: "Reset to defaults". */
  resetLabel: string;
  /** Puts the figures back to their defaults: a part that failed on odd inputs can come back. */
  onReset: () => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/**
 * Shows a short message instead of a blank box when a part of the page fails to render, with a
 * "Reset to defaults" button that resets the figures and tries the part again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.what} failed to render`, error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="error-box" role="alert">
        <p>{this.props.message}</p>
        <button
          type="button"
          onClick={() => {
            this.props.onReset();
            this.setState({ failed: false });
          }}
        >
          {this.props.resetLabel}
        </button>
      </div>
    );
  }
}

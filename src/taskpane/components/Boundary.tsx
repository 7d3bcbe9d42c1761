import { Component, type ReactNode } from "react";

export interface BoundaryProps {
  /** What to show instead of `children` once they failed to load or render; `retry` tries again. */
  readonly fallback: (error: string, retry: () => void) => ReactNode;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly error?: string;
}

/** Keeps a failure (a chunk that did not arrive, a render that threw) inside one part of the pane. */
export class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = {};

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return this.props.fallback(this.state.error, () => this.setState({ error: undefined }));
  }
}

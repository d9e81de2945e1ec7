import { Component, type ReactNode } from 'react';

interface Props {
  /** what part of the page this guards, for the message */
  what: string;
  /** what the user can still do */
  stillWorks?: string;
  children: ReactNode;
}

/** Keeps one failing part from blanking the page: it says what broke and what still works. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="failure">
        <p>
          The {this.props.what} failed: {this.state.error.message}
        </p>
        {this.props.stillWorks && <p>{this.props.stillWorks}</p>}
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}

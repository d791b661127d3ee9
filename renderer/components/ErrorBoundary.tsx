// A render error in the editor (Slate can throw on an unexpected DOM state)
// shows a way back instead of a blank window. The draft is on disk up to its
// last autosave; reopening reads it from there.
import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Remounts what failed, e.g. by reopening the draft. */
  onReset: () => void;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('editor failed', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <span className="notice-text">编辑器出现了意外问题。已自动保存的内容不受影响；请点“重新打开文稿”继续编辑。如问题反复出现，请联系信息化管理员。</span>
        <button
          type="button"
          onClick={() => {
            this.setState({ failed: false });
            this.props.onReset();
          }}
        >
          重新打开文稿
        </button>
      </div>
    );
  }
}

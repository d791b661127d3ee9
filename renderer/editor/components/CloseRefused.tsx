// Shown when closing the window was refused because text is not yet saved.
export function CloseRefused({ reason, onCloseAnyway }: { reason: string; onCloseAnyway: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <span className="notice-text">
        窗口没有关闭：文稿还有内容未能保存（{reason}）。请先解决这个问题，程序会自动重试保存；
        如确需关闭，未保存的内容将会丢失。
      </span>
      <button type="button" onClick={onCloseAnyway}>
        仍然关闭
      </button>
    </div>
  );
}

/** A link to copy by hand, read-only and selected whole on focus, in both dialogs that make one. */
export function LinkField({ id, label, link }: { id: string; label: string; link: string }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <input className="form-input parat-share-link" id={id} readOnly value={link} onFocus={(e) => e.target.select()} />
    </div>
  );
}

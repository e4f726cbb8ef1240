import type { ReactNode } from 'react';

/** DKFDS alert box. `role` is set by the caller where the message must be announced at once. */
export function Alert({
  kind,
  heading,
  children,
  role,
}: {
  kind: 'info' | 'warning' | 'error' | 'success';
  heading: string;
  children?: ReactNode;
  role?: 'alert' | 'status';
}) {
  return (
    <div className={`alert alert-${kind}`} role={role}>
      <div className="alert-body">
        <p className="alert-heading">{heading}</p>
        {children && <div className="alert-text">{children}</div>}
      </div>
    </div>
  );
}

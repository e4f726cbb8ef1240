import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to a place on the same page. Routes live in the URL fragment, so a plain `#id` link would leave the page:
 * this one moves focus and scroll to the target instead, and opens it if it is a closed disclosure.
 */
export function InPageLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(to);
    if (!target) return;
    event.preventDefault();
    const details = target.closest('details');
    if (details) details.open = true;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <a href={`#${to}`} className={className} onClick={follow}>
      {children}
    </a>
  );
}

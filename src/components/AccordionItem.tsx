import { useId, useState, type ReactNode } from 'react';

/**
 * One DKFDS accordion item: a heading whose button shows or hides the content below it. The heading stays a
 * heading for screen readers, which a `<details>` summary would not.
 */
export function AccordionItem({
  heading,
  initiallyOpen,
  children,
}: {
  heading: ReactNode;
  initiallyOpen: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <li>
      <h2>
        <button
          type="button"
          className="accordion-button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          <span className="accordion-title">{heading}</span>
        </button>
      </h2>
      <div id={id} className="accordion-content" aria-hidden={!open} hidden={!open}>
        {children}
      </div>
    </li>
  );
}

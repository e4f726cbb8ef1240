import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Whether the element is wider inside than it shows, kept up to date as the window or the content resizes. */
function useOverflows<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}

/**
 * A data table with a caption for screen readers and a row of column headings. At 320 px it scrolls on its own
 * instead of widening the page (WCAG 1.4.10 allows tables to scroll in two directions), focusable and named, so
 * keyboard users can scroll it too. When it is wider than the screen it says so above it, and the row headings stay
 * in place while the figures scroll, so a cut-off column is never taken for the last one. `children` are the body
 * rows, or with `grouped` the row groups.
 */
export function DataTable({
  label,
  caption = label,
  head,
  className = 'table table--compact',
  grouped = false,
  children,
}: {
  label: string;
  /** The table's caption, when it should differ from the scroll region's name. */
  caption?: string;
  head: ReactNode[];
  className?: string;
  /** The children are row groups (RowGroup), each its own body under a heading row. */
  grouped?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const hint = useId();
  const { ref, overflows } = useOverflows<HTMLDivElement>();
  return (
    <>
      {overflows && (
        <p className="parat-small parat-scroll-hint" id={hint}>
          {t('app:tableScroll')}
        </p>
      )}
      <div
        ref={ref}
        className="parat-table-scroll"
        role="region"
        aria-label={label}
        tabIndex={0}
        {...(overflows ? { 'aria-describedby': hint } : {})}
      >
        <table className={className}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {head.map((heading, i) => (
                <th scope="col" key={i}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          {grouped ? children : <tbody>{children}</tbody>}
        </table>
      </div>
    </>
  );
}

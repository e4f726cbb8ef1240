import type { ReactNode } from 'react';

/**
 * A data table with a caption for screen readers and a row of column headings. At 320 px it scrolls on its own
 * instead of widening the page (WCAG 1.4.10 allows tables to scroll in two directions), focusable and named, so
 * keyboard users can scroll it too. `children` are the body rows.
 */
export function DataTable({
  label,
  caption = label,
  head,
  className = 'table table--compact',
  children,
}: {
  label: string;
  /** The table's caption, when it should differ from the scroll region's name. */
  caption?: string;
  head: ReactNode[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="parat-table-scroll" role="region" aria-label={label} tabIndex={0}>
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
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

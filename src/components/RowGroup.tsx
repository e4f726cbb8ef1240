import type { ReactNode } from 'react';

/**
 * A group of a data table's rows under a heading row that spans the table: barriers apart from maturity, so a reader
 * knows which way is better before reading a figure.
 */
export function RowGroup({ heading, span, children }: { heading: string; span: number; children: ReactNode }) {
  return (
    <tbody>
      <tr className="parat-group-row">
        <th scope="rowgroup" colSpan={span}>
          <span className="parat-group-label">{heading}</span>
        </th>
      </tr>
      {children}
    </tbody>
  );
}

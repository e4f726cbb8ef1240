import { useState } from 'react';
import type { PlanRow } from '../../format/plan-text';
import { ActionEditor } from './ActionEditor';
import { OwnActionForm } from './OwnActionForm';

/**
 * A plan's actions, each to edit, and the form for an action of one's own; the organisation's plan and a workshop's
 * shared plan both, whichever plan the surrounding PlanProvider edits. `empty` is said when there is none.
 */
export function PlanActions({ rows, empty }: { rows: PlanRow[]; empty: string }) {
  // The action just added opens, so its responsible and deadline are the next thing to fill in.
  const [opened, setOpened] = useState<string>();
  return (
    <>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="parat-plan no-max-width">
          {rows.map((row) => (
            <li key={row.id}>
              <ActionEditor row={row} open={row.id === opened} />
            </li>
          ))}
        </ol>
      )}
      <OwnActionForm onAdded={setOpened} />
    </>
  );
}

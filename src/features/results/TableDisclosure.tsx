import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart's data table behind "Vis som tabel". Closed, it is only visually hidden: screen readers still find it, and
 * it shows itself while a keyboard user is inside it. On narrow screens the table replaces the chart (see the CSS),
 * so no chart text is ever smaller than 12 px.
 */
export function TableDisclosure({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="parat-table-disclosure">
      <button
        type="button"
        className="button button-tertiary parat-table-toggle parat-no-print"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('results.hideTable') : t('results.showTable')}
      </button>
      <div id={id} className={open ? 'parat-table-shown' : 'parat-table-closed'}>
        {children}
      </div>
    </div>
  );
}

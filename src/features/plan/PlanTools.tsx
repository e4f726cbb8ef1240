import { useTranslation } from 'react-i18next';
import type { PlanRow } from '../../format/plan-text';
import { azureCsv, jiraCsv, openRows, planIcs } from '../../format/plan-tools';
import { datedName, downloadText } from '../../state/download';
import { appVersion } from '../../version';

/**
 * The plan's open actions for the tools people follow work in: the deadlines as a calendar, and the actions as CSV
 * files Jira's and Azure DevOps' imports map without editing. Everything is built in the page.
 */
export function PlanTools({ rows, organisation }: { rows: PlanRow[]; organisation: string }) {
  const { t } = useTranslation();
  if (openRows(rows).length === 0) return null;
  const now = new Date();
  const today = now.toISOString();
  const ics = planIcs(rows, t, organisation, now, appVersion);
  const names = organisation ? [organisation] : [];
  const csv = (stem: string, text: string) =>
    downloadText(datedName(stem, 'csv', today, names), text, 'text/csv;charset=utf-8');

  return (
    <section className="parat-no-print" aria-labelledby="plan-tools-heading">
      <h3 id="plan-tools-heading">{t('records:tools.heading')}</h3>
      <p>{t('records:tools.lead')}</p>
      <p>{ics ? t('records:tools.icsCount', { count: ics.count }) : t('records:tools.icsNone')}</p>
      <div className="parat-actions">
        {ics && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              downloadText(datedName(t('records:tools.icsStem'), 'ics', today, names), ics.text, 'text/calendar')
            }
          >
            {t('records:tools.ics')}
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => csv(t('records:tools.jiraStem'), jiraCsv(rows, t, organisation))}
        >
          {t('records:tools.jira')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => csv(t('records:tools.azureStem'), azureCsv(rows, t, organisation))}
        >
          {t('records:tools.azure')}
        </button>
      </div>
      <p className="parat-small">{t('records:tools.hint')}</p>
    </section>
  );
}

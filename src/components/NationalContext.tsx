import { useTranslation } from 'react-i18next';
import { figureSets, type NationalFigure } from '../../questions/national-context';
import { formatPercent } from '../format/locale';
import { figureBands, figureShares } from '../format/national-figures';
import { DataTable } from './DataTable';

/**
 * IT i praksis 2024-2025's figures beside one step's barriers: a table per figure set, with the report's bands, its
 * caption in words, a note under the table where a figure needs one (`national:notes.<id>`), and its source.
 */
export function NationalContext({ figures, level }: { figures: NationalFigure[]; level: 2 | 4 }) {
  const { t, i18n } = useTranslation();
  const Heading = `h${level}` as const;
  // Set titles look alike wherever they sit: a size below the page's or the category's heading.
  const look = level === 2 ? 'h4' : 'h5';
  return figureSets.map((set) => {
    const rows = figures.filter((f) => f.set === set);
    if (rows.length === 0) return null;
    const title = t(`national:sets.${set}.title`);
    return (
      <div key={set} className="parat-national-set">
        <Heading className={look}>{title}</Heading>
        <p className="parat-small">{t(`national:sets.${set}.caption`)}</p>
        <DataTable
          label={title}
          head={[t(`national:sets.${set}.item`), ...figureBands[set].map((band) => t(`national:sets.${set}.${band}`))]}
        >
          {rows.map((figure) => (
            <tr key={figure.id}>
              <th scope="row">{t(`national:figures.${figure.id}`)}</th>
              {figureShares(figure).map((share, i) => (
                <td key={i}>{formatPercent(share, i18n.language)}</td>
              ))}
            </tr>
          ))}
        </DataTable>
        {rows.map(
          (figure) =>
            i18n.exists(`national:notes.${figure.id}`) && (
              <p key={figure.id} className="parat-small">
                {t(`national:figures.${figure.id}`)}: {t(`national:notes.${figure.id}`)}
              </p>
            ),
        )}
        <p className="parat-source">{t('national:source', { report: t('bank:reports.ramboll-2024'), set: title })}</p>
      </div>
    );
  });
}

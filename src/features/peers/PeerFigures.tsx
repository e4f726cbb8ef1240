import { useTranslation } from 'react-i18next';
import type { PeerPack } from '../../../questions/peer-pack';
import { peerComparison, type SectionScore } from '../../../scoring';
import { bank } from '../../../questions';
import { DataTable } from '../../components/DataTable';
import { RowGroup } from '../../components/RowGroup';
import { byKind } from '../../format/kind-groups';
import { packAboutText, peerLeadText, peerMissingText, peerReasonText } from '../../format/peer-text';
import { scoreFigure } from '../../format/score-text';
import { useAssessment } from '../../state/context';

/**
 * The organisation beside organisations like it in a loaded pack: per area its score, their median and middle half,
 * and n; or why the pack has nothing for it. Who made the pack, when and from how many is said under it.
 */
export default function PeerFigures({
  pack,
  notices,
  scores,
}: {
  pack: PeerPack;
  notices: string[];
  scores: readonly SectionScore[];
}) {
  const { t, i18n } = useTranslation();
  const { answers } = useAssessment();
  const comparison = peerComparison(pack, answers, scores);
  const missing = comparison.ok ? peerMissingText(comparison.missing, pack.minimum, t) : undefined;
  return (
    <div>
      {comparison.ok ? (
        <>
          <p role="status">
            {peerLeadText(comparison, pack, t)} {t('series:polarity')}
          </p>
          <DataTable
            label={t('series:peers.table')}
            head={[
              t('series:table.area'),
              t('series:peers.yours'),
              t('series:peers.median'),
              t('series:peers.middleHalf'),
              t('series:peers.n'),
            ]}
            grouped
          >
            {byKind(bank, comparison.areas, (area) => area.sectionId).map((group) => (
              <RowGroup key={group.kind} heading={t(`series:table.groups.${group.kind}`)} span={5}>
                {group.items.map((area) => (
                  <tr key={area.sectionId}>
                    <th scope="row">{t(`bank:sections.${area.sectionId}.title`)}</th>
                    <td>{scoreFigure(t, area.value)}</td>
                    <td>{Math.round(area.median)}</td>
                    <td>{t('series:peers.range', { q1: Math.round(area.q1), q3: Math.round(area.q3) })}</td>
                    <td>{area.n}</td>
                  </tr>
                ))}
              </RowGroup>
            ))}
          </DataTable>
          {missing && <p>{missing}</p>}
        </>
      ) : (
        <p role="status">{peerReasonText(comparison, t)}</p>
      )}
      {[...notices, ...packAboutText(pack, t, i18n.language)].map((line) => (
        <p key={line} className="parat-small">
          {line}
        </p>
      ))}
    </div>
  );
}

import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportFigures } from '../../../../contracts/reports.ts';
import type fr from '../../../app/i18n/fr.json';

type FigureKey = keyof typeof fr.reports.figures;
const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)} %`);

/** The programme's key figures, in the order of the funder report. */
export function KeyFigures({ figures: f }: { figures: ReportFigures }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const items: [FigureKey, number | string][] = [
    ['partners', f.partners.total],
    ['communes', f.territory.communes],
    ['partnersNearQpv', f.territory.partnersNearQpv],
    ['eventsHeld', f.events.held],
    ['confirmedSeats', f.events.confirmedSeats],
    ['checkedInSeats', f.events.checkedInSeats],
    ['distantShare', percent(f.events.distantShare)],
    ['visitors', f.events.exhibitionVisitors],
    ['groups', f.participation.groups],
    ['sessions', f.participation.sessions],
    ['participants', f.participation.participants],
    ['contributions', f.participation.contributions],
    ['approved', f.participation.approved],
    ['actionsDone', `${f.actionPlan.done} / ${f.actionPlan.actions}`],
    ['overdue', f.actionPlan.overdue],
    ['commitments', f.actionPlan.commitments],
    ['indicatorProgress', percent(f.actionPlan.indicatorProgress)],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" component="dl" m={0}>
      {items.map(([key, value]) => (
        <Paper key={key} withBorder p="sm" data-figure={key}>
          <Text component="dd" m={0} fz={24} fw={700} lh={1.2}>
            {typeof value === 'number' ? number.format(value) : value}
          </Text>
          <Text component="dt" size="sm" c="dimmed">
            {t(`reports.figures.${key}`)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

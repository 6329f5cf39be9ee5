import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format-date-time.ts';

/** "depuis le …", "du … au …", or nothing known. */
export function AffiliationPeriod({ affiliation }: { affiliation: { startOn: string | null; endOn: string | null } }) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language);
  const { startOn, endOn } = affiliation;
  let text = t('contacts.period.unknown');
  if (startOn !== null && endOn !== null) text = t('contacts.period.between', { from: date(startOn), to: date(endOn) });
  else if (startOn !== null) text = t('contacts.period.since', { from: date(startOn) });
  else if (endOn !== null) text = t('contacts.period.until', { to: date(endOn) });
  return (
    <Text size="sm" span>
      {text}
    </Text>
  );
}

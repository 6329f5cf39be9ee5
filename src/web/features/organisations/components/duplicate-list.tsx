import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { organisationDuplicatesSchema } from '../../../../contracts/organisations.ts';
import { organisationPath } from '../../../app/paths.ts';

export type Duplicate = z.infer<typeof organisationDuplicatesSchema>['items'][number];

interface DuplicateListProps {
  duplicates: Duplicate[];
  /** Offered when the existing record can be used instead of creating a new one. */
  onUse?: (duplicate: Duplicate) => void;
}

/** Shown before saving: the records this one may repeat, and why each looks like it. */
export function DuplicateList({ duplicates, onUse }: DuplicateListProps) {
  const { t } = useTranslation();
  if (duplicates.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconCopy aria-hidden />} title={t('organisations.duplicates.title')} role="status">
      <Text size="sm" mb="xs">
        {t('organisations.duplicates.text')}
      </Text>
      <List spacing="sm" size="sm" listStyleType="none">
        {duplicates.map(({ organisation, reasons }) => (
          <List.Item key={organisation.id}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <div>
                <Anchor component={Link} to={organisationPath(organisation.id)} fw={600} size="sm" target="_blank">
                  {organisation.name}
                </Anchor>
                <Text size="xs">
                  {[organisation.postcode, organisation.city].filter(Boolean).join(' ') || t('common.notProvided')} ·{' '}
                  {reasons.map((reason) => t(`organisations.duplicates.reasons.${reason}`)).join(', ')}
                </Text>
              </div>
              {onUse !== undefined && (
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => onUse({ organisation, reasons, score: 0 })}
                  aria-label={t('organisations.duplicates.useLabel', { name: organisation.name })}
                >
                  {t('organisations.duplicates.use')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

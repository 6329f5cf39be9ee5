import { Alert, Badge, Box, Button, Group, Modal, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeKind } from '../../../../contracts/merges.ts';
import { RecordSkeleton } from '../../../components/ui/record-skeleton.tsx';
import { notifyError } from '../../../lib/notify.tsx';
import { contactQueryOptions } from '../../contacts/api/contacts.ts';
import { organisationQueryOptions } from '../../organisations/api/organisations.ts';
import { useMerge } from '../api/duplicates.ts';
import { compareRows, defaultChoices, type Side } from './compare-rows.ts';

interface MergeModalProps {
  kind: MergeKind;
  pair: { aId: string; bId: string } | null;
  onClose: () => void;
}

/** Side by side: the user keeps one record, picks each differing value, and merges. */
export function MergeModal({ kind, pair, onClose }: MergeModalProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={pair !== null}
      onClose={onClose}
      title={t('duplicates.compare.title')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {pair !== null && <CompareForm kind={kind} pair={pair} onClose={onClose} />}
    </Modal>
  );
}

function useRecord(kind: MergeKind, id: string) {
  const organisation = useQuery({ ...organisationQueryOptions(id), enabled: kind === 'organisation' });
  const contact = useQuery({ ...contactQueryOptions(id), enabled: kind === 'contact' });
  return kind === 'organisation' ? organisation : contact;
}

function CompareForm({ kind, pair, onClose }: { kind: MergeKind; pair: { aId: string; bId: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const a = useRecord(kind, pair.aId);
  const b = useRecord(kind, pair.bId);
  const [keep, setKeep] = useState<Side>('a');
  const rows = useMemo(() => (a.data && b.data ? compareRows(kind, a.data, b.data, t) : []), [kind, a.data, b.data, t]);
  const [choices, setChoices] = useState<Record<string, Side>>({});
  useEffect(() => setChoices(defaultChoices(rows, keep)), [rows, keep]);
  const merge = useMerge(kind);

  if (a.isError || b.isError) return <Alert color="red">{t('duplicates.compare.gone')}</Alert>;
  if (!a.data || !b.data) return <RecordSkeleton />;
  const records = { a: a.data, b: b.data };
  const nameOf = (side: Side) => {
    const record = records[side] as { name?: string; firstName?: string | null; lastName?: string };
    return record.name ?? [record.firstName, record.lastName].filter(Boolean).join(' ');
  };
  const other: Side = keep === 'a' ? 'b' : 'a';

  const submit = () => {
    const fields = Object.fromEntries(Object.entries(choices).map(([field, side]) => [field, side === keep ? 'survivor' : 'merged']));
    merge.mutate(
      {
        survivorId: records[keep].id,
        mergedId: records[other].id,
        survivorVersion: records[keep].version,
        mergedVersion: records[other].version,
        fields,
      },
      {
        onSuccess: onClose,
        onError: notifyError,
      },
    );
  };

  return (
    <Stack gap="md">
      <Radio.Group label={t('duplicates.compare.keep')} value={keep} onChange={(value) => setKeep(value as Side)}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          {(['a', 'b'] as const).map((side) => (
            <Radio key={side} value={side} label={nameOf(side)} />
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {t('duplicates.compare.help')}
      </Text>
      <Stack gap="xs">
        {rows.map((row) => (
          <Box
            key={row.field}
            p="xs"
            bg={row.differs && !row.united ? 'yellow.0' : undefined}
            bd={row.differs && !row.united ? '1px solid var(--mantine-color-yellow-4)' : '1px solid var(--mantine-color-gray-2)'}
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            data-differs={row.differs || undefined}
          >
            {row.differs && !row.united ? (
              <Radio.Group
                label={t(`duplicates.fields.${row.field}` as never)}
                value={choices[row.field] ?? keep}
                onChange={(value) => setChoices((current) => ({ ...current, [row.field]: value as Side }))}
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt={4}>
                  {(['a', 'b'] as const).map((side) => (
                    <Radio key={side} value={side} label={row[side] || t('duplicates.compare.empty')} style={{ wordBreak: 'break-word' }} />
                  ))}
                </SimpleGrid>
              </Radio.Group>
            ) : (
              <>
                <Group gap="xs" mb={4}>
                  <Text size="sm" fw={600}>
                    {t(`duplicates.fields.${row.field}` as never)}
                  </Text>
                  {row.united && row.differs && <Badge variant="light">{t('duplicates.compare.united')}</Badge>}
                </Group>
                <Text size="sm" style={{ wordBreak: 'break-word' }}>
                  {row.united ? [row.a, row.b].filter(Boolean).join(' + ') : row.a}
                </Text>
              </>
            )}
          </Box>
        ))}
      </Stack>
      <Text size="sm">{t('duplicates.compare.links', { merged: nameOf(other), survivor: nameOf(keep) })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('actions.cancel')}
        </Button>
        <Button onClick={submit} loading={merge.isPending}>
          {t('duplicates.mergeButton')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Anchor, Button, Card, CopyButton, Group, Image, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../contracts/groups.ts';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { notifyError, notifySuccess } from '../../../lib/notify.tsx';
import { groupFormLinkQueryOptions, useRegenerateFormToken } from '../api/groups.ts';

/** The public form's link and QR code, to print or show; a new link closes the old one. */
export function FormLinkCard({ group, canWrite }: { group: GroupDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const link = useQuery(groupFormLinkQueryOptions(group.id, group.formToken));
  const regenerate = useRegenerateFormToken();
  if (link.isError) return <QueryError error={link.error} onRetry={() => void link.refetch()} />;
  const qr = link.data ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.data.qrSvg)}` : undefined;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text fw={600}>{t('participation.form.linkTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('participation.form.linkHint')}
        </Text>
        {link.data && (
          <>
            <Anchor href={link.data.url} target="_blank" style={{ wordBreak: 'break-all' }}>
              {link.data.url}
            </Anchor>
            <Image src={qr} alt={t('participation.form.qrAlt', { name: group.name })} w={180} h={180} />
            <Group gap="xs">
              <CopyButton value={link.data.url}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? t('participation.form.copied') : t('participation.form.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button size="xs" variant="default" component="a" href={qr} download={`qr-${group.name}.svg`}>
                {t('participation.form.downloadQr')}
              </Button>
              {canWrite && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={regenerate.isPending}
                  onClick={() =>
                    regenerate.mutate(
                      { id: group.id, version: group.version },
                      { onSuccess: () => notifySuccess(t('participation.form.regenerated')), onError: notifyError },
                    )
                  }
                >
                  {t('participation.form.regenerate')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}

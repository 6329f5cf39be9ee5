import { Group, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A record page's shape while it loads: title, key facts, tabs and a block of content. */
export function RecordSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack aria-busy="true">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <Skeleton height={14} width={160} />
      <Skeleton height={36} width="50%" />
      <Group gap="xs">
        <Skeleton height={22} width={90} />
        <Skeleton height={22} width={110} />
      </Group>
      <Skeleton height={36} mt="md" />
      <Skeleton height={240} />
    </Stack>
  );
}

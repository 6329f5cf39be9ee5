import { Card, Group, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AREAS } from '../../../app/areas.ts';

type AreaEntry = (typeof AREAS)[number];

/** Every area with one sentence on what it is for: where to go next from the dashboard. */
export function AreaLinks() {
  const { t } = useTranslation();
  const areas = AREAS.filter((entry): entry is Exclude<AreaEntry, { area: 'dashboard' }> => entry.area !== 'dashboard');
  return (
    <section aria-labelledby="areas-title">
      <Title order={2} size="h3" id="areas-title" mb="sm">
        {t('dashboard.areasTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {areas.map(({ area, path, icon: Icon }) => (
          <Card key={area} component={Link} to={path} withBorder padding="md">
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" size="lg" aria-hidden>
                <Icon size={20} />
              </ThemeIcon>
              <div>
                <Text fw={600}>{t(`nav.${area}`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`areaDescriptions.${area}`)}
                </Text>
              </div>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}

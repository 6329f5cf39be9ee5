import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Structure } from '../../../../contracts/structures.ts';

type StructureKeyFacts = Pick<Structure, 'code' | 'kind' | 'departement'>;

export function StructureBadges({ structure }: { structure: StructureKeyFacts }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Badge variant="outline" tt="none">
        {structure.code}
      </Badge>
      <Badge variant="light" tt="none">
        {t(`kinds.${structure.kind}`)}
      </Badge>
      {structure.departement !== null && (
        <Badge variant="light" color="gray" tt="none">
          {t('structures.departementValue', { departement: structure.departement })}
        </Badge>
      )}
    </Group>
  );
}

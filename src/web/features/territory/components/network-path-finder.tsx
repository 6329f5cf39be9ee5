import { Alert, Badge, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Network, NetworkPath } from '../../../../contracts/network.ts';

interface PathFinderProps {
  network: Network;
  /** The path to the target, once found. */
  result: NetworkPath | undefined;
  target: string | null;
  onTarget: (id: string | null) => void;
}

/** "Who in our network can introduce us to X": the shortest chain from the structure, step by step. */
export function NetworkPathFinder({ network, result, target, onTarget }: PathFinderProps) {
  const { t } = useTranslation();
  const options = network.nodes
    .filter((node) => node.kind !== 'structure')
    .map((node) => ({ value: node.id, label: `${node.label} (${t(`network.kinds.${node.kind}`)})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Stack gap="sm">
      <Select
        label={t('network.path.target')}
        description={t('network.path.hint')}
        data={options}
        value={target}
        onChange={onTarget}
        searchable
        clearable
        maw={520}
      />
      {result?.path === null && (
        <Alert variant="light" color="orange">
          {t('network.path.none')}
        </Alert>
      )}
      {result?.path && (
        <Stack gap={4} component="ol" data-testid="network-path" pl="md" m={0}>
          {result.path.map((node, i) => (
            <li key={node.id}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>{node.label}</Text>
                {i > 0 &&
                  result.links[i - 1]?.map((kind) => (
                    <Badge key={kind} size="sm" variant="light" color="orange">
                      {t(`network.links.${kind}`)}
                    </Badge>
                  ))}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

import { useDocumentTitle } from '@mantine/hooks';

/** Each page names itself in the tab and for screen readers on arrival (RGAA 8.6). */
export function usePageTitle(title: string): void {
  useDocumentTitle(`${title} · Maillage`);
}

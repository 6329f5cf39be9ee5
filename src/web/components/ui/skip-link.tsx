import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

export const MAIN_CONTENT_ID = 'contenu';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <Button component="a" href={`#${MAIN_CONTENT_ID}`} className={classes.link}>
      {t('app.skipToContent')}
    </Button>
  );
}

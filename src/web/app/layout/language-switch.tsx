import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, setLanguage } from '../i18n/i18n.ts';

/** "FR"/"EN" on screen; the full language name for screen readers, each in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const option = (value: 'fr' | 'en', short: string, name: string) => ({
    value,
    label: (
      <>
        <span aria-hidden>{short}</span>
        <VisuallyHidden lang={value}>{name}</VisuallyHidden>
      </>
    ),
  });
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(value) => {
        if (isLanguage(value)) setLanguage(value);
      }}
      data={[option('fr', 'FR', 'Français'), option('en', 'EN', 'English')]}
    />
  );
}

import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's teal with darker shades 7 to 9: its own shade 6 on white (2.6:1) fails WCAG AA for text,
 * which anchors, outline badges and filled buttons use. Shade 1 is lightened for the same reason
 * under the "light" variant's shade-9 text.
 */
const teal: MantineColorsTuple = [
  '#e6fcf5',
  '#d2f8eb',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#0b7a5c',
  '#0a6e53',
  '#085c45',
];

// One brand colour, Mantine's defaults otherwise (UI.md). Focus rings show for keyboard users.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 7,
  colors: { teal },
  defaultRadius: 'md',
  focusRing: 'auto',
});

/**
 * Text of "light" badges and alerts is shade 9 on shade 1: below 4.5:1 for green (3.8), orange (3.6),
 * yellow (2.7), lime (3.3) and just at it for red. A darker shade of the same hue passes (5.6 to 6.8).
 * Field errors get the same treatment.
 */
const lightTextColors = {
  '--mantine-color-green-light-color': '#20682f',
  '--mantine-color-orange-light-color': '#a3360b',
  '--mantine-color-yellow-light-color': '#964d00',
  '--mantine-color-lime-light-color': '#456f0a',
  '--mantine-color-red-light-color': '#97201f',
  // Field errors are red 6 by default, 3.3:1 on white.
  '--mantine-color-error': 'var(--mantine-color-red-9)',
};

/** "Dimmed" text is gray 6 by default, 3.3:1 on white; gray 7 keeps the hierarchy and reaches 8:1. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', ...lightTextColors },
  dark: {},
});

import { createTheme } from '@mantine/core';

// One brand colour, Mantine's defaults otherwise (UI.md). Focus rings show for keyboard users.
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  focusRing: 'auto',
});

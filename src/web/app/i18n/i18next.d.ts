import 'i18next';
import type fr from './fr.json';

// Keys are checked against the French catalogue, the reference one; the test keeps English in step.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fr };
  }
}

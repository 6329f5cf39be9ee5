const PARIS = 'Europe/Paris';

const options: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: PARIS,
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(language: string): Intl.DateTimeFormat {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * "mar. 12 janv. 2027, 18 h 30" in French, always in Paris time whatever the device says.
 * Intl writes "18:30"; French typography wants "18 h 30", so the separator between hour and
 * minute is replaced part by part rather than by matching the whole string.
 */
export function formatDateTime(iso: string, language: string): string {
  const parts = formatterFor(language).formatToParts(new Date(iso));
  if (language !== 'fr') return parts.map((part) => part.value).join('');
  return parts
    .map((part, index) => {
      const between = part.type === 'literal' && parts[index - 1]?.type === 'hour' && parts[index + 1]?.type === 'minute';
      return between ? ' h ' : part.value;
    })
    .join('');
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date ("2027-01-12", no time of day) as "mar. 12 janv. 2027". It names a day, not an
 * instant, so it is read in UTC where it cannot shift to the day before.
 */
export function formatDate(date: string, language: string): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  let formatter = dayFormatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dayFormatters.set(locale, formatter);
  }
  return formatter.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

import { Readable } from 'node:stream';

export type VcardPerson = {
  id: string;
  firstName: string | null;
  lastName: string;
  emails: string[];
  phones: string[];
  language: string;
  organisation: string | null;
  role: string | null;
  updatedAt: Date;
};

/** RFC 6350 §3.4: backslash, comma, semicolon and line breaks are escaped in text values. */
const escaped = (text: string) => text.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Lines are folded at 75 octets, never inside a UTF-8 character (§3.2). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A French number as a tel: URI when it can be made global, else kept as typed text. */
function telProperty(phone: string): string {
  const digits = phone.replace(/[\s().-]/g, '');
  const global = /^0[1-9]\d{8}$/.test(digits) ? `+33${digits.slice(1)}` : /^\+\d{6,15}$/.test(digits) ? digits : null;
  return global ? `TEL;VALUE=uri;TYPE=work:tel:${global}` : `TEL;VALUE=text;TYPE=work:${escaped(phone)}`;
}

const stamp = (date: Date) => `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** One vCard 4.0; ORG and ROLE come from the person's primary current affiliation. */
export function vcardOf(person: VcardPerson): string {
  const fullName = [person.firstName, person.lastName].filter(Boolean).join(' ');
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `UID:urn:uuid:${person.id}`,
    `FN:${escaped(fullName)}`,
    `N:${escaped(person.lastName)};${escaped(person.firstName ?? '')};;;`,
    ...person.emails.map((email, i) => `EMAIL;TYPE=work${i === 0 ? ';PREF=1' : ''}:${escaped(email)}`),
    ...person.phones.map(telProperty),
    ...(person.organisation ? [`ORG:${escaped(person.organisation)}`] : []),
    ...(person.role ? [`ROLE:${escaped(person.role)}`] : []),
    `LANG:${person.language}`,
    `REV:${stamp(person.updatedAt)}`,
    'END:VCARD',
  ];
  return lines.map(fold).join('\r\n');
}

export function vcardStream(batches: AsyncIterable<VcardPerson[]>): Readable {
  async function* cards() {
    for await (const batch of batches) yield Buffer.from(batch.map((p) => `${vcardOf(p)}\r\n`).join(''));
  }
  return Readable.from(cards(), { objectMode: false });
}

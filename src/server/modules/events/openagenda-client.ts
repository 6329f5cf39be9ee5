import { AppError } from '../../http/errors.ts';

/** How to reach OpenAgenda: the v2 base URL (https://api.openagenda.com/v2), the public key (reads), the secret key (writes). */
export type OpenAgendaSettings = { url: string; key: string; secret: string | undefined };

const TIMEOUT_MS = 15_000;
const PAGE_SIZE = 100;

function unreachable(detail: string): AppError {
  return new AppError('unavailable', `OpenAgenda n’a pas répondu comme prévu : ${detail}`);
}

async function call(url: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw unreachable((error as Error).message);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { message?: unknown } | null)?.message;
    throw unreachable(`${response.status}${typeof message === 'string' ? ` (${message.slice(0, 200)})` : ''}`);
  }
  return body;
}

/**
 * The OpenAgenda v2 API, as its JavaScript SDK speaks it: reads with `?key=`, writes with an
 * access token obtained from the secret key (`POST /requestAccessToken`) and a fresh nonce each time.
 */
export function openAgendaClient(settings: OpenAgendaSettings) {
  const base = settings.url.replace(/\/$/, '');
  const withKey = (path: string, query: Record<string, string> = {}) =>
    `${base}${path}?${new URLSearchParams({ key: settings.key, ...query })}`;
  let token: { value: string; until: number } | undefined;

  async function accessToken(): Promise<string> {
    if (!settings.secret) throw new AppError('conflict', 'L’export vers OpenAgenda demande la clé secrète (MAILLAGE_OPENAGENDA_SECRET).');
    if (token && token.until > Date.now()) return token.value;
    const body = (await call(`${base}/requestAccessToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code', code: settings.secret }),
    })) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body?.access_token !== 'string') throw unreachable('pas de jeton d’accès');
    const seconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    token = { value: body.access_token, until: Date.now() + (seconds - 60) * 1000 };
    return token.value;
  }

  /** A write answers with the record under `event` or `location`: its uid is what Maillage keeps. */
  async function write(method: 'POST' | 'PATCH', path: string, data: unknown, what: 'event' | 'location'): Promise<{ uid: string }> {
    const body = (await call(withKey(path), {
      method,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'access-token': await accessToken(),
        nonce: `${Date.now()}${crypto.getRandomValues(new Uint32Array(1))[0]}`,
      },
      body: JSON.stringify(data),
    })) as Record<string, { uid?: unknown } | undefined> | null;
    const uid = body?.[what]?.uid;
    if (typeof uid !== 'number' && typeof uid !== 'string') throw unreachable(`pas d’identifiant (${what}.uid) dans la réponse`);
    return { uid: String(uid) };
  }

  return {
    createEvent: (agendaUid: string, data: unknown) => write('POST', `/agendas/${agendaUid}/events`, data, 'event'),
    updateEvent: (agendaUid: string, uid: string, data: unknown) => write('PATCH', `/agendas/${agendaUid}/events/${uid}`, data, 'event'),
    /** A place of the agenda (`POST /agendas/{uid}/locations`: name, address, countryCode), which events name by `locationUid`. */
    createLocation: (agendaUid: string, data: unknown) => write('POST', `/agendas/${agendaUid}/locations`, data, 'location'),
    /** Every event of the agenda, page after page (`after` is the cursor the previous page returned). */
    async listEvents(agendaUid: string): Promise<unknown[]> {
      const events: unknown[] = [];
      let after: unknown[] | undefined;
      for (let page = 0; page < 1000; page++) {
        const query: Record<string, string> = { size: String(PAGE_SIZE), detailed: '1' };
        const params = new URLSearchParams(query);
        for (const value of after ?? []) params.append('after[]', String(value));
        const body = (await call(`${withKey(`/agendas/${agendaUid}/events`)}&${params}`, { headers: { accept: 'application/json' } })) as {
          events?: unknown;
          after?: unknown;
        };
        if (!Array.isArray(body?.events)) throw unreachable('la liste des événements manque');
        events.push(...body.events);
        if (body.events.length < PAGE_SIZE || !Array.isArray(body.after) || body.after.length === 0) return events;
        after = body.after;
      }
      return events;
    },
  };
}
export type OpenAgendaClient = ReturnType<typeof openAgendaClient>;

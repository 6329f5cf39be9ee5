import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the OpenAgenda v2 API, speaking its shapes: `POST /v2/requestAccessToken`
 * ({grant_type, code} → {access_token, expires_in}), `GET /v2/agendas/{uid}/events?key=&size=&after[]=`
 * ({total, events, after}), `POST /v2/agendas/{uid}/events` and `PATCH /v2/agendas/{uid}/events/{uid}`
 * ({success, event}) with the `access-token` and a never-reused `nonce` header; locations:
 * `POST /v2/agendas/{uid}/locations` (name, address, countryCode → {success, location}),
 * `GET /v2/agendas/{uid}/locations` ({total, locations, after}) and `GET …/locations/{uid}`; events
 * on site name one by `locationUid` and are read back with the `location` itself. It refuses what the
 * real API refuses (wrong key, missing token, reused nonce, an event on site without a known location),
 * so the client is tested for real.
 */
export async function startOpenAgendaStandIn(options: { key: string; secret: string }) {
  const agendas = new Map<string, Record<string, unknown>[]>();
  const locations = new Map<string, Record<string, unknown>[]>();
  const locationsOf = (agendaUid: string) => locations.get(agendaUid) ?? locations.set(agendaUid, []).get(agendaUid)!;
  /** Read back as OpenAgenda does: the event with its location expanded. */
  const detailed = (agendaUid: string, event: Record<string, unknown>) => {
    const location = locationsOf(agendaUid).find((l) => String(l.uid) === String(event.locationUid));
    return location ? { ...event, location } : event;
  };
  const nonces = new Set<string>();
  const requests: { method: string; path: string }[] = [];
  let nextUid = 40_000_000;
  const token = `token-${crypto.randomUUID()}`;

  const readJson = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    requests.push({ method: request.method ?? '', path: url.pathname });
    if (request.method === 'POST' && url.pathname === '/v2/requestAccessToken') {
      const body = await readJson(request);
      if (body?.grant_type !== 'authorization_code' || body?.code !== options.secret) return send(403, { message: 'invalid secret key' });
      return send(200, { access_token: token, expires_in: 3600 });
    }
    const match = /^\/v2\/agendas\/(\d+)\/(events|locations)(?:\/(\d+))?$/.exec(url.pathname);
    if (!match) return send(404, { message: 'not found' });
    if (url.searchParams.get('key') !== options.key) return send(403, { message: 'invalid key' });
    const [, agendaUid, collection, itemUid] = match;
    const eventUid = collection === 'events' ? itemUid : undefined;
    const events = agendas.get(agendaUid!) ?? [];
    agendas.set(agendaUid!, events);
    const places = locationsOf(agendaUid!);
    if (request.method === 'GET' && collection === 'locations') {
      if (itemUid) {
        const location = places.find((l) => String(l.uid) === itemUid);
        return location ? send(200, { location }) : send(404, { message: 'location not found' });
      }
      return send(200, { total: places.length, locations: places, after: null });
    }
    if (request.method === 'GET' && !eventUid) {
      const size = Math.min(300, Number(url.searchParams.get('size') ?? 20));
      const after = Number(url.searchParams.getAll('after[]')[0] ?? 0);
      const page = events.slice(after, after + size).map((event) => detailed(agendaUid!, event));
      return send(200, { total: events.length, events: page, after: page.length ? [after + page.length] : null });
    }
    if (request.headers['access-token'] !== token) return send(401, { message: 'access token required' });
    const nonce = String(request.headers.nonce ?? '');
    if (!nonce || nonces.has(nonce)) return send(400, { message: 'nonce missing or already used' });
    nonces.add(nonce);
    const data = await readJson(request);
    if (request.method === 'POST' && collection === 'locations' && !itemUid) {
      if (!data?.name || !data.address || !data.countryCode) return send(400, { message: 'name, address and countryCode required' });
      const location = { ...data, uid: nextUid++, agendaUid: Number(agendaUid) };
      places.push(location);
      return send(200, { success: true, location });
    }
    const onSite = (data?.attendanceMode ?? 1) !== 2;
    if (onSite && data && !places.some((l) => String(l.uid) === String(data.locationUid)))
      return send(400, { message: 'locationUid: a location of the agenda is required' });
    if (request.method === 'POST' && collection === 'events' && !eventUid) {
      if (!data?.title || !Array.isArray(data.timings) || data.timings.length === 0)
        return send(400, { message: 'title and timings required' });
      const event = { ...data, uid: nextUid++, agendaUid: Number(agendaUid), updatedAt: new Date().toISOString() };
      events.push(event);
      return send(200, { success: true, event });
    }
    if (request.method === 'PATCH' && eventUid) {
      const index = events.findIndex((e) => String(e.uid) === eventUid);
      if (index < 0) return send(404, { message: 'event not found' });
      events[index] = { ...events[index], ...data, updatedAt: new Date().toISOString() };
      return send(200, { success: true, event: events[index] });
    }
    return send(405, { message: 'method not allowed' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2`,
    agendas,
    locations,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { createHash } from 'node:crypto';

/** A rendered feed with its validators. */
export type RenderedFeed = { body: string; etag: string; lastModified: Date };

/**
 * Feeds are read far more often than events change: each node keeps a rendered feed for
 * FEED_TTL_MS, and drops them all when an event or a registration is written through it
 * (invalidatePublicAgenda); other nodes catch up within the TTL.
 */
const FEED_TTL_MS = 60_000;
const cache = new Map<string, { feed: RenderedFeed; until: number }>();

export function invalidatePublicAgenda(): void {
  cache.clear();
}

export async function cachedFeed(key: string, render: () => Promise<{ body: string; lastModified: Date }>): Promise<RenderedFeed> {
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.feed;
  const { body, lastModified } = await render();
  const feed = { body, lastModified, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
  cache.set(key, { feed, until: Date.now() + FEED_TTL_MS });
  return feed;
}

import type { DbOrTx } from '../../db/client.ts';
import { isOverdue } from '../action-plans/action-views.ts';
import {
  commitmentRows,
  heldEventRows,
  interactionRows,
  type PartnershipFactsRow,
  type PartnershipScope,
  relayedSeatRows,
  stageChangeRows,
} from './engagement.queries.ts';
import type { EngagementFacts } from './engagement-score.ts';

export type PartnershipFacts = { row: PartnershipFactsRow; facts: EngagementFacts; overdueActionTitle: string | null };

const keyOf = (structureId: string, organisationId: string) => `${structureId}:${organisationId}`;

/** Everything the score reads, for these partnerships, in six queries whatever their number. */
export async function loadFacts(
  db: DbOrTx,
  scope: PartnershipScope,
  rows: PartnershipFactsRow[],
  today: string,
): Promise<PartnershipFacts[]> {
  const structureIds = [...new Set(rows.map((row) => row.structureId))];
  const organisationIds = rows.length === 1 ? [rows[0]!.organisationId] : undefined;
  const [changes, touches, held, seats, commitments] = await Promise.all([
    stageChangeRows(db, scope),
    interactionRows(db, structureIds, organisationIds),
    heldEventRows(db, structureIds),
    relayedSeatRows(db, structureIds),
    commitmentRows(db, structureIds),
  ]);
  const byKey = new Map<string, PartnershipFacts>();
  const byId = new Map<string, PartnershipFacts>();
  for (const row of rows) {
    const entry: PartnershipFacts = {
      row,
      facts: {
        createdAt: row.createdAt,
        stage: row.stage,
        stageChanges: [],
        interactions: [],
        events: [],
        publics: [],
        commitments: [],
      },
      overdueActionTitle: null,
    };
    byKey.set(keyOf(row.structureId, row.organisationId), entry);
    byId.set(row.id, entry);
  }
  for (const change of changes) byId.get(change.partnershipId)?.facts.stageChanges.push(change);
  for (const touch of touches)
    if (touch.organisationId) byKey.get(keyOf(touch.structureId, touch.organisationId))?.facts.interactions.push(touch.at);
  for (const event of held) byKey.get(keyOf(event.structureId, event.organisationId))?.facts.events.push(event.at);
  for (const seat of seats) byKey.get(keyOf(seat.structureId, seat.organisationId))?.facts.publics.push({ at: seat.at, seats: seat.seats });
  for (const commitment of commitments) {
    const entry = byKey.get(keyOf(commitment.structureId, commitment.organisationId));
    if (!entry) continue;
    entry.facts.commitments.push(new Date(`${commitment.signedOn}T12:00:00Z`));
    if (entry.overdueActionTitle === null && isOverdue({ status: commitment.actionStatus, deadline: commitment.deadline }, today)) {
      entry.overdueActionTitle = commitment.actionTitle;
    }
  }
  return [...byId.values()];
}

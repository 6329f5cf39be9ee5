import type { Db } from '../../db/client.ts';
import { updateVersioned } from '../../db/records.ts';
import { ideas } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertEvent } from '../events/events.queries.ts';
import { audit as eventAudit, eventDetail } from '../events/events.service.ts';
import type { IdeaRow } from './ideas.queries.ts';
import { audit, loadIdea } from './ideas.service.ts';

/**
 * One step from idea to event draft: an event of the idea's structure, status `proposed`, with the
 * idea's title, format, module, publics and description (its theme and partners in mind go into
 * the description); the idea then points at it. An idea becomes one event only.
 */
export async function ideaToEvent(db: Db, actor: Actor, id: string) {
  const eventId = await db.transaction(async (tx) => {
    const { idea } = await loadIdea(tx, actor, id);
    requireAccess(actor, 'structure:write', idea.structureId);
    if (idea.eventId) throw new AppError('conflict', 'Cette idée est déjà devenue un événement : ouvrez-le depuis l’idée.');
    const notes = [
      idea.description,
      idea.theme ? `Thème : ${idea.theme}` : null,
      idea.partnersInMind ? `Partenaires envisagés : ${idea.partnersInMind}` : null,
    ].filter(Boolean);
    const event = await insertEvent(tx, {
      structureId: idea.structureId,
      title: idea.title,
      format: idea.format,
      status: 'proposed',
      moduleId: idea.moduleId,
      publics: idea.publics,
      description: notes.length ? notes.join('\n\n') : null,
    });
    await recordAudit(tx, eventAudit(actor, event, 'create', null, { ...event, idée: idea.id }));
    const after = (await updateVersioned(tx, ideas, id, idea.version, { eventId: event.id }, 'L’idée')) as IdeaRow;
    await recordAudit(tx, audit(actor, after, 'update', idea, after));
    return event.id;
  });
  return eventDetail(db, eventId);
}

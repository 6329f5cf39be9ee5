import { PARIS } from '../lib/paris-time.ts';
import type { MailAttachment, MailMessage } from './messages.ts';

/** What every registration e-mail says about the registration and its slot. */
export type RegistrationMail = {
  to: string;
  name: string;
  language: 'fr' | 'en';
  eventTitle: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  headcount: number;
  checkInCode: string;
  cancelUrl: string;
  /** The slot as an .ics file (confirmation and promotion). */
  ics: string;
};

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

function when(mail: RegistrationMail): string {
  const day = new Intl.DateTimeFormat(LOCALES[mail.language], { timeZone: PARIS, dateStyle: 'full' }).format(mail.startsAt);
  const time = new Intl.DateTimeFormat(LOCALES[mail.language], { timeZone: PARIS, timeStyle: 'short' });
  return `${day}, ${time.format(mail.startsAt)} – ${time.format(mail.endsAt)}`;
}

const icsAttachment = (mail: RegistrationMail): MailAttachment => ({
  filename: 'evenement.ics',
  content: mail.ics,
  contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
});

function details(mail: RegistrationMail): string[] {
  const fr = mail.language === 'fr';
  return [
    `« ${mail.eventTitle} »`,
    when(mail),
    ...(mail.place ? [mail.place] : []),
    fr ? `Places : ${mail.headcount}` : `Seats: ${mail.headcount}`,
  ];
}

function seatMessage(mail: RegistrationMail, promoted: boolean): MailMessage {
  const fr = mail.language === 'fr';
  const intro = fr
    ? promoted
      ? 'Une place s’est libérée : votre inscription sur liste d’attente est maintenant confirmée.'
      : 'Votre inscription est confirmée.'
    : promoted
      ? 'A seat has become free: your waiting-list registration is now confirmed.'
      : 'Your registration is confirmed.';
  return {
    to: mail.to,
    subject: fr
      ? `${promoted ? 'Place confirmée' : 'Inscription confirmée'} : ${mail.eventTitle}`
      : `${promoted ? 'Seat confirmed' : 'Registration confirmed'}: ${mail.eventTitle}`,
    text: [
      fr ? `Bonjour ${mail.name},` : `Hello ${mail.name},`,
      '',
      intro,
      '',
      ...details(mail),
      '',
      fr ? `Code d’accueil à présenter : ${mail.checkInCode}` : `Check-in code to show on arrival: ${mail.checkInCode}`,
      fr ? 'L’événement est joint à ce message pour votre agenda.' : 'The event is attached to this message for your calendar.',
      '',
      fr ? 'Vous ne pourrez pas venir ? Libérez votre place :' : 'Cannot come? Free your seat:',
      mail.cancelUrl,
    ].join('\n'),
    attachments: [icsAttachment(mail)],
  };
}

export const confirmationMessage = (mail: RegistrationMail) => seatMessage(mail, false);
export const promotionMessage = (mail: RegistrationMail) => seatMessage(mail, true);

export function waitlistMessage(mail: RegistrationMail, position: number): MailMessage {
  const fr = mail.language === 'fr';
  return {
    to: mail.to,
    subject: fr ? `Liste d’attente : ${mail.eventTitle}` : `Waiting list: ${mail.eventTitle}`,
    text: [
      fr ? `Bonjour ${mail.name},` : `Hello ${mail.name},`,
      '',
      fr
        ? `Le créneau est complet : vous êtes sur la liste d’attente, en position ${position}. Si une place se libère, elle vous est attribuée automatiquement et nous vous écrivons.`
        : `The slot is full: you are on the waiting list, in position ${position}. If a seat becomes free it is given to you automatically and we will write to you.`,
      '',
      ...details(mail),
      '',
      fr ? 'Pour quitter la liste d’attente :' : 'To leave the waiting list:',
      mail.cancelUrl,
    ].join('\n'),
  };
}

export function cancellationMessage(mail: RegistrationMail): MailMessage {
  const fr = mail.language === 'fr';
  return {
    to: mail.to,
    subject: fr ? `Inscription annulée : ${mail.eventTitle}` : `Registration cancelled: ${mail.eventTitle}`,
    text: [
      fr ? `Bonjour ${mail.name},` : `Hello ${mail.name},`,
      '',
      fr
        ? 'Votre inscription est annulée. Merci d’avoir libéré la place.'
        : 'Your registration is cancelled. Thank you for freeing the seat.',
      '',
      ...details(mail),
    ].join('\n'),
  };
}

/** A file sent with the message (an .ics invitation); the outbox keeps the text only. */
export type MailAttachment = { filename: string; content: string; contentType: string };
export type MailMessage = { to: string; subject: string; text: string; attachments?: MailAttachment[] };

export function passwordResetMessage(to: string, name: string, url: string): MailMessage {
  return {
    to,
    subject: 'Maillage : choisir un nouveau mot de passe',
    text: [
      `Bonjour ${name},`,
      '',
      'Pour choisir un nouveau mot de passe Maillage, ouvrez ce lien (valable 24 heures) :',
      url,
      '',
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
    ].join('\n'),
  };
}

export function invitationMessage(to: string, name: string, structureName: string, url: string): MailMessage {
  return {
    to,
    subject: 'Maillage : votre compte est ouvert',
    text: [
      `Bonjour ${name},`,
      '',
      `Un compte Maillage vous a été ouvert pour « ${structureName} ».`,
      'Choisissez votre mot de passe avec ce lien (valable 24 heures) :',
      url,
    ].join('\n'),
  };
}

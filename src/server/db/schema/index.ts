export * from './activities.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './contacts.ts';
export * from './outbox.ts';
export * from './partners.ts';
export * from './programme.ts';
export * from './structures.ts';

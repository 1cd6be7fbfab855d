import { setupServer } from 'msw/node';
import { handlers } from './handlers/all';

/** The demo backend for Vitest; each suite calls listen/resetHandlers/close. */
export const server = setupServer(...handlers);

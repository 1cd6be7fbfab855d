import { getJson } from '../client';
import {
  userDataStatusSchema,
  type UserDataStatus,
} from '../schemas/user-data';

/** Asks the demo backend to serve the import the browser has just stored. */
export function activateUserData(): Promise<UserDataStatus> {
  return getJson('/api/user-data', userDataStatusSchema, { method: 'POST' });
}

/** Asks the demo backend to forget the stored import and serve the demo data. */
export function resetUserData(): Promise<UserDataStatus> {
  return getJson('/api/user-data', userDataStatusSchema, { method: 'DELETE' });
}

import { activateUserData, resetUserData } from '../endpoints/user-data';

/**
 * The demo backend's two data actions, as mutation options: serve the import
 * the browser has stored, or go back to the demo data. Either changes the
 * dataset's id or version in /api/meta, so every query key moves with it.
 */
export const userDataMutations = {
  activate: () => ({ mutationFn: activateUserData }),
  reset: () => ({ mutationFn: resetUserData }),
};

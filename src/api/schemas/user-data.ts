import { z } from 'zod/mini';

/**
 * POST and DELETE /api/user-data (the demo backend only): which dataset
 * answers after the browser's stored import was loaded or cleared.
 */
export const userDataStatusSchema = z.object({
  active: z.enum(['demo', 'user']),
});
export type UserDataStatus = z.infer<typeof userDataStatusSchema>;

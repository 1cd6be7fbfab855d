import { isApiError } from '@/api/errors';

/** i18n key of the plain message for an error, by its class and status. */
export type ErrorMessageKey =
  | 'common.errors.network'
  | 'common.errors.timeout'
  | 'common.errors.server'
  | 'common.errors.not-found'
  | 'common.errors.bad-request'
  | 'common.errors.shape'
  | 'common.errors.mismatch'
  | 'common.errors.unknown';

export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (!isApiError(error)) return 'common.errors.unknown';
  switch (error.kind) {
    case 'network':
      return 'common.errors.network';
    case 'timeout':
      return 'common.errors.timeout';
    case 'shape':
      return 'common.errors.shape';
    case 'mismatch':
      return 'common.errors.mismatch';
    case 'http':
      if ('status' in error && typeof error.status === 'number') {
        if (error.status === 404) return 'common.errors.not-found';
        if (error.status >= 400 && error.status < 500)
          return 'common.errors.bad-request';
      }
      return 'common.errors.server';
  }
}

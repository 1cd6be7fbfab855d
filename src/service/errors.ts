import type { ApiErrorBody } from '@/api/schemas/common';

/**
 * A documented error of the contract: the service answers it with `status`
 * and `{ error: { code, message } }`. The message names the parameter first
 * (`pair: …`), which clients and tests read.
 */
export class ServiceError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 500,
    readonly code:
      | 'invalid_query'
      | 'unknown_pair'
      | 'not_found'
      | 'method_not_allowed'
      | 'internal',
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  get body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

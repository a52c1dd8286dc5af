import type { TranslateErrorKind } from '../../../../utils/translate/errors';
import type { FailureMode } from '../../../mocks/mock-server';

/**
 * What each failure a mock translator can stage must become, whichever provider meets it: the
 * queue decides retries and fallbacks from the kind alone, so every provider maps them alike.
 */
export const FAILURE_KINDS: [FailureMode, TranslateErrorKind][] = [
  ['rate-limit', 'rate-limit'],
  ['server-error', 'transient'],
  ['unavailable', 'transient'],
  ['malformed-json', 'bad-response'],
  ['fewer-items', 'bad-response'],
  ['bad-request', 'bad-response'],
  ['auth', 'auth'],
  ['quota', 'quota'],
];

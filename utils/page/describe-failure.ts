import type { TranslateErrorKind } from '../messaging/protocol';

/** The short reason shown beside the retry control, in the reader's words. */
export function describeFailure(kind: TranslateErrorKind): string {
  switch (kind) {
    case 'auth':
      return 'The translator refused the API key (check Ferry’s settings)';
    case 'quota':
      return 'The translator’s quota is used up';
    case 'rate-limit':
      return 'The translator is busy; try again in a moment';
    case 'bad-response':
      return 'The translator sent back something unreadable';
    case 'transient':
      return 'Could not reach the translator';
  }
}

import { useCallback, useEffect, useState } from 'preact/hooks';

const SHOWN_MS = 2000;

export interface Feedback {
  kind: 'saved' | 'error';
  message: string;
  /** Distinguishes two identical messages in a row, so each restarts the timer. */
  at: number;
}

/** The latest save result and a way to report one; it fades after a moment. */
export function useSaveFeedback() {
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  useEffect(() => {
    if (!feedback || feedback.kind === 'error') return;
    const timer = setTimeout(() => setFeedback(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  const report = useCallback((kind: Feedback['kind'], message: string) => {
    setFeedback({ kind, message, at: Date.now() });
  }, []);

  return { feedback, report };
}

/** The "Saved" pill in the corner; errors stay until the next save. */
export function SaveFeedback({ feedback }: { feedback: Feedback | null }) {
  return (
    <div
      class="save-feedback"
      role="status"
      data-testid="options-saved"
      data-kind={feedback?.kind}
      data-visible={feedback !== null}
    >
      {feedback ? feedback.message : ''}
    </div>
  );
}

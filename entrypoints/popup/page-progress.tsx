import { Fragment } from 'preact';
import type { PageCounts } from '@/utils/messaging/protocol';

interface PageProgressProps {
  counts: PageCounts;
}

type CountKey = Exclude<keyof PageCounts, 'total'>;

const STATS: readonly { key: CountKey; label: string }[] = [
  { key: 'done', label: 'translated' },
  { key: 'pending', label: 'pending' },
  { key: 'error', label: 'failed' },
  { key: 'cached', label: 'from cache' },
];

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.min(100, (part / whole) * 100)}%` : '0%';
}

/**
 * "12 translated · 3 pending · 1 failed · 5 from cache", laid out as four figures, over a thin bar.
 * The separators are hidden from layout but kept in the text, which reads as the sentence.
 */
export function PageProgress({ counts }: PageProgressProps) {
  const { total, done, error } = counts;
  return (
    <div class="progress">
      <p class="stats" data-testid="popup-counts">
        {STATS.map(({ key, label }, index) => (
          <Fragment key={key}>
            {index > 0 ? <span class="stat-sep"> · </span> : null}
            <span class="stat" data-kind={key} data-zero={counts[key] === 0}>
              <b data-testid={`popup-${key}`}>{counts[key]}</b> <span>{label}</span>
            </span>
          </Fragment>
        ))}
      </p>
      <div
        class="progress-bar"
        role="progressbar"
        aria-label="Paragraphs translated"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
      >
        <span class="progress-done" style={{ width: percent(done, total) }} />
        <span class="progress-error" style={{ width: percent(error, total) }} />
      </div>
    </div>
  );
}

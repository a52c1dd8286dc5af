import { useEffect, useState } from 'preact/hooks';
import { Section } from '@/components/section';
import { sendMessage, type CacheStats } from '@/utils/messaging/protocol';
import { formatBytes } from './format-bytes';

type CacheView =
  | { phase: 'loading' }
  | { phase: 'ready'; stats: CacheStats; cleared: boolean }
  | { phase: 'unavailable' };

/** The translation cache: how big it is, and a button to empty it. */
export function CacheSection() {
  const [view, setView] = useState<CacheView>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    sendMessage('getCacheStats').then(
      (stats) => live && setView({ phase: 'ready', stats, cleared: false }),
      () => live && setView({ phase: 'unavailable' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const clear = async () => {
    setBusy(true);
    try {
      setView({ phase: 'ready', stats: await sendMessage('clearCache'), cleared: true });
    } catch {
      setView({ phase: 'unavailable' });
    } finally {
      setBusy(false);
    }
  };

  const stats = view.phase === 'ready' ? view.stats : null;
  return (
    <Section
      id="cache"
      title="Cache"
      description={
        'Translations are kept on this device, so a paragraph seen before appears at once ' +
        'and costs nothing.'
      }
    >
      <div class="cache-row">
        <dl class="stats">
          <div>
            <dt>Translations</dt>
            <dd data-testid="options-cache-entries" data-value={stats?.entries}>
              {stats ? String(stats.entries) : '–'}
            </dd>
          </div>
          <div>
            <dt>Size</dt>
            <dd data-testid="options-cache-bytes" data-value={stats?.bytes}>
              {stats ? formatBytes(stats.bytes) : '–'}
            </dd>
          </div>
        </dl>
        <button
          type="button"
          class="button"
          data-testid="options-cache-clear"
          disabled={busy}
          onClick={clear}
        >
          Clear cache
        </button>
      </div>
      {view.phase === 'unavailable' ? (
        <p class="hint" role="status">
          The cache can’t be reached right now. Reopen this page to try again.
        </p>
      ) : view.phase === 'ready' && view.cleared ? (
        <p class="hint" role="status">
          Cache cleared.
        </p>
      ) : null}
    </Section>
  );
}

import { useState } from 'preact/hooks';
import { Section } from '@/components/section';
import type { SettingsSectionProps } from './settings-props';

const HAN = /\p{Script=Han}/u;

/**
 * The reader's glossary: a Chinese term and how to render it. AI translators are told to use it
 * both ways; with any translator it shows on hover over a translation whose text holds the term.
 */
export function GlossarySection({ settings, save }: SettingsSectionProps) {
  const [term, setTerm] = useState('');
  const [rendering, setRendering] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const entries = Object.entries(settings.glossary).sort(([a], [b]) => a.localeCompare(b, 'zh'));

  const add = (event: Event) => {
    event.preventDefault();
    const cleanTerm = term.trim();
    const cleanRendering = rendering.trim();
    if (!HAN.test(cleanTerm)) return setProblem('The term must be Chinese (种草, 宝子…).');
    if (!cleanRendering) return setProblem('Say how to render it in English.');
    setProblem(null);
    save((current) => ({ ...current, glossary: { ...current.glossary, [cleanTerm]: cleanRendering } }));
    setTerm('');
    setRendering('');
  };
  const remove = (entry: string) =>
    save((current) => {
      const next = { ...current.glossary };
      delete next[entry];
      return { ...current, glossary: next };
    });

  return (
    <Section
      id="glossary"
      title="Glossary"
      description="Chinese words and how you want them rendered. AI translators follow it (both ways); with the others it shows when you hover over a translation that holds the word."
    >
      <form class="glossary-add" onSubmit={add}>
        <input
          class="input"
          aria-label="Chinese term"
          placeholder="种草"
          value={term}
          data-testid="options-glossary-term"
          onInput={(event) => setTerm(event.currentTarget.value)}
        />
        <input
          class="input"
          aria-label="English rendering"
          placeholder="recommend / make someone want to buy"
          value={rendering}
          data-testid="options-glossary-rendering"
          onInput={(event) => setRendering(event.currentTarget.value)}
        />
        <button type="submit" class="button" data-testid="options-glossary-add">
          Add
        </button>
      </form>
      {problem ? (
        <p class="error-text" role="alert">
          {problem}
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p class="empty">No words yet.</p>
      ) : (
        <ul class="site-list glossary-list" data-testid="options-glossary">
          {entries.map(([entry, english]) => (
            <li class="glossary-row" key={entry} data-term={entry}>
              <span class="glossary-term" lang="zh">
                {entry}
              </span>
              <span class="glossary-rendering">{english}</span>
              <button
                type="button"
                class="button button-small"
                aria-label={`Remove ${entry} from the glossary`}
                onClick={() => remove(entry)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

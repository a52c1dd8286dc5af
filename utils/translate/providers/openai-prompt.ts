import { TranslateError, garbledReply } from '../errors';
import { isRecord } from '../http';
import type { TranslateContext } from '../provider';

/**
 * What the OpenAI-compatible translator says to the model and how it reads the answer.
 *
 * In: a system message with the task and the rules, and a user message that is JSON only:
 *   {"paragraphs":[{"id":"1","text":"…"},{"id":"2","text":"…"}]}
 * Out: one JSON object mapping every id to its translation: {"1":"…","2":"…"}.
 * Translations are matched by id, never by position, so a model that reorders, drops or merges
 * paragraphs cannot put a translation under the wrong one; a missing id is simply missing.
 */

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** The id of the paragraph at `index` in a request: "1", "2", … */
export function paragraphId(index: number): string {
  return String(index + 1);
}

// Intl names a region-tagged Chinese "Chinese (Taiwan)"; the model needs the script.
const CHINESE_NAMES: Record<string, string> = {
  zh: 'Chinese',
  'zh-Hans': 'Simplified Chinese',
  'zh-CN': 'Simplified Chinese',
  'zh-SG': 'Simplified Chinese',
  'zh-Hant': 'Traditional Chinese',
  'zh-TW': 'Traditional Chinese',
  'zh-HK': 'Traditional Chinese',
  'zh-MO': 'Traditional Chinese',
};

/** A BCP 47 code's English name ('zh-Hans' -> 'Simplified Chinese'); the code itself when unknown. */
export function languageName(code: string): string {
  const chinese = CHINESE_NAMES[code];
  if (chinese) return chinese;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) ?? code;
  } catch {
    // Not a well-formed tag: the model may still know it.
    return code;
  }
}

/** Titles are short; a page that stuffs its <title> should not fill the prompt. */
const MAX_TITLE_LENGTH = 200;

/** The line the mock translator reads the target from (tests/mocks/openai-mock.ts); also a hint to the model. */
export const TARGET_CODE_LINE = 'Target language code: ';

export function systemPrompt(
  texts: readonly string[],
  from: string,
  to: string,
  context: TranslateContext = {},
): string {
  const target = languageName(to);
  const source = from === 'auto' ? 'the language it is written in' : languageName(from);
  const lines = [
    `You are a professional translator. Translate each paragraph from ${source} into ${target}.`,
    `${TARGET_CODE_LINE}${to}`,
    'Rules:',
    '- Keep emoji, hashtags (#topic or #topic#), @mentions, bracketed sticker codes such as [笑哭R] and URLs exactly as they are.',
    `- Render internet slang, memes and abbreviations naturally, as a native ${target} speaker would write them, not word for word.`,
    '- Keep the line breaks of each paragraph. Add no notes, explanations or romanization.',
    `- Copy a paragraph that is already in ${target} unchanged.`,
  ];
  if (context.tone === 'casual') {
    lines.push('- Write like a short comment on a social media app: casual, natural and brief.');
  }
  const title = context.title?.trim().slice(0, MAX_TITLE_LENGTH);
  if (title) {
    // JSON-quoted so a title cannot end the line and pose as an instruction.
    lines.push(
      `- The paragraphs come from a page titled ${JSON.stringify(title)}. Use the title only to understand them.`,
    );
  }
  const glossary = glossaryFor(texts, context.glossary);
  if (glossary.length > 0) {
    lines.push(
      '- The reader\'s glossary (Chinese term -> English rendering) is required both ways: render the term as given, and write the term where its meaning appears in English:',
    );
    for (const [term, rendering] of glossary) lines.push(`  ${JSON.stringify(term)} -> ${JSON.stringify(rendering)}`);
  }
  lines.push(
    'Input: a JSON object {"paragraphs":[{"id":"1","text":"..."}]}.',
    'Answer with JSON only: one object mapping every id to its translation, e.g. {"1":"...","2":"..."}.',
    'Give every id exactly once and translate each paragraph on its own: never merge, split or skip paragraphs.',
    'No code fences and no text before or after the JSON.',
  );
  return lines.join('\n');
}

/**
 * The glossary entries a request needs: those whose Chinese term occurs in the texts, or (a reply
 * written in English) one of whose rendering's words does. A long glossary would crowd the prompt.
 */
function glossaryFor(texts: readonly string[], glossary: TranslateContext['glossary']): [string, string][] {
  if (!glossary) return [];
  const lower = texts.map((text) => text.toLowerCase());
  const mentioned = (rendering: string) =>
    rendering
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length >= 4)
      .some((word) => lower.some((text) => new RegExp(`\\b${word}`).test(text)));
  return Object.entries(glossary).filter(
    ([term, rendering]) =>
      term.trim() !== '' && rendering.trim() !== '' && (texts.some((text) => text.includes(term)) || mentioned(rendering)),
  );
}

export function userMessage(texts: readonly string[]): string {
  return JSON.stringify({ paragraphs: texts.map((text, index) => ({ id: paragraphId(index), text })) });
}

export function buildMessages(
  texts: readonly string[],
  from: string,
  to: string,
  context?: TranslateContext,
): ChatMessage[] {
  return [
    { role: 'system', content: systemPrompt(texts, from, to, context) },
    { role: 'user', content: userMessage(texts) },
  ];
}

/**
 * Drops reasoning: whole <think>…</think> blocks, everything up to a closing tag whose opening
 * tag the server's chat template swallowed (Qwen 3), and an unclosed block cut off by the length limit.
 */
export function stripReasoning(content: string): string {
  let text = content.replace(/<think>[\s\S]*?<\/think>/gi, '');
  const lastClose = text.toLowerCase().lastIndexOf('</think>');
  if (lastClose !== -1) text = text.slice(lastClose + '</think>'.length);
  const open = text.toLowerCase().indexOf('<think>');
  if (open !== -1) text = text.slice(0, open);
  return text.trim();
}

/** Where the JSON may sit: inside ```json fences, the whole answer, or between its outer braces. */
function jsonCandidates(text: string): string[] {
  const candidates = [...text.matchAll(/```[a-z]*\s*\n?([\s\S]*?)```/gi)].map((match) => match[1] ?? '');
  candidates.push(text);
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first !== -1 && last > first) candidates.push(text.slice(first, last + 1));
  return candidates;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * id -> translation from a parsed answer: {"1":"…"}, or that object under one key
 * ({"translations":{…}}); empty for an object without ids, undefined for anything but an object.
 */
function translationsIn(value: unknown): Map<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  const byId = entries.filter(
    (entry): entry is [string, string] => /^\d+$/.test(entry[0]) && typeof entry[1] === 'string',
  );
  const [only] = entries;
  if (byId.length === 0 && entries.length === 1 && only) return translationsIn(only[1]) ?? new Map();
  return new Map(byId);
}

/**
 * Last resort for JSON that does not parse (cut off by the length limit, a trailing comma, raw
 * line breaks inside strings): every complete "id": "string" pair.
 */
function scanPairs(text: string): Map<string, string> | undefined {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/"(\d+)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
    const [, id = '', raw = ''] = match;
    const escaped = raw.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
    const value = parseJson(`"${escaped}"`);
    if (typeof value === 'string' && !found.has(id)) found.set(id, value);
  }
  return found.size > 0 ? found : undefined;
}

/**
 * The translation of each of `count` paragraphs, matched by id; undefined where the answer has
 * no translation for that id, or an empty one.
 * @throws TranslateError('bad-response') when the answer holds no JSON object at all (prose)
 */
export function readTranslations(content: string, count: number): (string | undefined)[] {
  const text = stripReasoning(content);
  let found: Map<string, string> | undefined;
  for (const candidate of jsonCandidates(text)) {
    const map = translationsIn(parseJson(candidate.trim()));
    if (map && (map.size > 0 || !found)) found = map;
    if (found?.size) break;
  }
  if (!found?.size) found = scanPairs(text) ?? found;
  if (!found) throw garbledReply('The model answered without the JSON it was asked for');
  const translations = found;
  return Array.from({ length: count }, (_, index) => translations.get(paragraphId(index))?.trim() || undefined);
}

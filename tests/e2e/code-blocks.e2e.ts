import { describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browser';
import { scrollThrough, waitForSettled, waitForTranslations } from './support/ferry-dom';
import { expectMarkedBlocksTranslated } from './support/expectations';
import { useFerrySession } from './support/session';

describe.each(e2eBrowsers())('code blocks in %s', (name) => {
  const session = useFerrySession(name);

  it('are not translated, Chinese comments and all, while the prose around them is', async () => {
    const page = await session.open('/fixtures/code-blocks/page.html');
    try {
      await waitForTranslations(page, 4);
      await scrollThrough(page);
      await waitForSettled(page, { quietMs: 500 });
      await expectMarkedBlocksTranslated(page, session.translator);
      expect(
        await page.count('pre[data-ferry-id], code[data-ferry-id], pre ferry-translation, code ferry-translation'),
      ).toBe(0);
      const sent = session.translator.batches().flat().join('\n');
      expect(sent).not.toContain('读取售票记录');
      expect(sent).not.toContain('按日期拆分');
    } finally {
      await page.close();
    }
  });
});

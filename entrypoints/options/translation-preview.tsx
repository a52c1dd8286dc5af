import './translation-preview.css';
import type { DisplayStyle } from '@/utils/settings/schema';

interface TranslationPreviewProps {
  style: DisplayStyle;
}

const SAMPLE_ORIGINAL = '周末去了趟西湖，湖边的桂花开了，整条路都是香的。';
const SAMPLE_TRANSLATION =
  'Went to West Lake at the weekend. The osmanthus by the lake is in bloom ' +
  'and the whole path smells sweet.';

/**
 * A Chinese line and its translation as Ferry shows them on a page, on a light and a dark page,
 * using the same rules as the page overlay (see options.css, `.preview-translation`).
 */
export function TranslationPreview({ style }: TranslationPreviewProps) {
  return (
    <div class="preview" data-testid="options-style-preview" data-style={style}>
      {(['light', 'dark'] as const).map((tone) => (
        <figure class="preview-page" data-tone={tone} key={tone}>
          <figcaption>{tone === 'light' ? 'On a light page' : 'On a dark page'}</figcaption>
          <p class="preview-unit" lang="zh-CN">
            {SAMPLE_ORIGINAL}
            <span
              class="preview-translation notranslate"
              data-style={style}
              lang="en"
              translate={false}
            >
              {SAMPLE_TRANSLATION}
            </span>
          </p>
        </figure>
      ))}
    </div>
  );
}

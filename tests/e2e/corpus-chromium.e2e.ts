import { defineCorpusSuite } from './support/corpus-suite';

defineCorpusSuite('chromium');

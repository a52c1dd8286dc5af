import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Each test starts with empty extension storage and no listeners left by the previous one.
beforeEach(() => {
  fakeBrowser.reset();
});

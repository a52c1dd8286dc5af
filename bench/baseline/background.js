// The naive baseline's background: each message is one request to the translator, as it comes,
// with nothing kept. It reads the same settings key Ferry does, so the benchmark points both at
// the same mock (Microsoft's free endpoint format).
chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (typeof message?.translate !== 'string') return undefined;
  chrome.storage.local.get('settings').then(async ({ settings }) => {
    const endpoint = settings?.providers?.microsoft?.endpoint;
    try {
      const response = await fetch(`${endpoint}/translate/translatetext?from=zh-Hans&to=en&isEnterpriseClient=false`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([message.translate]),
      });
      const [item] = await response.json();
      sendResponse({ text: item.translations[0].text });
    } catch (error) {
      sendResponse({ error: String(error) });
    }
  });
  return true;
});

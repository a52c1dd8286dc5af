// The naive baseline's content script, as the quick userscripts do it: at document_idle, every
// element whose own text has Chinese gets one request, and a line under it with the answer;
// elements the page adds later get the same. Its marks (data-naive-unit, <naive-translation
// data-state="done">) let the benchmark probe it the way it probes Ferry.
const HAN = /[\u3400-\u9fff]/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'NAIVE-TRANSLATION', 'TITLE', 'HEAD']);

function ownText(element) {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.data;
  return text.trim();
}

function translate(element) {
  if (element.hasAttribute('data-naive-unit') || SKIP.has(element.tagName) || element.closest('naive-translation')) return;
  const text = ownText(element);
  if (!HAN.test(text)) return;
  element.setAttribute('data-naive-unit', '');
  chrome.runtime.sendMessage({ translate: text }).then((reply) => {
    const line = document.createElement('naive-translation');
    line.style.display = 'block';
    line.dataset.state = reply?.text ? 'done' : 'error';
    line.textContent = reply?.text ?? reply?.error ?? '';
    element.append(line);
  });
}

function translateUnder(root) {
  translate(root);
  for (const element of root.querySelectorAll('*')) translate(element);
}

translateUnder(document.body);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) translateUnder(node);
  }
}).observe(document.body, { childList: true, subtree: true });

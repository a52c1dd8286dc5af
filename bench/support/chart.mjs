// A small grouped bar chart as SVG text, for docs/benchmarks.md: one row per figure, one bar per
// contender, each row scaled to its own largest value (the figures have different units).

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `rows`: [{ label, unit, values: { [contender]: number } }]; `contenders`: [{ key, name, color }].
 * Lower is better for every row; a missing value (NaN) draws no bar.
 */
export function barChart({ title, rows, contenders }) {
  const width = 760, left = 250, right = 90, barHeight = 16, gap = 4, rowGap = 18, top = 56;
  const rowHeight = contenders.length * (barHeight + gap) + rowGap;
  const height = top + rows.length * rowHeight + 10;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="12" y="22" font-size="14" font-weight="600">${escape(title)}</text>`,
  ];
  contenders.forEach((c, i) => {
    parts.push(`<rect x="${left + i * 150}" y="34" width="12" height="12" fill="${c.color}"/>`,
      `<text x="${left + i * 150 + 18}" y="44">${escape(c.name)}</text>`);
  });
  rows.forEach((row, r) => {
    const y = top + r * rowHeight;
    const max = Math.max(...contenders.map((c) => row.values[c.key]).filter(Number.isFinite), 1e-9);
    parts.push(`<text x="12" y="${y + barHeight}" >${escape(row.label)}</text>`);
    contenders.forEach((c, i) => {
      const value = row.values[c.key];
      const by = y + i * (barHeight + gap);
      const w = Number.isFinite(value) ? Math.max(1, ((width - left - right) * value) / max) : 0;
      parts.push(`<rect x="${left}" y="${by}" width="${w.toFixed(1)}" height="${barHeight}" fill="${c.color}"/>`);
      const digits = row.unit === '%' ? 1 : 0;
      const shown = Number.isFinite(value) ? `${value.toLocaleString('en-US', { maximumFractionDigits: digits })} ${row.unit}`.trim() : 'n/a';
      parts.push(`<text x="${left + w + 6}" y="${by + barHeight - 4}">${escape(shown)}</text>`);
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

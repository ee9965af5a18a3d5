/**
 * Small builders for the job summary's Markdown. Pure functions, so each
 * action's summary can be tested as text.
 */

/** Escapes text for a Markdown table cell. */
export function cell(value: string | number | boolean | undefined): string {
  if (value === undefined || value === '') return '–';
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A Markdown table with a header row. */
export function table(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** A folded block, for long lists. */
export function details(summaryText: string, body: string): string {
  return `<details><summary>${summaryText}</summary>\n\n${body}\n\n</details>`;
}

/** Joins non-empty sections with blank lines. */
export function sections(...parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join('\n\n') + '\n';
}

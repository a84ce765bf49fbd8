/**
 * JSON with object keys sorted at every depth, on one line: the same value always gives the same
 * bytes, whatever order the extractor built its object in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) sorted[key] = sortKeys(item);
    }
    return sorted;
  }
  return value;
}

/**
 * Prints a ledger file so that it merges well in git: the top-level fields one per line, each item
 * of the list as its own block, each field of an item on one line (`fieldOrder` first, in that
 * order), and lists of objects inside an item one element per line. Ends with a newline.
 */
export function printLedgerFile(
  header: Readonly<Record<string, unknown>>,
  listName: string,
  items: readonly object[],
  fieldOrder: readonly string[],
): string {
  const lines = ['{'];
  for (const [name, value] of Object.entries(header)) lines.push(`  ${JSON.stringify(name)}: ${canonicalJson(value)},`);
  if (items.length === 0) {
    lines.push(`  ${JSON.stringify(listName)}: []`, '}');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`  ${JSON.stringify(listName)}: [`);
  items.forEach((item, index) => {
    lines.push('    {');
    const record = item as Record<string, unknown>;
    const fields = orderedFields(record, fieldOrder);
    fields.forEach((field, fieldIndex) => {
      const comma = fieldIndex < fields.length - 1 ? ',' : '';
      lines.push(`      ${JSON.stringify(field)}: ${printField(record[field])}${comma}`);
    });
    lines.push(`    }${index < items.length - 1 ? ',' : ''}`);
  });
  lines.push('  ]', '}');
  return `${lines.join('\n')}\n`;
}

function orderedFields(record: Record<string, unknown>, fieldOrder: readonly string[]): string[] {
  const present = Object.keys(record).filter((field) => record[field] !== undefined);
  const known = fieldOrder.filter((field) => present.includes(field));
  const rest = present.filter((field) => !fieldOrder.includes(field)).sort();
  return [...known, ...rest];
}

function printField(value: unknown): string {
  // A list of objects (the sides of a finding) gets one element per line: one side changes, one line changes.
  if (Array.isArray(value) && value.length > 0 && value.every((item) => item !== null && typeof item === 'object')) {
    return `[\n${value.map((item) => `        ${canonicalJson(item)}`).join(',\n')}\n      ]`;
  }
  return canonicalJson(value);
}

// Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Escapes text for XML element content; characters XML cannot hold become U+FFFD. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Escapes text for a double- or single-quoted XML attribute value. */
export function xmlAttribute(text: string): string {
  return (
    xmlText(text)
      .replace(/"/gu, '&quot;')
      .replace(/'/gu, '&apos;')
      // A parser normalises raw line breaks and tabs in attributes to spaces; character references survive.
      .replace(/\n/gu, '&#10;')
      .replace(/\r/gu, '&#13;')
      .replace(/\t/gu, '&#9;')
  );
}

import * as english from 'chrono-node/en';

/**
 * chrono-node's English module, shared by every caller (the time extractor, the dateline reader).
 * The package root loads every locale, which costs more start-up than reading a small run of
 * articles; `chrono-node/en` is English alone. A static import, so the CLI bundle carries it in the
 * chunk of the code that needs it (its own ~60 CommonJS files would each be resolved and opened);
 * Jest 29, whose resolver does not read the package's subpath patterns, maps the name in jest.config.js.
 */
export function chronoEnglish(): typeof english {
  return english;
}

// Reads an XLIFF 1.2 or 2.0 translation file with Angular's own translation-file parsers
// (@angular/localize, installed by scripts/setup_conformance.py) and prints, as JSON, its
// locale, its errors and each message's translation as Angular uses it: its text, with
// {$NAME} where a placeholder goes, and its placeholders' names.
// Usage: node angular_translations.mjs LOCALIZE_PACKAGE_FOLDER FILE
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [, , packageFolder, path] = process.argv;
const tools = await import(pathToFileURL(join(packageFolder, 'tools', 'bundles', 'index.js')).href);
const contents = readFileSync(path, 'utf8');
const parsers = [new tools.Xliff1TranslationParser(), new tools.Xliff2TranslationParser()];
let found = { parsed: false };
for (const parser of parsers) {
  const analysis = parser.analyze(path, contents);
  if (!analysis.canParse) continue;
  const bundle = parser.parse(path, contents, analysis.hint);
  const translations = {};
  for (const [id, translation] of Object.entries(bundle.translations)) {
    translations[id] = { text: translation.text, placeholders: translation.placeholderNames };
  }
  const errors = bundle.diagnostics.messages.filter((m) => m.type === 'error').map((m) => m.message);
  found = { parsed: true, locale: bundle.locale, errors, translations };
  break;
}
console.log(JSON.stringify(found));

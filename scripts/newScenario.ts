/**
 * npm run new:scenario -- <id> [--out <file>]
 * Writes a starting scenario (the authoring guide's whole, small example, docs/authoring.md chapter
 * 2, with your id) to scenarios/<id>.yaml, or to --out. Its `$schema` line names the schema by its
 * absolute file address, so VS Code finds it wherever the file is saved. Never overwrites a file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const ID = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;

/** The guide's complete example, as text (the first yaml block after its heading line). */
export function guideExample(root = ROOT): string {
  const doc = readFileSync(join(root, 'docs', 'authoring.md'), 'utf8');
  const from = doc.indexOf('Her er et helt, lite scenario');
  const start = doc.indexOf('```yaml\n', from);
  const end = doc.indexOf('\n```', start + 8);
  if (from < 0 || start < 0 || end < 0)
    throw new Error('docs/authoring.md: the whole, small example was not found');
  return doc.slice(start + 8, end + 1);
}

/** The starting file for `id`, its schema named by an absolute file address. */
export function newScenarioText(id: string, root = ROOT): string {
  if (!ID.test(id)) throw new Error(`"${id}" is not an id: a letter, then letters, digits, - or _ (max 64)`);
  const schema = pathToFileURL(join(root, 'public', 'scenario.schema.json')).href;
  const text = guideExample(root)
    .replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=${schema}`)
    .replace(/^id: .*$/m, `id: ${id}`);
  if (!text.includes(`id: ${id}\n`)) throw new Error('the example has no id line');
  return text;
}

if (process.argv[1]?.endsWith('newScenario.ts')) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const id = positionals[0];
  if (!id) {
    console.error('usage: npm run new:scenario -- <id> [--out <file>]');
    process.exit(2);
  }
  try {
    const out = resolve(values.out ?? join(ROOT, 'scenarios', `${id}.yaml`));
    if (existsSync(out)) throw new Error(`${out} exists already: choose another id or --out`);
    if (!existsSync(dirname(out))) throw new Error(`${dirname(out)} does not exist`);
    writeFileSync(out, newScenarioText(id));
    console.log(
      `wrote ${out}\nnext: open it in VS Code (YAML extension), change one thing at a time, and run\n  npm run check:scenarios -- ${out}`,
    );
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}

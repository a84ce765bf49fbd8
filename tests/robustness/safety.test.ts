import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { run } from '../../src/cli/cli.js';
import { memoryIO } from '../helpers/memory-io.js';
import { tempFolder, type TempFolder } from '../helpers/temp-folder.js';
import { checkJson, problems } from './check-helpers.js';

let folder: TempFolder;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(() => {
  delete (globalThis as { pwned?: unknown }).pwned;
  return folder.remove();
});

describe('input is data, never code', () => {
  test('front matter with code tags is read as plain text; nothing runs', async () => {
    await folder.write(
      'tagged.md',
      '---\ntitle: !!js/function "function () { globalThis.pwned = 1 }"\noutlet: !!python/object/apply:os.system ["touch pwned"]\n---\nThe pier reopened on Friday.\n',
    );
    const result = await checkJson([folder.root]);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    expect(await readdir(folder.root)).toEqual(['tagged.md']);
    expect(result.report!.articles[0]!.title).toBe('function () { globalThis.pwned = 1 }');
    expect(problems(result).every(([severity]) => severity === 'warning')).toBe(true);
    expect(problems(result).length).toBeGreaterThan(0);
  });

  test('a manifest cannot reach outside its folder: "../../etc/passwd" is refused and nothing outside is read', async () => {
    const manifest = await folder.write('corroborate.yaml', 'articles:\n  ../../etc/passwd: { title: stolen }\n  /etc/hostname: { title: stolen too }\n  a.txt: { outlet: Gazette }\n');
    await folder.write('a.txt', 'The pier reopened on Friday.\n');
    const result = await checkJson([folder.root]);
    expect(problems(result).sort()).toEqual([
      ['error', `${manifest}: "../../etc/passwd" points outside the manifest's folder; entry refused`],
      ['error', `${manifest}: "/etc/hostname" points outside the manifest's folder; entry refused`],
    ].sort());
    expect(result.report!.articles.map((a) => [a.id, a.outlet])).toEqual([['a', 'Gazette']]);
    expect(JSON.stringify(result.report)).not.toContain('root:');
  });

  test('the source has no way to run text as code (no eval, Function, vm, shell commands)', async () => {
    const root = path.resolve('src');
    const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.ts'));
    const offenders: string[] = [];
    for (const name of files) {
      const source = await readFile(path.join(root, name), 'utf8');
      for (const pattern of [/\beval\s*\(/u, /\bnew\s+Function\s*\(/u, /\bshell\s*:\s*true/u]) {
        if (pattern.test(source)) offenders.push(`${name}: ${pattern.source}`);
      }
      // vm only where it runs a constant: V8's own `gc`, taken from a new context (util/collect-garbage).
      if (/from\s+['"](?:node:)?vm['"]/u.test(source)) {
        const uses = source.match(/\bvm\.\w+\([^)]*\)/gu) ?? [];
        if (name.split(path.sep).join('/') !== 'util/collect-garbage.ts' || uses.join() !== "vm.runInNewContext('gc')") offenders.push(`${name}: vm ${uses.join(', ')}`);
      }
      // A child process only as a fixed program with an argument list (execFile/spawn), never a shell line.
      const childProcess = /import\s*\{([^}]*)\}\s*from\s*['"](?:node:)?child_process['"]/u.exec(source);
      if (childProcess && /\bexec(?:Sync)?\b/u.test(childProcess[1]!)) offenders.push(`${name}: child_process exec`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('the HTML report escapes article text', () => {
  const elements = (nodes: AnyNode[]): Element[] => {
    const out: Element[] = [];
    const stack = [...nodes];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        out.push(node as Element);
        stack.push(...(node as Element).children);
      }
    }
    return out;
  };

  test('markup, handlers and javascript: URLs in articles stay text', async () => {
    await folder.write(
      'evil.md',
      [
        '---',
        'title: "</title><script>alert(\'x-pwned-title\')</script>"',
        'outlet: "<b onmouseover=\\"alert(\'x-pwned-outlet\')\\">Gazette</b>"',
        'url: "javascript:alert(\'x-pwned-url\')"',
        '---',
        'The pier reopened on Friday. <script>alert("x-pwned-body")</script> <img src=x onerror="alert(\'x-pwned-img\')"> said the "harbour master" & staff.',
        '',
      ].join('\n'),
    );
    await folder.write('other <svg onload=alert(1)>.txt', 'The pier reopened on Saturday, the harbour master said.\n');
    const io = memoryIO();
    const code = await run(['check', folder.root, '--format', 'html', '--published', '2019-07-22'], io);
    expect(code).not.toBe(2);
    const html = io.out;
    const all = elements(parseDocument(html).children);
    const injected = all.filter(
      (element) =>
        Object.entries(element.attribs).some(([name, value]) => (name.startsWith('on') && /pwned|alert/u.test(value)) || /^\s*javascript:/iu.test(value)) ||
        element.name === 'svg' && 'onload' in element.attribs ||
        (element.name === 'script' && element.children.some((child) => 'data' in child && /x-pwned/u.test(String(child.data))) && !/json/u.test(element.attribs.type ?? '')),
    );
    expect(injected.map((element) => element.name)).toEqual([]);
    // The text is still there, escaped, for the reader to see.
    expect(html).toContain('&lt;script&gt;alert(');
  });
});

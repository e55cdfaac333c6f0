// Type-checks our Block Kit output against Slack's published TypeScript types (@slack/types, @slack/web-api,
// @slack/bolt) with the TypeScript compiler: unknown fields, missing fields and wrong element types fail.
// argv: <samples.json> (written by the C# tests); stdout: JSON { diagnostics: [...] }.
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const samples = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const lines = [
  "import type { KnownBlock, ModalView, HomeView } from '@slack/types';",
  "import type { ChatPostMessageArguments, ChatUpdateArguments, ViewsOpenArguments, ViewsPublishArguments } from '@slack/web-api';",
  "import type { ViewErrorsResponseAction, RespondArguments } from '@slack/bolt';",
];
const literal = (value) => JSON.stringify(value, null, 1);
samples.messages.forEach((m, i) => {
  lines.push(`export const blocks${i}: KnownBlock[] = ${literal(m.blocks ?? [])};`);
  lines.push(`export const post${i}: ChatPostMessageArguments = ${literal({ channel: 'C1', ...m })};`);
  lines.push(`export const update${i}: ChatUpdateArguments = ${literal({ channel: 'C1', ts: '1.1', ...m })};`);
  lines.push(`export const respond${i}: RespondArguments = ${literal({ ...m, response_type: 'ephemeral', replace_original: false })};`);
});
samples.modals.forEach((v, i) => {
  lines.push(`export const modal${i}: ModalView = ${literal(v)};`);
  lines.push(`export const open${i}: ViewsOpenArguments = ${literal({ trigger_id: 't', view: v })};`);
});
samples.homes.forEach((v, i) => {
  lines.push(`export const home${i}: HomeView = ${literal(v)};`);
  lines.push(`export const publish${i}: ViewsPublishArguments = ${literal({ user_id: 'U1', view: v })};`);
});
samples.acks.forEach((a, i) => lines.push(`export const ack${i}: ViewErrorsResponseAction = ${literal(a)};`));

// Inside this folder so the compiler resolves the packages from node_modules as any project would.
const dir = join(here, '.generated');
mkdirSync(dir, { recursive: true });
const file = join(dir, `samples-${process.pid}.ts`);
writeFileSync(file, lines.join('\n'));
const program = ts.createProgram([file], {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
});
const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
  const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
  const line = where ? lines.join('\n').split('\n')[where.line]?.slice(0, 80) : '';
  return `${where ? `line ${where.line + 1}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')} [${line}]`;
});
rmSync(file, { force: true });
process.stdout.write(JSON.stringify({ checked: lines.length - 3, diagnostics }));

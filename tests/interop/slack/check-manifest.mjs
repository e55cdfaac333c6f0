// Parses manifests/slack/manifest.yaml with js-yaml and checks it against the manifest schema's rules we
// rely on (docs/channels/slack.md). argv: <manifest.yaml>; stdout: JSON { problems: [...], manifest }.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

const manifest = yaml.load(readFileSync(process.argv[2], 'utf8'));
const problems = [];
const need = (condition, message) => { if (!condition) problems.push(message); };
const len = (value, max, name) => need(typeof value === 'string' && value.length > 0 && value.length <= max, `${name} must be 1..${max} characters`);

need(manifest._metadata?.major_version === 1, '_metadata.major_version must be 1');
len(manifest.display_information?.name, 35, 'display_information.name');
len(manifest.display_information?.description, 140, 'display_information.description');
if (manifest.display_information?.long_description) {
  need(manifest.display_information.long_description.length >= 174 && manifest.display_information.long_description.length <= 4000, 'long_description must be 174..4000 characters');
}
len(manifest.features?.bot_user?.display_name, 80, 'features.bot_user.display_name');
need(manifest.features?.app_home?.home_tab_enabled === true, 'App Home tab must be enabled');
need(manifest.features?.app_home?.messages_tab_enabled === true, 'Messages tab must be enabled (DMs)');
const commands = manifest.features?.slash_commands ?? [];
need(commands.length >= 1 && commands.length <= 50, 'one to 50 slash commands');
for (const c of commands) {
  need(/^\/[a-z0-9_-]+$/.test(c.command ?? '') && c.command.length <= 32, `slash command ${c.command} must start with / and be at most 32 characters`);
  len(c.description, 2000, `${c.command}.description`);
  if (c.usage_hint) len(c.usage_hint, 1000, `${c.command}.usage_hint`);
}
need(commands.some((c) => c.command === '/align'), 'the /align command');
const shortcuts = manifest.features?.shortcuts ?? [];
need(shortcuts.length <= 10, 'at most 10 shortcuts');
for (const s of shortcuts) {
  len(s.name, 24, `shortcut ${s.name}.name`);
  len(s.callback_id, 255, `shortcut ${s.name}.callback_id`);
  len(s.description, 150, `shortcut ${s.name}.description`);
  need(['message', 'global'].includes(s.type), `shortcut ${s.name}.type`);
}
const scopes = manifest.oauth_config?.scopes?.bot ?? [];
const events = manifest.settings?.event_subscriptions?.bot_events ?? [];
need(events.length <= 100, 'at most 100 bot events');
need(manifest.settings?.interactivity?.is_enabled === true, 'interactivity must be enabled');
need(typeof manifest.settings?.socket_mode_enabled === 'boolean', 'socket_mode_enabled must be a boolean');
if (manifest.settings?.socket_mode_enabled === false) {
  need(typeof manifest.settings?.event_subscriptions?.request_url === 'string', 'HTTP mode needs event_subscriptions.request_url');
}
process.stdout.write(JSON.stringify({ problems, scopes, events, commands: commands.map((c) => c.command), shortcuts: shortcuts.map((s) => ({ type: s.type, callback_id: s.callback_id })), socketMode: manifest.settings?.socket_mode_enabled }));

// Slack's own SocketModeClient connected to our stand-in's Socket Mode server: proves the stand-in speaks
// the protocol the way Slack's client expects (apps.connections.open, hello, envelopes, acks, disconnect).
// argv: <slackApiUrl> <appToken>. Prints "ready" once connected, then one JSON line per event it handled.
import { SocketModeClient, LogLevel } from '@slack/socket-mode';

const [slackApiUrl, appToken] = process.argv.slice(2);
// clientPingTimeout also sets the reconnect delay (timeout × failures); short keeps the test quick.
const client = new SocketModeClient({ appToken, clientOptions: { slackApiUrl }, logLevel: LogLevel.ERROR, clientPingTimeout: 1000, serverPingTimeout: 60000 });
const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

client.on('slash_commands', async ({ ack, body }) => { await ack({ text: `got ${body.text}` }); say({ kind: 'slash_commands', text: body.text }); });
client.on('interactive', async ({ ack, body }) => {
  await ack(body.type === 'view_submission' ? { response_action: 'errors', errors: { target: 'Enter a positive number, like 240.' } } : undefined);
  say({ kind: 'interactive', type: body.type });
});
// Events API envelopes are emitted under the inner event's type.
client.on('message', async ({ ack, event, retry_num }) => { await ack(); say({ kind: 'events_api', type: event.type, text: event.text, retry_num }); });
client.on('connected', () => say({ kind: 'connected' }));
client.on('reconnecting', () => say({ kind: 'reconnecting' }));

await client.start();
process.stdout.write('ready\n');

// A real Bolt app (HTTPReceiver on /slack/events) that our stand-in sends the same signed requests as it sends
// to our endpoint, so both can be compared answer by answer. argv: <port> <signingSecret> <slackApiUrl>.
// Prints "ready" when listening; GET /records returns what the listeners saw.
import bolt from '@slack/bolt';

const { App, LogLevel } = bolt;
const [port, signingSecret, slackApiUrl] = process.argv.slice(2);
const records = [];
const app = new App({
  signingSecret,
  token: 'xoxb-standin-token',
  clientOptions: { slackApiUrl },
  logLevel: LogLevel.ERROR,
  customRoutes: [{ path: '/records', method: ['GET'], handler: (_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(records)); } }],
});

app.command('/align', async ({ command, ack }) => { await ack(); records.push({ kind: 'command', text: command.text, trigger_id: command.trigger_id }); });
app.event('message', async ({ event }) => { records.push({ kind: 'message', text: event.text, channel_type: event.channel_type }); });
app.event('app_mention', async ({ event }) => { records.push({ kind: 'app_mention', text: event.text }); });
app.shortcut('log_marketing_request', async ({ shortcut, ack }) => { await ack(); records.push({ kind: 'shortcut', text: shortcut.message?.text }); });
app.action('alignmentbot.form.open', async ({ ack, body }) => { await ack(); records.push({ kind: 'action', value: body.actions?.[0]?.value }); });
app.view('alignmentbot.form', async ({ view, ack }) => {
  const target = view.state.values.target?.target?.value ?? '';
  records.push({ kind: 'view', target, metadata: view.private_metadata });
  if (!/^[0-9]+(\.[0-9]+)?$/.test(target) || Number(target) <= 0) {
    await ack({ response_action: 'errors', errors: { target: 'Enter a positive number, like 240.' } });
  } else {
    await ack();
  }
});

await app.start(Number(port));
process.stdout.write('ready\n');

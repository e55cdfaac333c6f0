// The Slack peer of bench/run.sh: the smallest @slack/bolt app that does what the harness asks of every server.
// Bolt's default HTTP receiver on /slack/events checks the v0 signature with the same signing secret, acks, and
// runs the listener, whose say() posts chat.postMessage to the loopback stub (clientOptions.slackApiUrl).
// Bolt calls auth.test once for the token; the stub answers it. Configuration: PORT, SLACK_SIGNING_SECRET,
// SLACK_BOT_TOKEN, SLACK_API_URL. Prints "ready" when listening on 127.0.0.1.
import bolt from '@slack/bolt';

const { App, LogLevel } = bolt;
const env = (name) => process.env[name] ?? (() => { throw new Error(`${name} is required`); })();

const app = new App({
  signingSecret: env('SLACK_SIGNING_SECRET'),
  token: env('SLACK_BOT_TOKEN'),
  clientOptions: { slackApiUrl: env('SLACK_API_URL') },
  logLevel: LogLevel.ERROR,
});

app.event('app_mention', async ({ event, say }) => {
  await say(`echo: ${event.text}`);
});

await app.start({ port: Number(env('PORT')), host: '127.0.0.1' });
process.stdout.write('ready\n');

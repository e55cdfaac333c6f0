// Slack's own WebClient pointed at our stand-in: proves the stand-in answers the way Slack's client expects
// (ok envelopes, ok:false errors, 429 with Retry-After), so tests of our client against it mean something.
// argv: <slackApiUrl> <botToken>; stdout: JSON report.
import { WebClient, ErrorCode } from '@slack/web-api';

const [apiUrl, token] = process.argv.slice(2);
const client = new WebClient(token, { slackApiUrl: apiUrl, retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20 }, logLevel: 'error' });
const report = {};

const auth = await client.auth.test();
report.auth = { ok: auth.ok, user_id: auth.user_id, team_id: auth.team_id };

const started = Date.now();
const posted = await client.chat.postMessage({ channel: 'C0NODE', text: 'from WebClient', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*hi*' } }] });
report.postMessage = { ok: posted.ok, ts: posted.ts, waitedMs: Date.now() - started };

const user = await client.users.info({ user: 'U0DANA001' });
report.usersInfo = { ok: user.ok, tz: user.user?.tz };

const dm = await client.conversations.open({ users: 'U0DANA001' });
report.conversationsOpen = { ok: dm.ok, channel: dm.channel?.id };

const view = await client.views.publish({ user_id: 'U0DANA001', view: { type: 'home', blocks: [] } });
report.viewsPublish = { ok: view.ok, id: view.view?.id };

try {
  await client.chat.update({ channel: 'C0NODE', ts: '1.1', text: 'x' });
  report.update = { threw: false };
} catch (error) {
  report.update = { threw: true, platformError: error.code === ErrorCode.PlatformError, error: error.data?.error };
}

process.stdout.write(JSON.stringify(report));

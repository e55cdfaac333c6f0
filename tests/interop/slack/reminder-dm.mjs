// A check-in reminder to someone who never wrote to the bot, done with Slack's own WebClient against our stand-in:
// conversations.open with the user, then chat.postMessage into the DM it returns. The C# test does the same with our
// client on the same stand-in and compares what Slack saw.
// argv: <slackApiUrl> <botToken> <userId>; stdout: JSON report.
import { WebClient } from '@slack/web-api';

const [apiUrl, token, user] = process.argv.slice(2);
const client = new WebClient(token, { slackApiUrl: apiUrl, logLevel: 'error' });
const opened = await client.conversations.open({ users: user });
const posted = await client.chat.postMessage({ channel: opened.channel.id, text: 'Time for your numbers.' });
process.stdout.write(JSON.stringify({ open: { ok: opened.ok, channel: opened.channel?.id }, post: { ok: posted.ok, channel: posted.channel, ts: posted.ts } }));

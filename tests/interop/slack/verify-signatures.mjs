// Bolt's own request verification (verifySlackRequest) judges signatures our C# signer produced.
// stdin: [{ name, signingSecret, body, timestamp, signature, nowMilliseconds }]; stdout: [{ name, valid, error }].
import { verifySlackRequest } from '@slack/bolt';

const cases = JSON.parse(await new Response(process.stdin).text());
const silent = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel() {}, setName() {} };
const results = cases.map((c) => {
  try {
    verifySlackRequest({
      signingSecret: c.signingSecret,
      body: c.body,
      headers: { 'x-slack-signature': c.signature, 'x-slack-request-timestamp': Number(c.timestamp) },
      nowMilliseconds: c.nowMilliseconds,
      logger: silent,
    });
    return { name: c.name, valid: true };
  } catch (error) {
    return { name: c.name, valid: false, error: String(error?.message ?? error) };
  }
});
process.stdout.write(JSON.stringify(results));

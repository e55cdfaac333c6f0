// The Teams peer of bench/run.sh: the smallest botbuilder CloudAdapter bot that does what the harness asks of every
// server. No MicrosoftAppId, so the SDK accepts activities without a token (local development, like our host), and
// sendActivity() replies through the Connector at the activity's serviceUrl (the loopback stub). CloudAdapter runs
// the turn before it answers the POST, so its latency includes the reply. Plain node http instead of restify:
// CloudAdapter.process() needs only a parsed body and status/header/send/end. Configuration: PORT. Prints "ready".
'use strict';

const http = require('http');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error}`);
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
}

const bot = new EchoBot();

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    // The response shape restify and express give CloudAdapter.
    res.status = (code) => { res.statusCode = code; };
    res.header = (name, value) => { res.setHeader(name, value); };
    res.send = (body) => {
      if (body === undefined) return;
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      if (typeof body !== 'string') res.setHeader('content-type', 'application/json');
      res.write(text);
    };
    adapter.process(req, res, (context) => bot.run(context)).catch((err) => {
      console.error(err);
      if (!res.writableEnded) { res.statusCode = 500; res.end(); }
    });
  });
});

server.listen(Number(process.env.PORT ?? 3978), '127.0.0.1', () => process.stdout.write('ready\n'));

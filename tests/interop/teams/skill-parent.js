// A parent bot built with Microsoft's Bot Framework SDK for JavaScript (botbuilder, botframework-connector).
// It calls AlignmentBot as a skill and receives AlignmentBot's replies on its own skill host endpoint
// (/api/skills/v3/conversations/...), authenticated by the SDK's own SkillValidation and allowed-callers check.
// It also exposes the SDK's inbound token validation so tests can compare verdicts with ours.
//
// Driven by AlignmentBot.Channels.Teams.Tests (InteropTests) over loopback. Configuration comes from the
// environment; nothing here reaches beyond 127.0.0.1. The one part that is not Microsoft's code is token
// acquisition: MSAL insists on an https authority, so a small AppCredentials subclass asks the test's local
// token endpoint with the same client-credentials request MSAL would send.
'use strict';

const http = require('http');
const crypto = require('crypto');
const { ChannelServiceRoutes, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
// Not re-exported by the package index; the same class CloudAdapter-based skill hosts use.
const { CloudChannelServiceHandler } = require('botbuilder/lib/cloudChannelServiceHandler');
const {
  AppCredentials,
  AuthenticationConfiguration,
  JwtTokenValidation,
  PasswordServiceClientCredentialFactory,
  allowedCallersClaimsValidator,
} = require('botframework-connector');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const PARENT_APP_ID = env('PARENT_APP_ID');
const PARENT_PASSWORD = env('PARENT_PASSWORD');
const SKILL_APP_ID = env('SKILL_APP_ID');
const SKILL_PASSWORD = env('SKILL_PASSWORD');
const SKILL_ENDPOINT = env('SKILL_ENDPOINT');
const TOKEN_ENDPOINT = env('TOKEN_ENDPOINT');
const CHANNEL_METADATA = env('CHANNEL_OPENID_METADATA');
const ENTRA_METADATA = env('ENTRA_OPENID_METADATA');

class StandInAppCredentials extends AppCredentials {
  constructor(appId, password, scope) {
    super(appId, undefined, scope);
    this.password = password;
  }

  async refreshToken() {
    const response = await fetch(TOKEN_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: this.appId,
        client_secret: this.password,
        scope: `${this.oAuthScope}/.default`,
      }),
    });
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
    const token = await response.json();
    return { accessToken: token.access_token, expiresOn: new Date(Date.now() + token.expires_in * 1000) };
  }
}

class StandInCredentialsFactory extends PasswordServiceClientCredentialFactory {
  // Any app id may ask, so a test can pose as a bot the skill does not allow.
  async createCredentials(appId, audience) {
    return new StandInAppCredentials(appId, this.password, audience);
  }
}

// The public cloud's settings, with the two key documents pointed at the test's stand-in. Setting any of them
// makes the SDK treat the cloud as custom, so every one is given.
const cloud = {
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl: CHANNEL_METADATA,
  ToBotFromEmulatorOpenIdMetadataUrl: ENTRA_METADATA,
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToChannelFromBotLoginUrl: TOKEN_ENDPOINT,
  OAuthUrl: 'https://api.botframework.com',
  ValidateAuthority: true,
};

// The parent: validates what AlignmentBot sends back, and only from AlignmentBot.
const parentAuth = new ConfigurationBotFrameworkAuthentication(
  {
    MicrosoftAppId: PARENT_APP_ID,
    MicrosoftAppPassword: PARENT_PASSWORD,
    MicrosoftAppType: 'MultiTenant',
    ...cloud,
  },
  new StandInCredentialsFactory(PARENT_APP_ID, PARENT_PASSWORD),
  new AuthenticationConfiguration([], allowedCallersClaimsValidator([SKILL_APP_ID])),
);

// AlignmentBot's identity as the SDK would hold it, to compare inbound token verdicts.
const skillSideAuth = new ConfigurationBotFrameworkAuthentication(
  {
    MicrosoftAppId: SKILL_APP_ID,
    MicrosoftAppPassword: SKILL_PASSWORD,
    MicrosoftAppType: 'MultiTenant',
    ...cloud,
  },
  new StandInCredentialsFactory(SKILL_APP_ID, SKILL_PASSWORD),
  new AuthenticationConfiguration([]),
);

const received = [];

class RecordingSkillHost extends CloudChannelServiceHandler {
  record(operation, claimsIdentity, conversationId, activityId, activity) {
    received.push({ operation, conversationId, activityId, activity, caller: JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) });
    return { id: `parent-${received.length}` };
  }

  async onSendToConversation(claimsIdentity, conversationId, activity) {
    return this.record('send', claimsIdentity, conversationId, null, activity);
  }

  async onReplyToActivity(claimsIdentity, conversationId, activityId, activity) {
    return this.record('reply', claimsIdentity, conversationId, activityId, activity);
  }

  async onUpdateActivity(claimsIdentity, conversationId, activityId, activity) {
    return this.record('update', claimsIdentity, conversationId, activityId, activity);
  }

  // A proactive 1:1 (POST /v3/conversations): recorded with the parameters as the SDK parsed them; the new
  // conversation's id is what the SDK's route sends back.
  async onCreateConversation(claimsIdentity, parameters) {
    const { id } = this.record('create', claimsIdentity, null, null, parameters);
    return { id: `a:1on1-${id}`, activityId: '' };
  }

  async onDeleteActivity(claimsIdentity, conversationId, activityId) {
    this.record('delete', claimsIdentity, conversationId, activityId, null);
  }
}

// Just enough of a restify/express router for ChannelServiceRoutes.
const routes = [];
const route = (method) => (path, handler) => {
  const keys = [];
  const pattern = new RegExp(`^${path.replace(/:([A-Za-z]+)/g, (_, key) => { keys.push(key); return '([^/]+)'; })}$`);
  routes.push({ method, pattern, keys, handler });
};
const router = { post: route('POST'), put: route('PUT'), get: route('GET'), delete: route('DELETE') };
new ChannelServiceRoutes(new RecordingSkillHost(parentAuth)).register(router, '/api/skills');

// The same SDK routes standing in for the Bot Connector itself (what a bot reaches at smba.trafficmanager.net): a
// proactive 1:1 is created there, with a Bot Connector token (audience api.botframework.com), not a skill token. The
// SDK's inbound validation for a bot's own identity judges it; the parsing is ChannelServiceRoutes' own.
new ChannelServiceRoutes(new RecordingSkillHost(skillSideAuth)).register(router, '/api/connector');

let port = 0;

router.post('/control/send', async (req, res) => {
  const conversationId = req.body.conversationId || `skill-conversation-${crypto.randomUUID()}`;
  const activity = {
    type: 'message',
    id: crypto.randomUUID(),
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    from: { id: '29:person-in-the-parent', name: 'Dana Whitfield' },
    recipient: { id: SKILL_APP_ID, name: 'AlignmentBot' },
    conversation: { id: 'original-conversation', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    channelData: { tenant: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' } },
    text: req.body.text,
    locale: 'en-US',
    deliveryMode: req.body.deliveryMode,
  };
  const client = parentAuth.createBotFrameworkClient();
  const response = await client.postActivity(
    req.body.fromBotId || PARENT_APP_ID,
    SKILL_APP_ID,
    SKILL_ENDPOINT,
    `http://127.0.0.1:${port}/api/skills/`,
    conversationId,
    activity,
  );
  res.status(200);
  res.send({ status: response.status, body: response.body ?? null, activityId: activity.id, conversationId });
  res.end();
});

router.get('/control/received', (req, res) => {
  res.status(200);
  res.send(received);
  res.end();
});

router.post('/control/validate', async (req, res) => {
  let verdict;
  try {
    await skillSideAuth.authenticateRequest(req.body.activity, req.body.authHeader);
    verdict = { ok: true };
  } catch (error) {
    verdict = { ok: false, error: String(error && error.message) };
  }
  res.status(200);
  res.send(verdict);
  res.end();
});

const server = http.createServer((request, response) => {
  let raw = '';
  request.on('data', (chunk) => { raw += chunk; });
  request.on('end', async () => {
    const url = new URL(request.url, 'http://127.0.0.1');
    let status = 200;
    const res = {
      status(code) { status = code; },
      send(body) {
        if (!response.headersSent) {
          response.statusCode = status;
          response.setHeader('content-type', typeof body === 'string' ? 'text/plain' : 'application/json');
        }
        response.write(typeof body === 'string' ? body : JSON.stringify(body));
      },
      end() {
        if (!response.headersSent) response.statusCode = status;
        response.end();
      },
    };
    const match = routes.find((r) => r.method === request.method && r.pattern.test(url.pathname));
    if (!match) {
      response.statusCode = 404;
      response.end();
      return;
    }
    const values = url.pathname.match(match.pattern).slice(1).map(decodeURIComponent);
    const req = {
      headers: request.headers,
      params: Object.fromEntries(match.keys.map((key, i) => [key, values[i]])),
      query: Object.fromEntries(url.searchParams),
      body: raw ? JSON.parse(raw) : undefined,
    };
    try {
      await match.handler(req, res, () => {});
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.statusCode = 500;
      response.end(String(error && error.message));
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  console.log(`LISTENING ${port}`);
});

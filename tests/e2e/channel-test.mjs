// Microsoft's own Bot Framework JS implementation as the channel: botbuilder's ChannelServiceRoutes and
// ChannelServiceHandler receive the bot's replies on loopback (normal serviceUrl mode), and activities are built
// with botbuilder's MessageFactory and botframework-schema's types. Proves our protocol layer against theirs.
// Usage: node channel-test.mjs http://127.0.0.1:PORT   (the bot's base URL; exits non-zero on any failure)
import assert from 'node:assert/strict';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ChannelServiceHandler, ChannelServiceRoutes, MessageFactory, TurnContext } from 'botbuilder';
import { AuthenticationConfiguration, SimpleCredentialProvider } from 'botframework-connector';
import { ActivityTypes, RoleTypes } from 'botframework-schema';

const botUrl = process.argv[2];
assert.ok(botUrl, 'usage: node channel-test.mjs <bot base url>');

/** Records what the bot sends, through the SDK's own handler (which validates and parses the activities). */
class RecordingChannel extends ChannelServiceHandler {
  received = [];
  async onSendToConversation(claims, conversationId, activity) {
    this.received.push({ route: 'sendToConversation', conversationId, activityId: null, activity });
    return { id: randomUUID() };
  }
  async onReplyToActivity(claims, conversationId, activityId, activity) {
    this.received.push({ route: 'replyToActivity', conversationId, activityId, activity });
    return { id: randomUUID() };
  }
}

/** The few members of a web framework that ChannelServiceRoutes.register uses, on node:http. */
class MiniServer {
  routes = [];
  for(method) {
    return (pattern, handler) => {
      const names = [];
      const regex = new RegExp('^' + pattern.replace(/:([A-Za-z]+)/g, (_, n) => { names.push(n); return '([^/]+)'; }) + '$');
      this.routes.push({ method, regex, names, handler });
    };
  }
  post = this.for('POST'); put = this.for('PUT'); get = this.for('GET'); delete = this.for('DELETE');
  listen() {
    this.server = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://127.0.0.1');
      const route = this.routes.find(r => r.method === req.method && r.regex.test(url.pathname));
      if (!route) { res.statusCode = 404; res.end(); return; }
      const values = url.pathname.match(route.regex).slice(1).map(decodeURIComponent);
      req.params = Object.fromEntries(route.names.map((n, i) => [n, values[i]]));
      req.query = Object.fromEntries(url.searchParams);
      res.status = code => { res.statusCode = code; };
      res.send = body => { if (!res.headersSent) res.setHeader('Content-Type', 'application/json'); res.write(JSON.stringify(body)); };
      route.handler(req, res, () => {});
    });
    return new Promise(resolve => this.server.listen(0, '127.0.0.1', () => resolve(this.server.address().port)));
  }
}

const channel = new RecordingChannel(new SimpleCredentialProvider('', ''), new AuthenticationConfiguration());
const server = new MiniServer();
new ChannelServiceRoutes(channel).register(server);
const port = await server.listen();
const serviceUrl = `http://127.0.0.1:${port}/`;

// Characters Teams and the Emulator use in ids, which must arrive percent-encoded and intact.
const conversation = { id: `a:${randomUUID()}|livechat;messageid=1`, conversationType: 'personal' };
const user = { id: `29:${randomUUID()}`, name: 'Petugas Daerah', role: RoleTypes.User };
const bot = { id: `28:${randomUUID()}`, name: 'SmartCity.Bot', role: RoleTypes.Bot };

function address(activity) {
  return {
    ...activity, id: randomUUID(), timestamp: new Date().toISOString(), channelId: 'emulator', serviceUrl,
    from: user, recipient: bot, conversation, locale: 'id-ID',
  };
}

async function send(activity) {
  const before = channel.received.length;
  const response = await fetch(new URL('/api/messages', botUrl), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity),
  });
  assert.equal(response.status, 200, `bot answered ${response.status}: ${await response.text()}`);
  // The bot delivers its replies before it answers the channel's POST.
  return channel.received.slice(before);
}

function checkReply(reply, inbound) {
  assert.equal(reply.route, 'replyToActivity', 'a reply to a message uses ReplyToActivity');
  assert.equal(reply.conversationId, conversation.id, 'conversation id decoded from the path intact');
  assert.equal(reply.activityId, inbound.id, 'path names the inbound activity');
  const a = reply.activity;
  assert.equal(a.replyToId, inbound.id);
  assert.equal(a.conversation.id, conversation.id);
  assert.equal(a.from.id, bot.id);
  assert.equal(a.recipient.id, user.id);
  assert.equal(a.channelId, 'emulator');
  assert.equal(a.locale, 'id-ID');
  assert.equal(a.id, undefined, 'the channel assigns ids, not the bot');
  // The SDK's own view of the reply's conversation reference matches the inbound one.
  const reference = TurnContext.getConversationReference(inbound);
  assert.equal(reference.conversation.id, a.conversation.id);
  assert.equal(reference.bot.id, a.from.id);
}

const results = [];
try {
  const join = address({ type: ActivityTypes.ConversationUpdate, membersAdded: [bot, user] });
  const welcome = await send(join);
  assert.equal(welcome.length, 1, 'one welcome');
  checkReply(welcome[0], join);
  assert.match(welcome[0].activity.text, /Smart City/);
  assert.ok(welcome[0].activity.suggestedActions.actions.length > 0, 'welcome offers topics');
  results.push('welcome on conversationUpdate');

  const help = address(MessageFactory.text('bantuan'));
  const helpReplies = await send(help);
  assert.equal(helpReplies.length, 1);
  checkReply(helpReplies[0], help);
  assert.match(helpReplies[0].activity.text, /Saya bisa membantu/);
  results.push('help message answered with ReplyToActivity');

  const question = address(MessageFactory.text('apa itu smart city?'));
  const answers = (await send(question)).filter(r => r.activity.type === ActivityTypes.Message);
  assert.ok(answers.length >= 1, 'the question is answered');
  for (const answer of answers) checkReply(answer, question);
  const text = answers.map(r => r.activity.text ?? '').join('\n');
  assert.ok(text.trim().length > 20, 'answer has text');
  results.push('question answered: ' + text.replace(/\s+/g, ' ').slice(0, 120));

  // A card button's submit (Teams/Web Chat Action.Submit): value.text only, no text.
  const submit = address({ type: ActivityTypes.Message, value: { text: 'menu' } });
  const submitReplies = await send(submit);
  assert.equal(submitReplies.length, 1);
  checkReply(submitReplies[0], submit);
  assert.match(submitReplies[0].activity.text, /Saya bisa membantu/);
  results.push('card submit data.text understood');
  console.log(JSON.stringify({ ok: true, results }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, results, error: String(error?.stack ?? error) }));
  process.exitCode = 1;
} finally {
  server.server.close();
}

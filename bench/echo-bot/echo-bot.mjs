// Benchmark reference: the smallest bot on Microsoft's Bot Framework JS SDK. CloudAdapter without credentials
// (no auth, as the bot's development mode), on node:http; deliveryMode expectReplies is honoured by the SDK itself,
// which returns the echo in the HTTP response.
// Usage: node echo-bot.mjs PORT   (listens on 127.0.0.1 only)
import http from 'node:http';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

const port = Number(process.argv[2] ?? 3979);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`Echo: ${context.activity.text}`);
  await next();
});

/** The members of a Restify/Express response the adapter uses, on node:http. */
function adapt(res) {
  res.status = code => { res.statusCode = code; };
  res.header = (name, value) => res.setHeader(name, value);
  res.send = body => {
    if (typeof body === 'string') { res.write(body); return; }
    res.setHeader('Content-Type', 'application/json');
    res.write(JSON.stringify(body));
  };
  return res;
}

http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') { res.statusCode = 404; res.end(); return; }
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => {
    try { req.body = JSON.parse(Buffer.concat(chunks).toString('utf8')); }
    catch { res.statusCode = 400; res.end(); return; }
    adapter.process(req, adapt(res), context => bot.run(context)).catch(() => { if (!res.writableEnded) { res.statusCode = 500; res.end(); } });
  });
}).listen(port, '127.0.0.1', () => console.log(`echo bot listening on http://127.0.0.1:${port}/api/messages`));

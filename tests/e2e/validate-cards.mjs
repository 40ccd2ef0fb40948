// Validates Adaptive Cards with Microsoft's own parser (npm "adaptivecards") in a version 1.5 serialization context,
// plus the limits the bot promises for Teams and Web Chat: version "1.5" and only actions both clients support.
// Usage: node validate-cards.mjs cards.json   (cards.json: [{ "name": "...", "card": { ...AdaptiveCard... } }])
// Prints one JSON line per card: { name, problems: [...] }; exits 1 if any card has a problem.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The package's CommonJS "lib" build has broken ESM imports under Node; its UMD bundle works.
const AC = require('adaptivecards/dist/adaptivecards.js');

const allowedActions = new Set(['Action.Submit', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility']);

function walk(node, visit) {
  if (Array.isArray(node)) { node.forEach(n => walk(n, visit)); return; }
  if (node && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach(v => walk(v, visit));
  }
}

const items = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let failed = 0;
for (const { name, card: json } of items) {
  const problems = [];
  if (json.type !== 'AdaptiveCard') problems.push(`type is ${json.type}`);
  if (json.version !== '1.5') problems.push(`version is ${json.version}, Teams needs 1.5`);
  walk(json, n => {
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && !allowedActions.has(n.type)) problems.push(`unsupported action ${n.type}`);
  });

  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  // Round trip: what the parser understood must serialize back at 1.5 with every body element and action kept.
  const back = card.toJSON(new AC.SerializationContext(AC.Versions.v1_5));
  if ((back.body ?? []).length !== (json.body ?? []).length) problems.push('round trip lost body elements');
  if ((back.actions ?? []).length !== (json.actions ?? []).length) problems.push('round trip lost actions');

  if (problems.length > 0) failed++;
  console.log(JSON.stringify({ name, problems }));
}
process.exit(failed > 0 ? 1 : 0);

// Validates a Teams app manifest offline against Microsoft's official JSON schema for its manifestVersion, as shipped
// in the npm package @microsoft/app-manifest (the validator of the Microsoft 365 Agents Toolkit). Localization files
// named in localizationInfo are validated against the matching localization schema.
// Usage: node validate-teams-manifest.mjs <manifest.json>   → exit 0 when valid, 1 with the failures otherwise.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

const require = createRequire(import.meta.url);
const schemas = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
const readJson = async file => JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));

const file = process.argv[2];
if (!file) { console.error('usage: node validate-teams-manifest.mjs <manifest.json>'); process.exit(2); }
const manifest = await readJson(file);
const version = manifest.manifestVersion;
const folder = path.join(schemas, `v${version}`);
const failures = [];
if (!manifest.$schema?.endsWith(`/v${version}/MicrosoftTeams.schema.json`)) failures.push(`$schema does not match manifestVersion ${version}`);
failures.push(...await AppManifestUtils.validateAgainstSchema(manifest, await readJson(path.join(folder, 'MicrosoftTeams.schema.json'))));

for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
  const localized = await readJson(path.join(path.dirname(file), language.file));
  const errors = await AppManifestUtils.validateAgainstSchema(localized, await readJson(path.join(folder, 'MicrosoftTeams.Localization.schema.json')));
  failures.push(...errors.map(e => `${language.file}: ${e}`));
}

if (failures.length) { console.error(failures.join('\n')); process.exit(1); }
console.log(`valid Teams manifest ${version}: ${file}`);

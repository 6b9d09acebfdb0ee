#!/usr/bin/env node
// Validates a Teams app manifest and its localization files against the JSON schemas that
// @microsoft/app-manifest ships, so no network is needed (the package's own validateAgainstSchema
// cannot compile the Localization schema: that needs ajv's unicodeRegExp:false).
// Usage: node tests/node/validate-manifest.js manifest/manifest.json [manifest/zh-cn.json ...]
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");
const { readJson } = require("./read-json");

const schemaRoot = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build", "json-schemas", "teams");
// Also accepts a locale segment: https://developer.microsoft.com/en-us/json-schemas/teams/...
const schemaUrl = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[\w.]+)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/i;

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv, ["uri", "email", "regex"]);
const compiled = new Map();

function validatorFor(url) {
  const m = schemaUrl.exec(url ?? "");
  if (!m) throw new Error(`$schema must be a Teams manifest or localization schema URL, got ${JSON.stringify(url)}`);
  const file = path.join(schemaRoot, m[1], m[2]);
  if (!fs.existsSync(file)) throw new Error(`no local schema for ${m[1]}/${m[2]} (does that version exist?)`);
  if (!compiled.has(file)) {
    // Same clean-up as @microsoft/app-manifest: some schemas hold \a and \v escapes that JSON rejects.
    const text = fs.readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
    compiled.set(file, ajv.compile(JSON.parse(text)));
  }
  return compiled.get(file);
}

function problemsOf(file) {
  try {
    const json = readJson(file);
    const validate = validatorFor(json.$schema);
    if (validate(json)) return [];
    return validate.errors.map(e => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
  } catch (e) {
    return [e.message];
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: validate-manifest.js <manifest.json> [<localization.json> ...]");
  process.exit(2);
}
let count = 0;
for (const file of files) {
  const problems = problemsOf(file);
  for (const p of problems) console.log(`${file}: ${p}`);
  count += problems.length;
}
console.log(`${files.length} file(s) checked, ${count} problem(s)`);
process.exit(count === 0 ? 0 : 1);

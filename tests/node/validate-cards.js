#!/usr/bin/env node
// Checks every *.json under a folder (card snapshots) with the official Adaptive Cards SDK, plus the
// rules the SDK does not enforce for Teams: version <= 1.5, <= 28 KB, Action.Execute has a verb,
// Image has a url, and every Teams chart (Chart.*, which the SDK does not know and Teams on iOS does not draw)
// has a fallback element, which the SDK then checks in its place. Prints "file: problem" lines and a summary; exits 1 on any problem.
// Usage: node tests/node/validate-cards.js <dir>
"use strict";
const fs = require("fs");
const path = require("path");
// The package's lib/ is extensionless ESM that Node cannot load; the UMD bundle works without a DOM.
const AC = require("adaptivecards/dist/adaptivecards.js");
const { readJson } = require("./read-json");

const maxVersion = [1, 5];
const maxBytes = 28 * 1024;

function jsonFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap(e => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "node_modules" ? [] : jsonFiles(full);
      return e.name.endsWith(".json") ? [full] : [];
    });
}

function describe(source) {
  if (!source) return "";
  const type = typeof source.getJsonTypeName === "function" ? source.getJsonTypeName() : "";
  const id = source.id ? `#${source.id}` : "";
  return type || id ? ` (${type}${id})` : "";
}

function sdkProblems(json) {
  const card = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, ctx);
  const events = [];
  for (let i = 0; i < ctx.eventCount; i++) events.push(ctx.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  // A chart is unknown to the SDK by design; teamsProblems requires its fallback, which the SDK parses instead.
  const chart = e => AC.ValidationEvent[e.event] === "UnknownElementType" && /"Chart\.[A-Za-z.]+"/.test(e.message);
  return events.filter(e => !chart(e)).map(e =>
    `${AC.ValidationPhase[e.phase]} ${AC.ValidationEvent[e.event]}${describe(e.source)}: ${e.message}`);
}

// Walks every object in the card (body, actions, fallbacks, selectAction, ShowCard cards...).
function teamsProblems(node, where, out) {
  if (Array.isArray(node)) {
    node.forEach((n, i) => teamsProblems(n, `${where}[${i}]`, out));
    return out;
  }
  if (node === null || typeof node !== "object") return out;
  const blank = v => typeof v !== "string" || v.trim() === "";
  if (node.type === "Action.Execute" && blank(node.verb)) out.push(`${where}: Action.Execute without verb`);
  if (node.type === "Image" && blank(node.url)) out.push(`${where}: Image without url`);
  if (typeof node.type === "string" && node.type.startsWith("Chart.") && (node.fallback === null || typeof node.fallback !== "object")) {
    out.push(`${where}: ${node.type} without a fallback element (Teams on iOS draws no charts)`);
  }
  for (const [k, v] of Object.entries(node)) teamsProblems(v, `${where}.${k}`, out);
  return out;
}

function versionProblems(json) {
  if (json.type !== "AdaptiveCard") return [`type is ${JSON.stringify(json.type)}, not "AdaptiveCard"`];
  const m = /^(\d+)\.(\d+)$/.exec(json.version ?? "");
  if (!m) return [`version ${JSON.stringify(json.version)} is not "major.minor"`];
  const [major, minor] = [Number(m[1]), Number(m[2])];
  const tooNew = major > maxVersion[0] || (major === maxVersion[0] && minor > maxVersion[1]);
  return tooNew ? [`version ${json.version} is newer than Teams supports (${maxVersion.join(".")})`] : [];
}

function problemsOf(file) {
  try {
    const size = fs.statSync(file).size;
    const sizeProblem = size > maxBytes ? [`${size} bytes, over the ${maxBytes}-byte limit`] : [];
    const json = readJson(file);
    if (json === null || typeof json !== "object" || Array.isArray(json)) return ["not a JSON object"];
    return [...sizeProblem, ...versionProblems(json), ...teamsProblems(json, "$", []), ...sdkProblems(json)];
  } catch (e) {
    return [e.message];
  }
}

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
  console.error("usage: validate-cards.js <dir>");
  process.exit(2);
}
const files = jsonFiles(dir);
let count = 0;
if (files.length === 0) {
  // Most likely a wrong path, which must not pass as "all cards valid".
  console.log(`${dir}: no *.json files found`);
  count++;
}
for (const file of files) {
  const problems = problemsOf(file);
  const rel = path.relative(process.cwd(), file);
  for (const p of problems) console.log(`${rel.startsWith("..") ? file : rel}: ${p}`);
  count += problems.length;
}
console.log(`${files.length} card(s) checked, ${count} problem(s)`);
process.exit(count === 0 ? 0 : 1);

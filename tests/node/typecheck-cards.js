#!/usr/bin/env node
// Checks every *.json under a folder (card snapshots) against Teams' own card types (@microsoft/teams.cards), the
// schema Teams renders by, including its Chart.* elements: each card becomes an object literal typed IAdaptiveCard
// and the TypeScript compiler reports any property or value Teams does not know. Prints "file: problem" lines and a
// summary; exits 1 on any problem.
// Usage: node tests/node/typecheck-cards.js <dir>
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
  console.error("usage: typecheck-cards.js <dir>");
  process.exit(2);
}

const files = fs.readdirSync(dir).filter(f => f.endsWith(".json")).sort();
const types = path.join(__dirname, "..", "..", "node_modules", "@microsoft", "teams.cards", "dist", "index");
// One line per card, so a diagnostic's line number names the card it is about.
const source = [`import type { IAdaptiveCard } from ${JSON.stringify(types)};`,
  ...files.map((f, i) => `export const card${i}: IAdaptiveCard = ${fs.readFileSync(path.join(dir, f), "utf8").replace(/\n/g, " ")};`)].join("\n");
const file = path.join(dir, "cards.ts");
fs.writeFileSync(file, source);

const program = ts.createProgram([file], {
  strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
});
const diagnostics = ts.getPreEmitDiagnostics(program);
for (const d of diagnostics) {
  const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
  const card = line > 0 ? files[line - 1] : "cards.ts";
  console.log(`${card}: ${ts.flattenDiagnosticMessageText(d.messageText, " ").slice(0, 600)}`);
}
console.log(`${files.length} card(s) checked against Teams' card types, ${diagnostics.length} problem(s)`);
process.exit(diagnostics.length === 0 && files.length > 0 ? 0 : 1);

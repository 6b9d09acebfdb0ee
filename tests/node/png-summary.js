#!/usr/bin/env node
// Prints a PNG's size and pixel counts as JSON, for the icon tests (Teams wants the outline icon
// white on a fully transparent background: every pixel that shows at all must be 255,255,255).
// Usage: node tests/node/png-summary.js icon.png
"use strict";
const fs = require("fs");
const { PNG } = require("pngjs");

const png = PNG.sync.read(fs.readFileSync(process.argv[2]));
let visible = 0, nonWhiteVisible = 0, partialAlpha = 0;
for (let i = 0; i < png.data.length; i += 4) {
  const [r, g, b, a] = png.data.subarray(i, i + 4);
  if (a === 0) continue;
  visible++;
  if (a < 255) partialAlpha++;
  if (r !== 255 || g !== 255 || b !== 255) nonWhiteVisible++;
}
console.log(JSON.stringify({ width: png.width, height: png.height, visible, nonWhiteVisible, partialAlpha }));

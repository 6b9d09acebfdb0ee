"use strict";
const fs = require("fs");

// Reads a JSON file, dropping a UTF-8 BOM (Windows editors add one) and naming the file on a parse error.
function readJson(file) {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON: ${e.message}`);
  }
}

module.exports = { readJson };

// Lints a Dockerfile with dockerfile-utils (the checks of the VS Code Docker extension); prints each problem, exits 1 if any.
const fs = require("fs");
const { validate } = require("dockerfile-utils");

const file = process.argv[2];
const problems = validate(fs.readFileSync(file, "utf8"));
for (const p of problems) {
  console.log(`${file}:${p.range.start.line + 1}: ${p.message}`);
}
process.exit(problems.length === 0 ? 0 : 1);

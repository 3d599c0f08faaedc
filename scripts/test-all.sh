#!/usr/bin/env bash
# Runs every suite (unit + extension with the fake browser, then end-to-end in Chromium) and
# ends with one plain line "N passed, N failed" summed over all suites.
set -u
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/unit.json .tmp/e2e.json

npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/unit.json
unit_rc=$?
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/e2e.json
e2e_rc=$?

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const [name, file] of [["unit", ".tmp/unit.json"], ["e2e", ".tmp/e2e.json"]]) {
  if (!fs.existsSync(file)) { console.error(`${name}: no report (the suite crashed before running)`); failed += 1; continue; }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests;
  // A suite file that failed to load counts as a failure even when it ran no test.
  failed += (r.testResults || []).filter((f) => f.status === "failed" && (f.assertionResults || []).length === 0).length;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
'
summary_rc=$?
if [ $summary_rc -ne 0 ] || [ $unit_rc -ne 0 ] || [ $e2e_rc -ne 0 ]; then exit 1; fi

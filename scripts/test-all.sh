#!/usr/bin/env bash
# Runs every suite (unit + extension with the fake browser, then end-to-end in Chromium) and
# ends with one plain line "N passed, N failed" summed over all suites.
set -u
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/unit.json .tmp/e2e.json

# Static checks count as one check each in the closing line.
checks_passed=0
checks_failed=0
if npx tsc --noEmit -p .; then checks_passed=$((checks_passed + 1)); else echo "typecheck failed"; checks_failed=$((checks_failed + 1)); fi
if npx biome lint . --diagnostic-level=error; then checks_passed=$((checks_passed + 1)); else echo "lint failed"; checks_failed=$((checks_failed + 1)); fi

npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/unit.json
unit_rc=$?
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/e2e.json
e2e_rc=$?

CHECKS_PASSED=$checks_passed CHECKS_FAILED=$checks_failed node -e '
const fs = require("fs");
let passed = Number(process.env.CHECKS_PASSED), failed = Number(process.env.CHECKS_FAILED);
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

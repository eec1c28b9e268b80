// Prints vitest's JSON report as the one line CI reads: "N passed, N failed" (and skipped when any).
import { readFileSync } from 'node:fs';

try {
  const r = JSON.parse(readFileSync('.vitest/results.json', 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
} catch {
  console.log('0 passed, 1 failed');
}

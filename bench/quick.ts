/**
 * `npm run bench:quick`: the size budgets only, no browser, for CI. Builds only when dist/ is
 * missing, so it can run right after `npm run build`. Exits non-zero when a budget is missed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SIZE_BUDGETS, checkBudgets } from './budgets';
import { build } from './build';
import { DIST } from './config';
import { budgetTable, sizeTable } from './report';
import { measureSizes } from './size';

if (!fs.existsSync(path.join(DIST, 'index.html'))) build();
const size = measureSizes();
const results = checkBudgets({ size }, SIZE_BUDGETS);
console.log(`${sizeTable(size)}\n\n${budgetTable(results)}`);
const failed = results.filter((b) => b.status === 'fail');
if (failed.length) {
  console.error(`\nbench:quick: ${failed.length} budget(s) missed`);
  process.exit(1);
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function lint(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the import boundaries (eslint.config.js)', () => {
  it('fail a feature that imports another feature', async () => {
    const code =
      "import { rndPanel } from '@/features/rnd/rnd-panel';\nexport const x = rndPanel;\n";
    expect(await lint(code, 'src/features/fintech/fintech-extra.ts')).toContain(
      'no-restricted-imports',
    );
    const relative = "import { rndPanel } from '../rnd/rnd-panel';\nexport const x = rndPanel;\n";
    expect(await lint(relative, 'src/features/fintech/fintech-extra.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('let a feature import its own files and shared code', async () => {
    const code =
      "import { useFintech } from '@/features/fintech/use-fintech';\nimport { formatNumber } from '@/lib/format';\nexport const x = [useFintech, formatNumber];\n";
    expect(await lint(code, 'src/features/fintech/fintech-extra.ts')).toEqual([]);
  });

  it('fail shared code that imports a feature or the app shell', async () => {
    const feature =
      "import { rndPanel } from '@/features/rnd/rnd-panel';\nexport const x = rndPanel;\n";
    expect(await lint(feature, 'src/lib/extra.ts')).toContain('no-restricted-imports');
    const shell = "import { PANELS } from '../../app/panel-registry';\nexport const x = PANELS;\n";
    expect(await lint(shell, 'src/components/panel/extra.ts')).toContain('no-restricted-imports');
    expect(await lint(shell.replace('../../app', '@/app'), 'src/data/extra.ts')).toContain(
      'no-restricted-imports',
    );
  });
});

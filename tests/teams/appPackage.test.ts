import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { readTeamsPackageSettings, TeamsPackageSettingsError } from '../../src/config/teamsPackageSettings';
import { searchCommandId, searchParameterName } from '../../src/channels/teams/messageExtension';
import { teamsAppName } from '../../src/channels/teams/teamsMessages';
import { drawColorIcon, drawOutlineIcon } from '../../src/teamsApp/icons/drawIcons';
import { runPackageCommand } from '../../src/teamsApp/packageCommand';
import { validateAppPackage } from '../../src/teamsApp/validateAppPackage';
import { botId, builtPackage, manifestOf, packageEnv, solidPng, withFile, withManifest } from './support/appPackage';

describe('When the Teams app package is built from the repository', () => {
  test('it is valid against the official schema, with the ids filled in and both icons at the root', async () => {
    const zip = await builtPackage();
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });

    expect(await validateAppPackage(bytes)).toEqual([]);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = (await manifestOf(zip)) as {
      id: string;
      version: string;
      manifestVersion: string;
      bots: Array<{ botId: string; scopes: string[] }>;
      composeExtensions: Array<{ botId: string; commands: Array<{ id: string; type: string; parameters: Array<{ name: string }> }> }>;
      name: { short: string };
    };
    expect(manifest).toMatchObject({ id: botId, version: '1.2.3', manifestVersion: '1.22' });
    expect(manifest.bots[0]).toMatchObject({ botId, scopes: ['personal', 'team', 'groupChat'] });
    expect(manifest.composeExtensions[0].botId).toBe(botId);
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  test("the manifest declares the search command and parameter the bot answers, under the bot's name", async () => {
    const manifest = (await manifestOf(await builtPackage())) as {
      composeExtensions: Array<{ commands: Array<{ id: string; type: string; parameters: Array<{ name: string }> }> }>;
      name: { short: string };
    };
    const [command] = manifest.composeExtensions[0].commands;
    expect(command).toMatchObject({ id: searchCommandId, type: 'query' });
    expect(command.parameters.map((p) => p.name)).toEqual([searchParameterName]);
    expect(manifest.name.short).toBe(teamsAppName);
  });

  test('the committed icons are exactly what the drawing script draws', async () => {
    for (const [file, drawn] of [
      ['color.png', drawColorIcon()],
      ['outline.png', drawOutlineIcon()],
    ] as const) {
      const committed = PNG.sync.read(await readFile(path.join('appPackage', file)));
      const expected = PNG.sync.read(drawn);
      expect([committed.width, committed.height], file).toEqual([expected.width, expected.height]);
      expect(Buffer.compare(committed.data, expected.data), file).toBe(0);
    }
  });
});

describe('When a package is broken', () => {
  test('a manifest without a required field fails with the field named', async () => {
    const problems = await validateAppPackage(await withManifest((m) => delete m.developer));
    expect(problems).toContain('manifest.json: missing required property "developer".');
  });

  test('a wrong value deep in the manifest is reported with its path', async () => {
    const problems = await validateAppPackage(
      await withManifest((m) => {
        (m.bots as Array<{ scopes: string[] }>)[0].scopes = ['personal', 'everywhere'];
      }),
    );
    expect(problems.some((p) => p.startsWith('manifest.json bots[0].scopes[1]: must be one of'))).toBe(true);
  });

  test('a bot id that is not a GUID fails', async () => {
    const problems = await validateAppPackage(
      await withManifest((m) => {
        (m.bots as Array<{ botId: string }>)[0].botId = 'my-bot';
      }),
    );
    expect(problems.some((p) => p.startsWith('manifest.json bots[0].botId:'))).toBe(true);
  });

  test('a colour icon of the wrong size fails with both sizes in the message', async () => {
    const problems = await validateAppPackage(await withFile('color.png', solidPng(100, [31, 78, 121, 255])));
    expect(problems).toEqual(['color.png is 100×100 pixels; the color icon must be 192×192.']);
  });

  test('an outline icon of the wrong size fails', async () => {
    const problems = await validateAppPackage(await withFile('outline.png', solidPng(48, [255, 255, 255, 0])));
    expect(problems).toContain('outline.png is 48×48 pixels; the outline icon must be 32×32.');
  });

  test('an opaque outline icon fails: it must be white on transparent', async () => {
    const problems = await validateAppPackage(await withFile('outline.png', solidPng(32, [255, 255, 255, 255])));
    expect(problems).toEqual(['outline.png has no transparent pixel: the outline icon must be white on a transparent background.']);
  });

  test('a coloured outline icon fails', async () => {
    const png = PNG.sync.read(drawOutlineIcon());
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i + 3] > 0) png.data.set([31, 78, 121], i);
    const problems = await validateAppPackage(await withFile('outline.png', PNG.sync.write(png)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^outline\.png has \d+ of 1024 visible pixels that are not white/);
  });

  test('an icon that is not a PNG, a missing icon, and unfilled placeholders are all reported', async () => {
    expect((await validateAppPackage(await withFile('color.png', 'not an image')))[0]).toMatch(/^color\.png is not a readable PNG image/);

    const zip = await builtPackage();
    zip.remove('outline.png');
    expect(await validateAppPackage(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual([
      'icons.outline names "outline.png", which is not in the zip.',
    ]);

    const template = await readFile('appPackage/manifest.json', 'utf8');
    const raw = await withFile('manifest.json', template);
    expect((await validateAppPackage(raw))[0]).toContain('manifest.json still contains ${{APP_VERSION}}');
  });

  test('a zip without manifest.json at its root, or not a zip at all, fails clearly', async () => {
    const nested = new JSZip();
    nested.file('appPackage/manifest.json', '{}');
    expect(await validateAppPackage(await nested.generateAsync({ type: 'nodebuffer' }))).toEqual([
      'manifest.json is missing at the root of the zip (Teams reads it from there, not from a folder).',
    ]);
    expect((await validateAppPackage(Buffer.from('hello')))[0]).toMatch(/^The package is not a readable zip file/);
  });
});

describe('When `npm run teams:package` runs', () => {
  const run = async (env: Record<string, string>, args: string[] = [], sourceDir?: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runPackageCommand({ env, args, io: { out: (l) => out.push(l), err: (l) => err.push(l) }, sourceDir });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  test('with the settings in place it writes a valid zip and exits 0', async () => {
    const target = path.join(await mkdtemp(path.join(tmpdir(), 'teams-package-')), 'app.zip');
    const result = await run(packageEnv, ['--out', target]);

    expect(result.code).toBe(0);
    expect(result.out).toContain('Teams app package written');
    expect(await validateAppPackage(await readFile(target))).toEqual([]);
    expect((await run({}, ['--check', target])).code).toBe(0);
  });

  test('without the bot id it exits 1 and says which variable to set', async () => {
    const result = await run({ ...packageEnv, MicrosoftAppId: '' });
    expect(result.code).toBe(1);
    expect(result.err).toContain('MicrosoftAppId is empty');
  });

  test('checking a broken zip exits 1 with one line per problem', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'teams-package-'));
    const target = path.join(dir, 'broken.zip');
    await writeFile(target, await withFile('color.png', solidPng(64, [0, 0, 0, 255])));

    const result = await run({}, ['--check', target]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Invalid Teams app package (1 problem):');
    expect(result.err).toContain('  - color.png is 64×64 pixels; the color icon must be 192×192.');
  });

  test('--help prints the usage and builds nothing', async () => {
    const result = await run({}, ['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Usage: npm run teams:package');
    expect(result.err).toBe('');
  });

  test('a mistyped option or one without its file exits 2 with the usage, and writes no package', async () => {
    const target = path.join(await mkdtemp(path.join(tmpdir(), 'teams-package-')), 'app.zip');
    const mistyped = await run(packageEnv, ['--chek', target]);
    expect(mistyped).toMatchObject({ code: 2, out: '' });
    expect(mistyped.err).toContain(`Unknown argument '--chek'.`);
    expect(mistyped.err).toContain('Usage: npm run teams:package');

    const missing = await run(packageEnv, ['--out']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`Option '--out' needs a file name.`);
    await expect(readFile(target)).rejects.toThrow();
  });

  test('checking a file that does not exist exits 1 and names it', async () => {
    const result = await run({}, ['--check', '/nonexistent/app.zip']);
    expect(result.code).toBe(1);
    expect(result.err).toBe('Cannot read /nonexistent/app.zip: give the path of a Teams app package (.zip).');
  });
});

describe('When the packaging settings are read', () => {
  const read = (env: Record<string, string>) => readTeamsPackageSettings(env, '0.1.0');

  test('the Teams app id defaults to the bot id and the version to the package version', () => {
    expect(read({ ...packageEnv, TEAMS_APP_VERSION: '' })).toMatchObject({ teamsAppId: botId, version: '0.1.0' });
  });

  test('every problem is listed at once: id not a GUID, bad version, http address', () => {
    const attempt = () => read({ ...packageEnv, MicrosoftAppId: 'bot', TEAMS_APP_VERSION: 'v1', TEAMS_PRIVACY_URL: 'http://faq.example.org/p' });
    expect(attempt).toThrow(TeamsPackageSettingsError);
    try {
      attempt();
    } catch (error) {
      expect((error as TeamsPackageSettingsError).problems).toEqual([
        'MicrosoftAppId must be a GUID like 12345678-abcd-4ef0-9876-0123456789ab (got "bot").',
        'TEAMS_APP_VERSION must look like 1.0.0 (three numbers; got "v1").',
        'TEAMS_PRIVACY_URL must be an https:// address (got "http://faq.example.org/p").',
      ]);
    }
  });
});

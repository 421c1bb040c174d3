import { readFileSync } from 'node:fs';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWidgetServer, type RunningWidgetServer } from './widgetServer';

let bot: RunningWidgetServer;
beforeAll(async () => {
  bot = await startWidgetServer({
    widget: { botName: 'Aide Portage', primaryColor: '#004488', accentColor: '#aa3300', profile: 'developpeur-back-end', allowedOrigins: ['https://www.example.fr'] },
  });
});
afterAll(() => bot.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${bot.url}${path}`, { headers });

describe('When a site embeds the widget', () => {
  test('the demo page is French and loads the widget with one script tag', async () => {
    const response = await get('/');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/<script src="widget\.js" async><\/script>/);
  });

  test('the loader is served as JavaScript', async () => {
    const response = await get('/widget.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toContain('Ouvrir la discussion avec');
  });

  test('the configuration gives the name, colours, profile and connection, readable from any site', async () => {
    const response = await get('/widget/config');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({
      botName: 'Aide Portage',
      primaryColor: '#004488',
      accentColor: '#aa3300',
      profile: 'developpeur-back-end',
      locale: 'fr-FR',
      directLine: { mode: 'builtin', webSocket: false },
    });
  });

  test('the Web Chat frame may only be embedded by the allowed origins', async () => {
    const response = await get('/widget/frame');
    expect(directives(response)['frame-ancestors']).toBe("'self' https://www.example.fr");
    expect(await response.text()).toContain('<script src="vendor/webchat.js"></script>');
  });
});

/** The Content-Security-Policy of a response, by directive. */
function directives(response: Response): Record<string, string> {
  const policy = response.headers.get('content-security-policy') ?? '';
  return Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources.join(' ')]));
}

describe('When a browser loads the bot’s pages', () => {
  test.each(['/', '/widget/frame'])('%s runs only the bot’s own script files: no inline script, no eval, no plugin, no <base>', async (path) => {
    const response = await get(path);
    const policy = directives(response);
    expect(policy['script-src']).toBe("'self'");
    expect(policy['object-src']).toBe("'none'");
    expect(policy['base-uri']).toBe("'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    // The policy would block an inline script: the page must not have one.
    expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  test('the demo page may not be framed by anyone', async () => {
    expect(directives(await get('/'))['frame-ancestors']).toBe("'none'");
  });

  test.each([
    ['a JSON answer', '/widget/config'],
    ['a JSON error', '/api/ask'],
    ['a page that does not exist', '/nowhere'],
    ['a script', '/widget.js'],
  ])('%s carries nosniff and the referrer policy', async (_what, path) => {
    const response = await get(path);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});

describe('When the widget uses Azure’s Direct Line', () => {
  test('the frame may connect to that Direct Line (REST and WebSocket) and nowhere else', async () => {
    const azure = await startWidgetServer({ directLine: { mode: 'azure', secret: 's', endpoint: 'https://europe.directline.botframework.com/v3/directline' } });
    try {
      const policy = directives(await fetch(`${azure.url}/widget/frame`));
      expect(policy['connect-src']).toBe("'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com");
    } finally {
      await azure.close();
    }
  });
});

describe('When the browser loads Web Chat', () => {
  const bundle = readFileSync('node_modules/botframework-webchat/dist/webchat.js');

  test('the bot serves the botframework-webchat package’s own bundle, no CDN', async () => {
    const response = await get('/widget/vendor/webchat.js');
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bundle)).toBe(true);
  });

  test('it is gzipped for browsers that accept it, about four times smaller', async () => {
    // node:http, not fetch: fetch would unzip it before we can measure it.
    const response = await new Promise<IncomingMessage>((resolve) => httpGet(`${bot.url}/widget/vendor/webchat.js`, { headers: { 'accept-encoding': 'gzip' } }, resolve));
    expect(response.headers['content-encoding']).toBe('gzip');
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect(body.length).toBeLessThan(bundle.length / 3);
    expect(gunzipSync(body).equals(bundle)).toBe(true);
  });

  test('a browser that has it already gets 304 Not Modified', async () => {
    const first = await get('/widget/vendor/webchat.js');
    await first.arrayBuffer();
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const second = await get('/widget/vendor/webchat.js', { 'if-none-match': etag });
    expect(second.status).toBe(304);
  });
});

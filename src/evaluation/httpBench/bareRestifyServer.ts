/**
 * Baseline of `npm run bench:http`: restify alone, the same body reading and JSON parsing as the bot's
 * server, every POST answered `{}`. Run as its own process: `node dist/evaluation/httpBench/bareRestifyServer.js`
 * with PORT set; prints `ready` when listening.
 */
import restify from 'restify';

const server = restify.createServer({ name: 'bare-restify', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyReader({ maxBodySize: 256 * 1024 }));
server.use(restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }));
server.post('/*', (_req, res, next) => {
  res.send(200, {});
  next();
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log('ready'));

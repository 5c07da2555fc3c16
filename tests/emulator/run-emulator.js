// Starts telegram-test-api on 127.0.0.1:PORT (argv[2]) for tst_emulator; prints one line when
// it listens and runs until it is terminated.
'use strict';

const TelegramServer = require('telegram-test-api');

async function main() {
  const port = Number(process.argv[2]);
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  process.stdout.write(`listening ${port}\n`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  process.stderr.write(`emulator failed: ${error}\n`);
  process.exit(1);
});

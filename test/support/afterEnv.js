'use strict';
// n8n-core's SSH clients manager (created whenever node helpers are built) starts a 60 s interval that is
// not unref'd; shut it down after each test file so Jest exits on its own. n8n-core has its own copy of
// @n8n/di, so the container must be taken from there.
const { SSHClientsManager } = require('n8n-core/dist/execution-engine/ssh-clients-manager');

const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] }));

afterAll(() => {
	Container.get(SSHClientsManager).onShutdown();
});

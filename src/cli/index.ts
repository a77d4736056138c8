// The Node entry: the command line and the HTTP service, for Node only. Never imported by
// src/index.ts, so the library itself stays free of Node's modules.

export { type Io, UsageError } from './io.js';
export { COMMANDS, runCli } from './main.js';
export { ENDPOINTS, type Endpoint } from './service/endpoints.js';
export { openApiDocument } from './service/openapi.js';
export {
  createServer,
  SERVICE_DEFAULTS,
  type ServiceHandle,
  type ServiceOptions,
  statusOf,
} from './service/server.js';

/*
 * The listening check's sandbox: unpack an image safely (./unpack.ts), run its entrypoint in a runc
 * container (./runtime.ts), read the ports it listens on (./sockets.ts), as the image's user (./user.ts).
 */
export {
  checkListening,
  describeListening,
  type ListeningCheckOptions,
  type ListeningResult,
  type RunAs,
  SandboxUnavailable,
  userSwitch,
} from './check.js';
export {
  cannotServe,
  isPrivilegedRefusal,
  type ListenFailure,
  parseListenFailure,
  sanitizeOutput,
} from './listen-error.js';
export {
  type Availability,
  availableSandbox,
  describeSandbox,
  type SandboxMode,
  sandboxHostIds,
} from './runtime.js';
export { type ListeningSocket, listeningSockets, parseTcpTable, processTree } from './sockets.js';
export {
  type FileMeta,
  type FileTable,
  imagePath,
  LAYER_LIMITS,
  UnsafeLayerError,
  unpackLayers,
} from './unpack.js';
export {
  describeUser,
  executeDenial,
  imageUserFiles,
  type ProcessUser,
  parseGroup,
  parsePasswd,
  pathInRoot,
  resolveUser,
} from './user.js';

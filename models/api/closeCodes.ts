/**
 * Close codes the sync endpoint uses (documented in server/README.md). Codes 4400–4499 tell the
 * stock y-websocket client not to reconnect (its `shouldReconnect` default); every other code
 * makes it reconnect with backoff and resync, which is what a transient problem needs.
 */
export const CloseCode = {
  /** The server is shutting down; reconnect later. */
  goingAway: 1001,
  /** A text frame, or a message type this server does not speak. */
  unsupportedData: 1003,
  /** A malformed or truncated message, or an update Yjs cannot apply. */
  invalidPayload: 1007,
  /** Presence or updates faster than their budget, or too many messages while loading. */
  policyViolation: 1008,
  /** A message over MAX_MESSAGE_BYTES (sent by the ws library itself). */
  messageTooBig: 1009,
  /** The store failed; the workspace was unloaded and the client should resync. */
  internalError: 1011,
  /** The client reads too slowly: its send buffer passed the limit. It may reconnect. */
  tryAgainLater: 1013,
  /**
   * The update would leave changes waiting for others the server does not have (a clock gap, an
   * unknown origin). Nothing of it was kept; the client reconnects and its resync sends them whole.
   */
  updateIncomplete: 4009,
  /** The token this connection used was rotated; the client needs the new one. */
  tokenRevoked: 4403,
  /**
   * The link (token) already holds MAX_CONNECTIONS_PER_TOKEN open connections to the workspace:
   * this one was refused at once. The browser says so and retries when the planner asks.
   */
  tooManyConnections: 4429,
  /**
   * The update would take the workspace past MAX_WORKSPACE_BYTES (server/store/workspaceSize.ts).
   * Never applied, stored or forwarded; resending it would fail again.
   */
  workspaceFull: 4413,
  /**
   * The update breaks the workbook's schema (models/workbook/schemaRules.ts) or a limit per update
   * (structs, client ids, deleted ranges). Never applied, stored or forwarded; resending it
   * would fail again, so the stock client does not reconnect.
   */
  updateRefused: 4422,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

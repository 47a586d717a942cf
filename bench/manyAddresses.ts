/**
 * The benchmarks' planners all connect from loopback, where a real server sees each job centre
 * from its own address: the per-address connection bounds (server/http/connectionsPerAddress.ts)
 * are lifted for them, or 98 workspaces × 10 editors would be refused with 429 as one flooder.
 */
export const MANY_ADDRESSES_ENV = {
  MAX_CONNECTIONS_PER_ADDRESS: '1000000',
  NEW_CONNECTIONS_PER_ADDRESS_PER_MINUTE: '1000000',
} as const;

// IP protocol names and numbers: the one table the codec's callers, flow keys, the topology, the
// filter language, sessions, the claims schema, the CLI and the web viewer read. Plain JavaScript
// (types in JSDoc, checked by tsc) so that the collector can serve this very file to the browser
// (collector/viewer/serve.ts) instead of the page keeping a copy by hand.

/** IANA protocol numbers of the protocols packetlife names. */
export const IP_PROTOCOLS = Object.freeze(/** @type {const} */ ({ icmp: 1, tcp: 6, udp: 17, sctp: 132 }));

/** @typedef {keyof typeof IP_PROTOCOLS} IpProtocolName */

/** The protocols a user can name in a filter, a session or a claim: the ones the tracer decodes. */
export const TRACED_PROTOCOLS = Object.freeze(/** @type {const} */ (['tcp', 'udp', 'icmp']));

/** @typedef {(typeof TRACED_PROTOCOLS)[number]} TracedProtocolName */

/**
 * "tcp" for 6, "proto 47" for a protocol without a name here.
 * @param {number} n
 * @returns {string}
 */
export function protocolName(n) {
  return n === 6 ? 'tcp' : n === 17 ? 'udp' : n === 1 ? 'icmp' : n === 132 ? 'sctp' : `proto ${n}`;
}

/**
 * The number of a protocol name, any case ("TCP", "udp"); undefined for a name not in the table.
 * @param {string} name
 * @returns {number | undefined}
 */
export function protocolNumber(name) {
  const key = name.toLowerCase();
  return Object.prototype.hasOwnProperty.call(IP_PROTOCOLS, key) ? IP_PROTOCOLS[/** @type {IpProtocolName} */ (key)] : undefined;
}

/**
 * Whether packets of this protocol carry ports (TCP, UDP, SCTP); ICMP has none.
 * @param {number} n
 * @returns {boolean}
 */
export function hasPorts(n) {
  return n === 6 || n === 17 || n === 132;
}

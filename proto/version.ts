/**
 * The version of the agent ↔ collector protocol (proto/packetlife.proto, Hello.protocol_version).
 * Bumped only for a change an older peer cannot read (proto/COMPATIBILITY.md); an agent sends it
 * and a collector accepts exactly this one.
 */
export const PROTOCOL_VERSION = 1;

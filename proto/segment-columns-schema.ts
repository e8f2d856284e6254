/**
 * proto/segment-columns-schema.ts — the fields of packetlife.proto `SegmentColumns` (the flat form
 * of a batch's segments, issue 11): number, name, scalar type and the table whose rows a column
 * has. Shared by the writer (proto/segment-columns-write.ts) and the reader
 * (proto/segment-columns-read.ts); test/proto/segment-columns.test.ts checks it against the
 * generated code.
 */

export type ColumnKind = 'u32' | 's32' | 's64' | 'f32' | 'f64' | 'bytes';
/** The table a column belongs to: its length is that table's row count (or 0: every value 0). */
export type ColumnTable = 'batch' | 'seg' | 'hop' | 'ttl' | 'hopTuple' | 'pkt' | 'addr4' | 'addr6' | 'tup' | 'ct' | 'sct' | 'order' | 'nat' | 'natc' | 'route' | 'rc' | 'drop' | 'reason';
export interface ColumnField {
  no: number;
  /** as in the .proto */
  wireName: string;
  /** as protobufjs names it */
  name: string;
  kind: ColumnKind;
  table: ColumnTable;
}

export const COLUMN_FIELDS: readonly ColumnField[] = [
  { no: 1, wireName: 'base_unix_ns', name: 'baseUnixNs', kind: 'f64', table: 'batch' },
  { no: 2, wireName: 'seg_hops', name: 'segHops', kind: 'u32', table: 'seg' },
  { no: 3, wireName: 'seg_start', name: 'segStart', kind: 's64', table: 'seg' },
  { no: 4, wireName: 'seg_shape', name: 'segShape', kind: 'u32', table: 'seg' },
  { no: 5, wireName: 'seg_node', name: 'segNode', kind: 'u32', table: 'seg' },
  { no: 6, wireName: 'seg_mono', name: 'segMono', kind: 's64', table: 'seg' },
  { no: 7, wireName: 'seg_last_mono', name: 'segLastMono', kind: 's64', table: 'seg' },
  { no: 8, wireName: 'seg_end', name: 'segEnd', kind: 's64', table: 'seg' },
  { no: 9, wireName: 'seg_cts', name: 'segCts', kind: 'u32', table: 'seg' },
  { no: 10, wireName: 'seg_ct_order', name: 'segCtOrder', kind: 'u32', table: 'seg' },
  { no: 11, wireName: 'seg_nats', name: 'segNats', kind: 'u32', table: 'seg' },
  { no: 12, wireName: 'seg_routes', name: 'segRoutes', kind: 'u32', table: 'seg' },
  { no: 13, wireName: 'seg_drops', name: 'segDrops', kind: 'u32', table: 'seg' },
  { no: 14, wireName: 'seg_start_reasons', name: 'segStartReasons', kind: 'u32', table: 'seg' },
  { no: 15, wireName: 'seg_inner_reasons', name: 'segInnerReasons', kind: 'u32', table: 'seg' },
  { no: 16, wireName: 'seg_end_reasons', name: 'segEndReasons', kind: 'u32', table: 'seg' },
  { no: 17, wireName: 'hop_time', name: 'hopTime', kind: 's64', table: 'hop' },
  { no: 18, wireName: 'hop_place_dir', name: 'hopPlaceDir', kind: 'u32', table: 'hop' },
  { no: 19, wireName: 'hop_mark', name: 'hopMark', kind: 'u32', table: 'hop' },
  { no: 20, wireName: 'hop_change', name: 'hopChange', kind: 'u32', table: 'hop' },
  { no: 21, wireName: 'ttl', name: 'ttl', kind: 'u32', table: 'ttl' },
  { no: 22, wireName: 'tuple', name: 'tuple', kind: 'u32', table: 'hopTuple' },
  { no: 23, wireName: 'pkt_ip_version', name: 'pktIpVersion', kind: 'u32', table: 'pkt' },
  { no: 24, wireName: 'pkt_src', name: 'pktSrc', kind: 'u32', table: 'pkt' },
  { no: 25, wireName: 'pkt_dst', name: 'pktDst', kind: 'u32', table: 'pkt' },
  { no: 26, wireName: 'pkt_protocol', name: 'pktProtocol', kind: 'u32', table: 'pkt' },
  { no: 27, wireName: 'pkt_sport', name: 'pktSport', kind: 'u32', table: 'pkt' },
  { no: 28, wireName: 'pkt_dport', name: 'pktDport', kind: 'u32', table: 'pkt' },
  { no: 29, wireName: 'pkt_ip_id', name: 'pktIpId', kind: 'u32', table: 'pkt' },
  { no: 30, wireName: 'pkt_ttl', name: 'pktTtl', kind: 'u32', table: 'pkt' },
  { no: 31, wireName: 'pkt_length', name: 'pktLength', kind: 'u32', table: 'pkt' },
  { no: 32, wireName: 'pkt_tcp_flags', name: 'pktTcpFlags', kind: 'u32', table: 'pkt' },
  { no: 33, wireName: 'pkt_tcp_seq', name: 'pktTcpSeq', kind: 'u32', table: 'pkt' },
  { no: 34, wireName: 'pkt_tcp_ack', name: 'pktTcpAck', kind: 'u32', table: 'pkt' },
  { no: 35, wireName: 'pkt_icmp_type', name: 'pktIcmpType', kind: 'u32', table: 'pkt' },
  { no: 36, wireName: 'pkt_icmp_code', name: 'pktIcmpCode', kind: 'u32', table: 'pkt' },
  { no: 37, wireName: 'pkt_icmp_id', name: 'pktIcmpId', kind: 'u32', table: 'pkt' },
  { no: 38, wireName: 'pkt_icmp_seq', name: 'pktIcmpSeq', kind: 'u32', table: 'pkt' },
  { no: 39, wireName: 'addr_v4', name: 'addrV4', kind: 'f32', table: 'addr4' },
  { no: 40, wireName: 'addr_v6', name: 'addrV6', kind: 'bytes', table: 'addr6' },
  { no: 41, wireName: 'tup_src', name: 'tupSrc', kind: 'u32', table: 'tup' },
  { no: 42, wireName: 'tup_dst', name: 'tupDst', kind: 'u32', table: 'tup' },
  { no: 43, wireName: 'tup_sport', name: 'tupSport', kind: 'u32', table: 'tup' },
  { no: 44, wireName: 'tup_dport', name: 'tupDport', kind: 'u32', table: 'tup' },
  { no: 45, wireName: 'tup_protocol', name: 'tupProtocol', kind: 'u32', table: 'tup' },
  { no: 46, wireName: 'ct_id', name: 'ctId', kind: 'f64', table: 'ct' },
  { no: 47, wireName: 'ct_original', name: 'ctOriginal', kind: 'u32', table: 'ct' },
  { no: 48, wireName: 'ct_reply', name: 'ctReply', kind: 'u32', table: 'ct' },
  { no: 49, wireName: 'sct_ct', name: 'sctCt', kind: 'u32', table: 'sct' },
  { no: 50, wireName: 'sct_status', name: 'sctStatus', kind: 'u32', table: 'sct' },
  { no: 51, wireName: 'sct_info', name: 'sctInfo', kind: 'u32', table: 'sct' },
  { no: 52, wireName: 'sct_mark', name: 'sctMark', kind: 'u32', table: 'sct' },
  { no: 53, wireName: 'ct_order', name: 'ctOrder', kind: 'u32', table: 'order' },
  { no: 54, wireName: 'nat_node', name: 'natNode', kind: 'u32', table: 'nat' },
  { no: 55, wireName: 'nat_kind', name: 'natKind', kind: 'u32', table: 'nat' },
  { no: 56, wireName: 'nat_after_hop', name: 'natAfterHop', kind: 's32', table: 'nat' },
  { no: 57, wireName: 'nat_before', name: 'natBefore', kind: 'u32', table: 'nat' },
  { no: 58, wireName: 'nat_after', name: 'natAfter', kind: 'u32', table: 'nat' },
  { no: 59, wireName: 'nat_ct', name: 'natCt', kind: 'u32', table: 'nat' },
  { no: 60, wireName: 'nat_flags', name: 'natFlags', kind: 'u32', table: 'nat' },
  { no: 61, wireName: 'nat_reason', name: 'natReason', kind: 'u32', table: 'nat' },
  { no: 62, wireName: 'nat_cause', name: 'natCause', kind: 'u32', table: 'nat' },
  { no: 63, wireName: 'nat_service', name: 'natService', kind: 'u32', table: 'nat' },
  { no: 64, wireName: 'nat_endpoint_pod', name: 'natEndpointPod', kind: 'u32', table: 'nat' },
  { no: 65, wireName: 'natc_status', name: 'natcStatus', kind: 'u32', table: 'natc' },
  { no: 66, wireName: 'natc_original', name: 'natcOriginal', kind: 'u32', table: 'natc' },
  { no: 67, wireName: 'natc_reply', name: 'natcReply', kind: 'u32', table: 'natc' },
  { no: 68, wireName: 'route_node', name: 'routeNode', kind: 'u32', table: 'route' },
  { no: 69, wireName: 'route_at_hop', name: 'routeAtHop', kind: 's32', table: 'route' },
  { no: 70, wireName: 'route_table', name: 'routeTable', kind: 'u32', table: 'route' },
  { no: 71, wireName: 'route_table_name', name: 'routeTableName', kind: 'u32', table: 'route' },
  { no: 72, wireName: 'route_dst', name: 'routeDst', kind: 'u32', table: 'route' },
  { no: 73, wireName: 'route_gateway', name: 'routeGateway', kind: 'u32', table: 'route' },
  { no: 74, wireName: 'route_dev', name: 'routeDev', kind: 'u32', table: 'route' },
  { no: 75, wireName: 'route_eni', name: 'routeEni', kind: 'u32', table: 'route' },
  { no: 76, wireName: 'route_flags', name: 'routeFlags', kind: 'u32', table: 'route' },
  { no: 77, wireName: 'route_error', name: 'routeError', kind: 's32', table: 'route' },
  { no: 78, wireName: 'route_consulted', name: 'routeConsulted', kind: 'u32', table: 'route' },
  { no: 79, wireName: 'rc_table', name: 'rcTable', kind: 'u32', table: 'rc' },
  { no: 80, wireName: 'rc_table_name', name: 'rcTableName', kind: 'u32', table: 'rc' },
  { no: 81, wireName: 'rc_error', name: 'rcError', kind: 's32', table: 'rc' },
  { no: 82, wireName: 'drop_node', name: 'dropNode', kind: 'u32', table: 'drop' },
  { no: 83, wireName: 'drop_at_hop', name: 'dropAtHop', kind: 's32', table: 'drop' },
  { no: 84, wireName: 'drop_reason', name: 'dropReason', kind: 'u32', table: 'drop' },
  { no: 85, wireName: 'drop_place', name: 'dropPlace', kind: 'u32', table: 'drop' },
  { no: 86, wireName: 'drop_time', name: 'dropTime', kind: 's64', table: 'drop' },
  { no: 87, wireName: 'drop_meaning', name: 'dropMeaning', kind: 'u32', table: 'drop' },
  { no: 88, wireName: 'reason_code', name: 'reasonCode', kind: 'u32', table: 'reason' },
  { no: 89, wireName: 'reason_node', name: 'reasonNode', kind: 'u32', table: 'reason' },
  { no: 90, wireName: 'reason_text', name: 'reasonText', kind: 'u32', table: 'reason' },
  { no: 91, wireName: 'seg_start_sec', name: 'segStartSec', kind: 's64', table: 'seg' },
  { no: 92, wireName: 'seg_first_mono', name: 'segFirstMono', kind: 's64', table: 'seg' },
];

/** By field number. */
export const COLUMN_BY_NO: readonly (ColumnField | undefined)[] = (() => {
  const a: (ColumnField | undefined)[] = [];
  for (const f of COLUMN_FIELDS) a[f.no] = f;
  return a;
})();

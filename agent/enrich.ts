/**
 * Completes parsed events: node name, wall-clock time (from the monotonic stamp), interface
 * name when the line had none (route lookups, skbs without a device), the pod owning the netns,
 * and drop reason names. Works in place: events are fresh objects from the parser.
 */
import type { PacketEvent } from '../common/event.js';
import type { MonoClock } from './clock.js';
import { dropReasonName } from './drop-reasons.js';
import type { NameBook } from './snapshot.js';

export class Enricher {
  private names: NameBook = { ifnames: new Map(), pods: new Map(), gateways: new Map(), devices: new Map() };

  constructor(
    private readonly node: string,
    private readonly clock: MonoClock,
    private readonly dropReasons: Map<number, string>,
  ) {}

  setNames(names: NameBook): void {
    this.names = names;
  }

  /**
   * False for a route event that cannot belong to the netns it was attributed to. Address-type
   * queries (fib lookups with iif 0: iptables addrtype, ARP processing) run in softirq for
   * whatever netns the packet being handled is in; when that packet is not IPv4 (ARP) the CPU
   * tie points at the wrong netns. Such a lookup names a device its attributed netns does not
   * have, per the snapshot. Input-path lookups are tied to the receive on the same CPU, and on a
   * loaded CPU softirq work of another netns can come between the two: the same check catches
   * those, since a route's result device always lives in the netns that looked it up. Only
   * applied when the snapshot knows the netns.
   */
  plausible(event: PacketEvent): boolean {
    const r = event.route;
    if (!r || r.resultDev === '-' || r.resultDev === '') return true;
    const devices = this.names.devices.get(event.netns);
    return devices === undefined || devices.has(r.resultDev);
  }

  enrich(event: PacketEvent): PacketEvent {
    event.node = this.node;
    event.wallUnixNs = this.clock.toWallNs(event.monoNs);
    if (event.ifname === '' && event.ifindex > 0) {
      event.ifname = this.names.ifnames.get(`${event.netns}:${event.ifindex}`) ?? '';
    }
    const pod = this.names.pods.get(event.netns);
    if (pod) event.pod = pod;
    if (event.route) {
      // fib_table_lookup leaves its gateway bytes stale when the next hop has none; a gateway
      // no route of this netns names is such a leftover.
      const known = this.names.gateways.get(event.netns);
      if (event.route.error !== 0 || (known && event.route.gateway !== '0.0.0.0' && !known.has(event.route.gateway))) {
        event.route.gateway = '0.0.0.0';
      }
    }
    if (event.drop) event.drop.reason = dropReasonName(this.dropReasons, event.drop.reasonCode);
    return event;
  }
}

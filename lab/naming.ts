/**
 * Names of everything the lab creates. Every network namespace starts with `plab-LAB-`, which is
 * what lets `lab down` find and remove a lab after a crash without any state file.
 */
import { createHash } from 'node:crypto';

export const NETNS_PREFIX = 'plab-';

/** Lab names appear inside netns names: short, and without "-" so that plab-NAME- never prefixes another lab's names. */
export const LAB_NAME_PATTERN = /^[a-z0-9]{1,12}$/;

export function labPrefix(lab: string): string {
  return `${NETNS_PREFIX}${lab}-`;
}

export const netnsName = {
  node: (lab: string, node: string): string => `${labPrefix(lab)}${node}`,
  pod: (lab: string, namespace: string, name: string): string => `${labPrefix(lab)}pod-${namespace}-${name}`,
  vpc: (lab: string): string => `${labPrefix(lab)}vpc`,
  natgw: (lab: string): string => `${labPrefix(lab)}natgw`,
  internet: (lab: string): string => `${labPrefix(lab)}internet`,
  nlb: (lab: string): string => `${labPrefix(lab)}nlb`,
  alb: (lab: string): string => `${labPrefix(lab)}alb`,
};

/** Amazon VPC CNI names the host side of a pod's veth `eni` + sha1("NAMESPACE.PODNAME")[:11]. */
export function hostVethName(namespace: string, name: string): string {
  return `eni${createHash('sha1').update(`${namespace}.${name}`).digest('hex').slice(0, 11)}`;
}

/** The pod side of its veth, as every CNI names it. */
export const POD_IFNAME = 'eth0';

/** The VPC router's end of the link to a node's ENI: `n<node index, 1-based>-<device>` (<= 15 chars). */
export function routerEniLink(nodeIndex: number, device: string): string {
  return `n${nodeIndex + 1}-${device}`;
}

/** Device names on the links between the VPC router, the gateways and the internet host. */
export const LINK = {
  routerToNatgw: 'natgw',
  routerToNlb: 'nlb',
  routerToAlb: 'alb',
  /** In the natgw, nlb and alb netns: toward the VPC router and toward the internet host. */
  toVpc: 'vpc',
  toInternet: 'internet',
  internetToNatgw: 'natgw',
  internetToNlb: 'nlb',
  internetToAlb: 'alb',
} as const;

/** The VPC router's own address on its point-to-point links to the NAT gateway and load balancers. */
export const ROUTER_EDGE_IP = '10.0.100.1';

/** Where lab state lives; /run is a tmpfs, so a reboot forgets labs along with their netns. */
export const LABS_DIR = '/run/packetlife/labs';

/**
 * kube-proxy's service health check server for one node: for each LoadBalancer service with
 * externalTrafficPolicy Local, `GET /` on its healthCheckNodePort answers 200 when this node has
 * local endpoints and 503 when it has none, with kube-proxy's JSON body. Load balancers use it to
 * send traffic only to nodes that can serve it locally.
 */
import { createServer } from 'node:http';
import { required, serverArgs, signalReady } from './args.js';

const args = serverArgs({ services: { type: 'string' } });
// --services PORT=NAMESPACE/NAME=LOCAL_ENDPOINTS,...
const services = required(args.services, 'services')
  .split(',')
  .map((s) => {
    const [port, key, count] = s.split('=') as [string, string, string];
    const [namespace, name] = key.split('/') as [string, string];
    return { port: Number(port), namespace, name, localEndpoints: Number(count) };
  });

let pending = services.length;
for (const svc of services) {
  createServer((req, res) => {
    req.resume();
    res.writeHead(svc.localEndpoints > 0 ? 200 : 503, { 'content-type': 'application/json', 'x-content-type-options': 'nosniff' });
    res.end(
      `${JSON.stringify({ service: { namespace: svc.namespace, name: svc.name }, localEndpoints: svc.localEndpoints, serviceProxyHealthy: true })}\n`,
    );
  }).listen(svc.port, '0.0.0.0', () => {
    if (--pending === 0) signalReady(args.ready);
  });
}

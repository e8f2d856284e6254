/**
 * UDP load for the agent benchmarks, run inside a bench netns: sends 64-byte datagrams to
 * HOST:PORT as fast as the event loop allows, for at most SECONDS and at most MAX packets
 * (bounded in time and count), keeping at most 256 sends in flight. Prints the count sent and
 * the milliseconds it took (wall, then CPU).
 *
 *   node dist/bench/agent-sender.js HOST PORT SECONDS MAX [PPS]
 * PPS (optional) paces the sending to about that many packets per second.
 */
import { createSocket } from 'node:dgram';

const [host = '10.99.1.2', portText = '9000', secondsText = '2', maxText = '1000000', ppsText = '0'] = process.argv.slice(2);
const port = Number(portText);
const deadline = Date.now() + Number(secondsText) * 1000;
const max = Number(maxText);
const pps = Number(ppsText);
const payload = Buffer.alloc(64, 0x61);
const socket = createSocket('udp4');
let sent = 0;
let inFlight = 0;
const started = Date.now();

function pump(): void {
  const now = Date.now();
  if (now >= deadline || sent >= max) {
    if (inFlight === 0) finish();
    return;
  }
  const allowed = pps > 0 ? Math.min(max, Math.floor(((now - started) / 1000) * pps)) : max;
  while (inFlight < 256 && sent < allowed) {
    inFlight++;
    sent++;
    socket.send(payload, done);
  }
  if (pps > 0 && inFlight === 0) setTimeout(pump, 1);
}

function done(): void {
  inFlight--;
  if (inFlight < 128) setImmediate(pump);
}

let finished = false;
function finish(): void {
  if (finished) return;
  finished = true;
  socket.close();
  const cpu = process.cpuUsage();
  process.stdout.write(`${sent} ${Date.now() - started} ${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`);
}

socket.connect(port, host, () => pump());

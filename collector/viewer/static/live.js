/* global WebSocket, fetch, location, setInterval, clearInterval, setTimeout, clearTimeout -- browser module */
// New traces as they are made: the collector's /api/stream WebSocket, and while that is down,
// polling /api/traces (retrying the socket meanwhile). The page's URL may force polling with
// ?live=poll (useful behind proxies that do not pass WebSockets).

export async function fetchJson(path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`${path}: answer ${res.status} is not JSON`);
  }
  if (!res.ok) {
    const err = new Error(typeof body?.error === 'string' ? body.error : `${path}: HTTP ${res.status}`);
    err.status = res.status;
    throw err;
  }
  return body;
}

export class LiveTraces {
  /**
   * @param {object} o
   * @param {() => URLSearchParams} o.query  the current filters
   * @param {(traces: object[]) => void} o.onTraces  new or updated traces
   * @param {(mode: 'live'|'polling'|'connecting', detail: string) => void} o.onStatus
   */
  constructor({ query, onTraces, onStatus, pollMs = 2000, retryMs = 5000, forcePoll = false }) {
    Object.assign(this, { query, onTraces, onStatus, pollMs, retryMs, forcePoll });
    this.generation = 0;
    this.socket = undefined;
    this.pollTimer = undefined;
    this.retryTimer = undefined;
  }

  /** (Re)starts with the current filters; earlier sockets and timers are abandoned. */
  start() {
    this.stop();
    const gen = ++this.generation;
    if (this.forcePoll) return this.poll(gen, 'polling (set by ?live=poll)');
    this.onStatus('connecting', 'connecting to the live stream…');
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const qs = this.query().toString();
    let ws;
    try {
      ws = new WebSocket(`${proto}//${location.host}/api/stream${qs ? `?${qs}` : ''}`);
    } catch (err) {
      return this.poll(gen, `polling: live stream unavailable (${err.message})`);
    }
    this.socket = ws;
    ws.addEventListener('open', () => {
      if (gen !== this.generation) return;
      this.stopPolling();
      this.onStatus('live', 'live');
      void this.fetchOnce(gen); // whatever arrived while the socket was down
    });
    ws.addEventListener('message', (ev) => {
      if (gen !== this.generation) return;
      let t;
      try {
        t = JSON.parse(ev.data);
      } catch {
        return; // not a trace; the stream only sends JSON traces
      }
      if (t && typeof t.id === 'string') this.onTraces([t]);
    });
    ws.addEventListener('close', () => {
      if (gen !== this.generation) return;
      this.socket = undefined;
      this.poll(gen, `polling every ${this.pollMs / 1000} s: live stream closed, retrying`);
      this.retryTimer = setTimeout(() => {
        if (gen === this.generation) this.start();
      }, this.retryMs);
    });
  }

  stop() {
    this.generation++;
    this.stopPolling();
    clearTimeout(this.retryTimer);
    if (this.socket) {
      const s = this.socket;
      this.socket = undefined;
      s.close();
    }
  }

  stopPolling() {
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
  }

  poll(gen, why) {
    this.onStatus('polling', why);
    if (this.pollTimer === undefined) {
      this.pollTimer = setInterval(() => void this.fetchOnce(gen), this.pollMs);
      void this.fetchOnce(gen);
    }
  }

  async fetchOnce(gen) {
    const q = this.query();
    q.set('limit', '100');
    try {
      const list = await fetchJson(`/api/traces?${q}`);
      if (gen === this.generation && Array.isArray(list)) this.onTraces(list);
    } catch (err) {
      if (gen === this.generation) this.onStatus(this.socket ? 'live' : 'polling', `could not fetch traces: ${err.message}`);
    }
  }
}

/* global WebSocket, fetch, location, URL, document, setInterval, clearInterval, setTimeout, clearTimeout, sessionStorage, history, prompt, btoa, TextEncoder -- browser module */
// New traces as they are made: the collector's /api/stream WebSocket, and while that is down,
// polling /api/traces (retrying the socket meanwhile). The page's URL may force polling with
// ?live=poll (useful behind proxies that do not pass WebSockets).

// The collector's API needs a bearer token. It comes once in the link (#token=…, never sent to
// the server, removed from the address bar at once) or from a prompt, and is kept for this tab
// only (sessionStorage). A refused token is forgotten, so a reload asks again.
const TOKEN_KEY = 'packetlife-token';

export function apiToken() {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    const rest = location.hash.slice(1).split('&').filter((kv) => !kv.startsWith('token=')).join('&');
    history.replaceState(null, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  }
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

/** Asked only when the collector wants a token it does not have (HTTP 401). */
function askToken() {
  const t = (prompt('packetlife collector token (a local collector keeps it in its run directory: user.token)') || '').trim();
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
  return t;
}

function base64url(s) {
  let bin = '';
  for (const b of new TextEncoder().encode(s)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A file from the API (a pcapng) saved as a download. A plain link cannot carry the bearer
 * token, so the page fetches it with the token and hands the browser the bytes.
 */
export async function downloadFile(path, filename) {
  const token = apiToken();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function fetchJson(path) {
  const get = (token) => fetch(path, { headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  let res = await get(apiToken());
  if (res.status === 401) {
    const token = askToken();
    if (token) res = await get(token);
  }
  if (res.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    const err = new Error('the collector refused the token: reload the page to enter another');
    err.status = 401;
    throw err;
  }
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
      // a browser cannot put headers on a WebSocket: the token rides as a subprotocol
      const token = apiToken();
      ws = new WebSocket(`${proto}//${location.host}/api/stream${qs ? `?${qs}` : ''}`, ['packetlife', ...(token ? [`bearer.${base64url(token)}`] : [])]);
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

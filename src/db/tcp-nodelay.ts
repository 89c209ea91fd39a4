// TCP_NODELAY on the driver's Bolt sockets. neo4j-driver 5 opens them with net.connect / tls.connect
// and never disables Nagle's algorithm (it has no option for it), so a Bolt message over a few KB
// waits for the peer's delayed ACK: about 40 ms per round trip on a query that runs in 1 ms.
// Node's own HTTP client and server set TCP_NODELAY for the same reason. The driver looks
// `connect` up on the module object at every call, so wrapping it there reaches every socket it
// opens; the wrapper only adds setNoDelay(true) and is installed once per process.
import net from "node:net";
import tls from "node:tls";

let installed = false;

export function installTcpNoDelay(): void {
  if (installed) return;
  installed = true;
  const plain = net.connect;
  const secure = tls.connect;
  net.connect = function connect(this: unknown, ...args: unknown[]) {
    const socket = (plain as (...a: unknown[]) => net.Socket).apply(this, args);
    socket.setNoDelay(true);
    return socket;
  } as typeof net.connect;
  tls.connect = function connect(this: unknown, ...args: unknown[]) {
    const socket = (secure as (...a: unknown[]) => tls.TLSSocket).apply(this, args);
    socket.setNoDelay(true);
    return socket;
  } as typeof tls.connect;
}

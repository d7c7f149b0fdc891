#!/usr/bin/env python3
"""Edit-to-visible time of `casebook serve`: what a contributor waits for after saving a case.

    python3 bench/serve-latency.py ARCHIVE_FOLDER [--binary PATH] [--edits 20]

ARCHIVE_FOLDER holds content/ and templates/ (bench/generate.py makes one). The script
starts the server on a free port, listens to its reload events as a browser would, then
edits one case file again and again. Each time it measures from just before the file is
written to the moment an HTTP GET of the case page returns the new text, going the way the
injected script goes: wait for the reload event, ask whether the page changed (HEAD and
its ETag), then GET it. It prints the median, 90th percentile and worst time.
The case file is restored at the end.
"""
import argparse
import http.client
import socket
import statistics
import threading
import time

from serve_common import EditedCase, start_server


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("archive")
    parser.add_argument("--binary", default=".build/release/casebook")
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()

    case = EditedCase(args.archive, 0.5)
    started = time.monotonic()
    server, address = start_server(args.binary, args.archive)
    port = int(address.rstrip("/").rsplit(":", 1)[1])
    try:
        print(f"{case.count} cases; serving after {time.monotonic() - started:.2f} s", flush=True)
        events = EventListener(port)
        page = f"/cases/{case.id}/index.html"
        get(port, page)  # the browser has the page open
        times = []
        for n in range(args.edits):
            marker = f"Edited title number {n} {time.time_ns()}"
            seen = events.count
            t0 = time.monotonic()
            case.retitle(marker)
            while True:
                events.wait_beyond(seen, timeout=10)
                seen = events.count
                status, headers, _ = request(port, "HEAD", page)
                _, _, body = request(port, "GET", page)
                if marker in body:
                    break
            times.append((time.monotonic() - t0) * 1000)
            time.sleep(1.5)  # let the full link that follows finish, as between two saves
        times.sort()
        p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
        print(f"edit to visible over {len(times)} edits: median {statistics.median(times):.1f} ms, "
              f"90th percentile {p90:.1f} ms, worst {times[-1]:.1f} ms")
    finally:
        case.restore()
        server.terminate()
        server.wait(timeout=10)


def request(port, method, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, dict(response.getheaders()), body


def get(port, path):
    return request(port, "GET", path)[2]


class EventListener:
    """Counts the server-sent events of /__casebook/events, read on a thread."""

    def __init__(self, port):
        self.count = 0
        self.condition = threading.Condition()
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"GET /__casebook/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        buffer = b""
        while True:
            chunk = self.sock.recv(65536)
            if not chunk:
                return
            buffer += chunk
            while b"\ndata:" in buffer:
                _, buffer = buffer.split(b"\ndata:", 1)
                with self.condition:
                    self.count += 1
                    self.condition.notify_all()

    def wait_beyond(self, seen, timeout):
        with self.condition:
            if not self.condition.wait_for(lambda: self.count > seen, timeout=timeout):
                raise TimeoutError("no reload event")


if __name__ == "__main__":
    main()

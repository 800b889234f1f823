"""``answerlint server --tcp HOST:PORT`` speaks LSP on a socket, for debugging."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time



def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return f"Content-Length: {len(body)}\r\n\r\n".encode() + body


def read_message(connection: socket.socket) -> dict:
    data = b""
    while b"\r\n\r\n" not in data:
        data += connection.recv(4096)
    header, _, body = data.partition(b"\r\n\r\n")
    length = int(next(line for line in header.split(b"\r\n") if line.lower().startswith(b"content-length")).split(b":")[1])
    while len(body) < length:
        body += connection.recv(4096)
    return json.loads(body[:length])


def test_tcp_initialize():
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "answerlint", "server", "--tcp", f"127.0.0.1:{port}"])
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                connection = socket.create_connection(("127.0.0.1", port), timeout=60)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        with connection:
            connection.sendall(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}))
            reply = read_message(connection)
            assert reply["id"] == 1
            assert reply["result"]["serverInfo"]["name"] == "answerlint"
            assert reply["result"]["capabilities"]["positionEncoding"] == "utf-16"
    finally:
        server.terminate()
        server.wait(30)


def test_tcp_needs_host_and_port():
    result = subprocess.run(
        [sys.executable, "-m", "answerlint", "server", "--tcp", "localhost"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "HOST:PORT" in result.stderr


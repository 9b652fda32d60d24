"""A TCP proxy that can cut the line, for outage runs without touching the machine's shared servers.

    python3 bench/chaos/proxy.py LISTEN_PORT UPSTREAM_PORT

Listens on 127.0.0.1:LISTEN_PORT and forwards to 127.0.0.1:UPSTREAM_PORT. SIGUSR1 cuts: every open connection is
closed and the listening socket too, so new connections are refused, as when the server is down. SIGUSR2 restores.
"""
import asyncio
import signal
import sys

HOST = "127.0.0.1"


class Proxy:

    def __init__(self, listen_port, upstream_port):
        self.listen_port = listen_port
        self.upstream_port = upstream_port
        self.server = None
        self.writers = set()

    async def open(self):
        if self.server is not None:
            return
        self.server = await asyncio.start_server(self.accept, HOST, self.listen_port, reuse_address=True)
        print(f"proxy {self.listen_port} -> {self.upstream_port}: open", flush=True)

    async def cut(self):
        if self.server is None:
            return
        self.server.close()
        self.server = None
        for writer in list(self.writers):
            writer.transport.abort()
        self.writers.clear()
        print(f"proxy {self.listen_port} -> {self.upstream_port}: cut", flush=True)

    async def accept(self, client_reader, client_writer):
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(HOST, self.upstream_port)
        except OSError:
            client_writer.transport.abort()
            return
        pair = (client_writer, upstream_writer)
        self.writers.update(pair)
        await asyncio.gather(self.pipe(client_reader, upstream_writer), self.pipe(upstream_reader, client_writer))
        self.writers.difference_update(pair)

    @staticmethod
    async def pipe(reader, writer):
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.transport.abort()


async def main():
    proxy = Proxy(int(sys.argv[1]), int(sys.argv[2]))
    await proxy.open()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, lambda: asyncio.ensure_future(proxy.cut()))
    loop.add_signal_handler(signal.SIGUSR2, lambda: asyncio.ensure_future(proxy.open()))
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    await proxy.cut()


if __name__ == "__main__":
    asyncio.run(main())

package io.recruitbot.ops.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP pass-through to a real server that a test can cut and restore, to make a dependency go away and come back
 * without stopping the shared server itself.
 */
final class TcpProxy implements AutoCloseable {

	private final int port;

	private final String targetHost;

	private final int targetPort;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			this.port = probe.getLocalPort();
		}
		restore();
	}

	int port() {
		return this.port;
	}

	/** Accepts connections again, on the same port. */
	synchronized void restore() throws IOException {
		ServerSocket listening = new ServerSocket();
		listening.setReuseAddress(true);
		listening.bind(new InetSocketAddress("127.0.0.1", this.port));
		this.server = listening;
		Thread acceptor = new Thread(() -> accept(listening), "tcp-proxy-" + this.port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Refuses new connections and drops the open ones. */
	synchronized void cut() throws IOException {
		this.server.close();
		for (Socket socket : this.open) {
			socket.close();
		}
		this.open.clear();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket target = new Socket(this.targetHost, this.targetPort);
				this.open.add(client);
				this.open.add(target);
				pipe(client, target);
				pipe(target, client);
			}
			catch (IOException ex) {
				// closed by cut()
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// either side went away
			}
			finally {
				try {
					from.close();
					to.close();
				}
				catch (IOException ex) {
					// already closed
				}
			}
		});
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	static int closedPort() throws IOException {
		try (ServerSocket probe = new ServerSocket(0)) {
			return probe.getLocalPort();
		}
	}

}

package io.recruitbot.ops.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.recruitbot.system.TestDatabases;

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

	private volatile long refuseNanos;

	private volatile long firstConnectionAt = -1;

	private final AtomicInteger refused = new AtomicInteger();

	TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			this.port = probe.getLocalPort();
		}
		restore();
	}

	/** A proxy in front of the tests' PostgreSQL ({@link TestDatabases#POSTGRES_URL}). */
	static TcpProxy toTestPostgres() throws IOException {
		URI real = testPostgres();
		return new TcpProxy(real.getHost(), real.getPort());
	}

	int port() {
		return this.port;
	}

	/** The JDBC URL of the tests' PostgreSQL database reached through this proxy. */
	String testPostgresUrl() {
		URI real = testPostgres();
		return "jdbc:postgresql://127.0.0.1:" + this.port + real.getRawPath() + "?" + real.getRawQuery();
	}

	private static URI testPostgres() {
		return URI.create(TestDatabases.POSTGRES_URL.substring("jdbc:".length()));
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

	/**
	 * Drops every connection for this long after the first one arrives, as a server that is still starting does; timed
	 * from the first connection, not from now, so a client that starts slowly still meets it.
	 */
	void refuseAtFirst(Duration duration) {
		this.refuseNanos = duration.toNanos();
	}

	/** The connections dropped by {@link #refuseAtFirst(Duration)}. */
	int refused() {
		return this.refused.get();
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
				if (refusing()) {
					this.refused.incrementAndGet();
					client.close();
					continue;
				}
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

	private synchronized boolean refusing() {
		if (this.firstConnectionAt < 0) {
			this.firstConnectionAt = System.nanoTime();
		}
		return System.nanoTime() - this.firstConnectionAt < this.refuseNanos;
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

package io.recruitbot.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket: the request line and headers go out byte for byte as written, which no HTTP client
 * does (they normalise paths, encode characters, refuse control characters).
 */
public record RawHttp(int port) {

	/** Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and reads the answer. */
	public Answer send(String head) {
		return send(head, "");
	}

	/** Sends {@code head}, then {@code body} as it is (give the headers that describe it). */
	public Answer send(String head, String body) {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Answer.read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		static Answer read(InputStream in) throws IOException {
			String statusLine = line(in);
			Map<String, String> headers = new LinkedHashMap<>();
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				int colon = header.indexOf(':');
				headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
			}
			byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? chunks(in) : in.readAllBytes();
			return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] chunks(InputStream in) throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
			return body.toByteArray();
		}

		private static String line(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int b = in.read(); b != '\n' && b != -1; b = in.read()) {
				if (b != '\r') {
					line.write(b);
				}
			}
			return line.toString(StandardCharsets.ISO_8859_1);
		}

	}

}

package io.recruitbot.whatsapp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file a candidate sent, as the provider hands it over: read it once, then close it (which ends the download).
 *
 * @param size its length in bytes when the provider said it, else -1
 * @param content the bytes; reading past the limit the gateway was given fails instead of going on
 */
record MediaFile(long size, InputStream content) implements AutoCloseable {

	/** The bytes of {@code content}, refused once more than {@code largest} have come. */
	static MediaFile limited(long size, InputStream content, long largest) {
		return new MediaFile(size, new Limited(content, largest));
	}

	@Override
	public void close() throws IOException {
		this.content.close();
	}

	/** Stops a provider that sends more than it announced, or more than WhatsApp allows. */
	private static final class Limited extends FilterInputStream {

		private long left;

		Limited(InputStream in, long largest) {
			super(in);
			this.left = largest;
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			count((read < 0) ? -1 : 1);
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			count(read);
			return read;
		}

		private void count(int read) throws IOException {
			if (read > 0) {
				this.left -= read;
				if (this.left < 0) {
					throw new IOException("The file is larger than WhatsApp allows");
				}
			}
		}

	}

}

package io.recruitbot.whatsapp;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The files the simulator "sent", kept in memory under a media id of their own as WhatsApp keeps a candidate's file,
 * so that the sandbox gateway hands them over the way a provider does. Bounded: a file of at most {@link #LARGEST_FILE}
 * bytes, at most {@link #KEPT_BYTES} in all (the oldest files go first); gone with a restart, like the sandbox itself.
 */
@Component
public class SandboxMedia {

	static final int LARGEST_FILE = 5 * 1024 * 1024;

	static final long KEPT_BYTES = 25L * 1024 * 1024;

	private final Map<String, File> files = new LinkedHashMap<>();

	private long keptBytes;

	/** A file the simulator sent, as a webhook would name it. */
	public record File(String id, String mimeType, String fileName, byte[] bytes) {
	}

	/**
	 * Keeps the file and answers its media id.
	 * @throws IllegalArgumentException when it is empty, larger than {@link #LARGEST_FILE} or WhatsApp's limit for its
	 * type, or of a type WhatsApp does not send
	 */
	public File keep(String mimeType, String fileName, byte[] bytes) {
		String type = MediaLimits.known(mimeType);
		if (type == null) {
			throw new IllegalArgumentException("WhatsApp does not send files of this type.");
		}
		long largest = Math.min(LARGEST_FILE, MediaLimits.largest(type));
		if (bytes.length == 0 || bytes.length > largest) {
			throw new IllegalArgumentException("The file must hold between 1 byte and " + (largest / 1024) + " KB.");
		}
		File file = new File("sandbox-media-" + UUID.randomUUID(), type, fileName, bytes);
		synchronized (this.files) {
			this.files.put(file.id(), file);
			this.keptBytes += bytes.length;
			Iterator<File> oldest = this.files.values().iterator();
			while (this.keptBytes > KEPT_BYTES && oldest.hasNext()) {
				this.keptBytes -= oldest.next().bytes().length;
				oldest.remove();
			}
		}
		return file;
	}

	public Optional<File> find(String id) {
		synchronized (this.files) {
			return Optional.ofNullable(this.files.get(id));
		}
	}

}

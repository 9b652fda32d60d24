package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.util.function.SingletonSupplier;

/**
 * A typing slip in the domain of an e-mail address: "gmail.con", "hotmial.com", "outlook.nll" are one slip away from a
 * domain candidates use most ({@code understanding/email-domains.txt}), and ".con", ".cmo" or ".ocm" end no address.
 * The bot asks about the address most likely meant and keeps the one typed until the candidate sends another: an
 * address a recruiter cannot reach is a candidate lost, but only the candidate knows their address.
 */
public final class EmailTypos {

	private static final Supplier<Set<String>> DOMAINS = SingletonSupplier
		.of(() -> Set.copyOf(ResourceLines.read("/understanding/email-domains.txt")));

	private static final Pattern MISTYPED_COM = Pattern.compile("\\.(?:con|cmo|ocm|vom|xom|coom|comm)$");

	private static final int SLIPS = 1;

	private EmailTypos() {
	}

	/** The address the candidate most likely meant, when the domain of the one they typed looks mistyped. */
	public static Optional<String> likelyMeant(String email) {
		int at = (email != null) ? email.lastIndexOf('@') : -1;
		if (at < 1 || at == email.length() - 1) {
			return Optional.empty();
		}
		String local = email.substring(0, at);
		String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
		if (DOMAINS.get().contains(domain)) {
			return Optional.empty();
		}
		List<String> near = DOMAINS.get().stream().filter((known) -> TypoDistance.within(domain, known, SLIPS)).toList();
		if (near.size() == 1) {
			return Optional.of(local + "@" + near.get(0));
		}
		if (MISTYPED_COM.matcher(domain).find()) {
			return Optional.of(local + "@" + MISTYPED_COM.matcher(domain).replaceFirst(".com"));
		}
		return Optional.empty();
	}

}

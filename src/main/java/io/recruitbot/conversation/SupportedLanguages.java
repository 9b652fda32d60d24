package io.recruitbot.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The languages the bot speaks: English (the catalogue {@code messages.properties}) and one more for every
 * {@code messages_<code>.properties} on the classpath. Adding a language is adding its file.
 */
@Component
class SupportedLanguages {

	private static final Pattern CATALOGUE = Pattern.compile("messages_([a-z]{2})\\.properties");

	private final Set<String> codes;

	private final CallingCodes callingCodes = CallingCodes.load();

	SupportedLanguages() {
		this(catalogues());
	}

	SupportedLanguages(Set<String> codes) {
		this.codes = Set.copyOf(codes);
	}

	/** The language the bot speaks that the phone number's country most likely writes in, if any. */
	Optional<String> guessedFor(String phone) {
		return this.callingCodes.languageOf(phone).filter(this::speaks);
	}

	boolean speaks(String code) {
		return code != null && this.codes.contains(code.toLowerCase(Locale.ROOT));
	}

	Set<String> codes() {
		return this.codes;
	}

	private static Set<String> catalogues() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages_*.properties");
			Set<String> codes = new TreeSet<>(Set.of(SpokenLanguage.FALLBACK));
			Arrays.stream(files)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(CATALOGUE::matcher)
				.filter(Matcher::matches)
				.forEach((name) -> codes.add(name.group(1)));
			return codes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The message catalogues cannot be listed", ex);
		}
	}

}

package io.recruitbot.conversation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.recruitbot.conversation.understanding.SupportedLanguages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot reads and speaks the same languages: each language of {@code understanding/supported-languages.txt} has its
 * understanding folder and its message catalogue, and no catalogue or folder exists for a language left off the list
 * (it would be silently unused).
 */
class LanguageFilesTests {

	private static final Pattern CATALOGUE = Pattern.compile(".*/messages_([a-z]{2})\\.properties");

	private static final Pattern FOLDER = Pattern.compile(".*/understanding/([a-z]{2})/words\\.txt");

	static List<String> languages() {
		return SupportedLanguages.codes();
	}

	@ParameterizedTest
	@MethodSource("languages")
	void aLanguageTheBotReadsHasItsUnderstandingFilesAndItsCatalogue(String language) {
		for (String file : List.of("words.txt", "phrases.txt", "numbers.txt")) {
			assertThat(getClass().getResource("/understanding/" + language + "/" + file)).as(file).isNotNull();
		}
		String catalogue = language.equals(SpokenLanguage.FALLBACK) ? "messages.properties"
				: "messages_" + language + ".properties";
		assertThat(getClass().getResource("/" + catalogue)).as(catalogue).isNotNull();
	}

	@Test
	void everyCatalogueIsOfALanguageOnTheList() throws IOException {
		assertThat(codes("classpath*:messages_*.properties", CATALOGUE)).isNotEmpty().isSubsetOf(SupportedLanguages.codes());
	}

	@Test
	void everyUnderstandingFolderIsOfALanguageOnTheList() throws IOException {
		assertThat(codes("classpath*:understanding/*/words.txt", FOLDER)).isNotEmpty().isSubsetOf(SupportedLanguages.codes());
	}

	private static List<String> codes(String pattern, Pattern name) throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
		assertThat(files).as(pattern).isNotEmpty();
		List<String> codes = new ArrayList<>();
		for (Resource file : files) {
			Matcher matched = name.matcher(file.getURL().toString());
			if (matched.matches()) {
				codes.add(matched.group(1));
			}
		}
		return codes;
	}

}

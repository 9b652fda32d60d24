package io.recruitbot.recruiter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in and set-up pages, in the language the browser asks for (English or Dutch, from
 * {@code recruiter/access*.properties}). A template names texts as {@code #{key}} and values as {@code ${name}};
 * both are HTML-escaped, so nothing a visitor typed can become markup.
 */
@Component
class Pages {

	private static final Pattern PLACEHOLDER = Pattern.compile("#\\{([a-z.-]+)}|\\$\\{([a-zA-Z]+)}");

	private static final List<String> LANGUAGES = List.of("en", "nl");

	private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

	Pages() {
		this.texts.setBasename("recruiter/access");
		this.texts.setDefaultEncoding(StandardCharsets.UTF_8.name());
		this.texts.setFallbackToSystemLocale(false);
	}

	/** The page as HTML; a value whose name ends in {@code Text} is the key of a text ({@code noticeText=login.locked}). */
	ResponseEntity<String> render(String page, HttpServletRequest request, int status, Map<String, String> values) {
		Locale locale = language(request);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String template = read(page);
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder html = new StringBuilder();
		while (matcher.find()) {
			String text;
			if (matcher.group(1) != null) {
				text = this.texts.getMessage(matcher.group(1), null, locale);
			}
			else {
				text = switch (matcher.group(2)) {
					case "lang" -> locale.getLanguage();
					case "csrfParameter" -> (csrf != null) ? csrf.getParameterName() : "_csrf";
					case "csrfToken" -> (csrf != null) ? csrf.getToken() : "";
					default -> value(matcher.group(2), values.getOrDefault(matcher.group(2), ""), locale);
				};
			}
			matcher.appendReplacement(html, Matcher.quoteReplacement(HtmlUtils.htmlEscape(text, "UTF-8")));
		}
		matcher.appendTail(html);
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.body(html.toString());
	}

	private String value(String name, String value, Locale locale) {
		return (name.endsWith("Text") && !value.isEmpty()) ? this.texts.getMessage(value, null, locale) : value;
	}

	private static Locale language(HttpServletRequest request) {
		for (Locale asked : Collections.list(request.getLocales())) {
			if (LANGUAGES.contains(asked.getLanguage())) {
				return Locale.forLanguageTag(asked.getLanguage());
			}
		}
		return Locale.ENGLISH;
	}

	private static String read(String page) {
		try {
			return new ClassPathResource("recruiter/" + page + ".html").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

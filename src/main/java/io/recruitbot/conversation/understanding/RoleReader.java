package io.recruitbot.conversation.understanding;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The work a candidate wants. Asked, the answer is kept in the candidate's words without its lead-in ("I'd like to
 * work as a warehouse worker" gives "warehouse worker"). Volunteered, a known role ("forklift", "8 years driving
 * trucks") or a role after "apply as" / "work as" counts.
 */
final class RoleReader {

	private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:i|we)\\s*(?:would|'d|am|'m|want|wanna|prefer|hope|like)?"
			+ "\\s*(?:like|looking for|interested in|searching for|prefer|want|wanna|love)?\\s*(?:to\\s+)?"
			+ "(?:work|be|become|apply|do|get|find)?\\s*(?:work\\s+)?(?:as|in|for|at|with)?\\s+"
			+ "|(?:preferably|something|anything|a job|work|job|position|role)\\s+(?:as|in|with|at)\\s+|as\\s+|in\\s+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ARTICLE = Pattern.compile("^(?:an?|the|een|de|het|to)\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern TRAILER = Pattern.compile("\\s+(?:job|jobs|position|positions|role|vacancy|vacancies|"
			+ "work|please|thanks|thank you)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern AS_ROLE = Pattern.compile("\\b(?:apply|applying|work|working|job|position|vacancy|"
			+ "start|career)\\s+as\\s+(?:an?\\s+|the\\s+)?([a-z][a-z -]{2,40}?)(?=\\s*(?:[,.!?;]|$|\\s+(?:in|at|near|"
			+ "and|with|from|because|for|job|position|vacancy)\\b))");

	private final PhraseLexicon roles;

	RoleReader(PhraseLexicon roles) {
		this.roles = roles;
	}

	String read(Utterance utterance, boolean asked) {
		if (asked) {
			String answer = asSaid(utterance.text());
			if (answer != null) {
				return answer;
			}
		}
		List<PhraseLexicon.Found> known = this.roles.findAll(utterance);
		if (!known.isEmpty()) {
			return known.get(0).canonical();
		}
		Matcher role = AS_ROLE.matcher(utterance.lower());
		return role.find() ? role.group(1).strip() : null;
	}

	/** The answer without lead-in, article and trailing "job"; null when nothing but filler is left or it is long. */
	private static String asSaid(String text) {
		String answer = text.strip().split("[.!?;\\n]", 2)[0].strip();
		String previous;
		do {
			previous = answer;
			answer = ARTICLE.matcher(LEAD_IN.matcher(answer).replaceFirst("")).replaceFirst("").strip();
			answer = TRAILER.matcher(answer).replaceFirst("").replaceAll("[,:]+$", "").strip();
		}
		while (!answer.equals(previous));
		String lower = answer.toLowerCase(Locale.ROOT);
		boolean filler = answer.isEmpty() || Agreement.read(lower) != null || Agreement.isUnsure(lower);
		return (filler || answer.split("\\s+").length > 6) ? null : answer;
	}

}

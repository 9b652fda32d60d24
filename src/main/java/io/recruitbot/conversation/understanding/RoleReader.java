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

	/** What a person does in a sentence about them: "the recruiter said so" is about a recruiter, not a wish to be one. */
	private static final Pattern ACTING = Pattern.compile("\\s+(?:said|says|told|tells|asked|asks|called|calls|wrote|"
			+ "writes|mentioned|mentions|thinks|thought|knows|knew|gave|gives|sent|sends|promised|explained|confirmed|"
			+ "agreed|recommended|suggested|wants|wanted|will|would|should|can|could|has|had|did|does|zei|zegt|vertelde|"
			+ "vertelt|vroeg|vraagt|belde|schreef|stuurde|heeft|sagte|sagt|schrieb|meinte|hat|hatte)\\b");

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
		for (PhraseLexicon.Found known : this.roles.findAll(utterance)) {
			if (!isSomeoneActing(utterance, known)) {
				return known.canonical();
			}
		}
		Matcher role = AS_ROLE.matcher(utterance.lower());
		return role.find() ? role.group(1).strip() : null;
	}

	/** The role names a person who does something ("my manager told me"), not the work the candidate wants. */
	private static boolean isSomeoneActing(Utterance utterance, PhraseLexicon.Found role) {
		List<String> words = utterance.words();
		if (role.end() >= words.size()) {
			return false;
		}
		String spelled = String.join(" ", words.subList(role.start(), role.end())).toLowerCase(Locale.ROOT);
		Matcher after = Pattern.compile("\\b" + Pattern.quote(spelled) + ACTING.pattern()).matcher(utterance.lower());
		return after.find();
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
		String plain = Utterance.fold(answer);
		boolean filler = answer.isEmpty() || Agreement.read(plain) != null || Agreement.isUnsure(plain);
		return (filler || answer.split("\\s+").length > 6) ? null : answer;
	}

}

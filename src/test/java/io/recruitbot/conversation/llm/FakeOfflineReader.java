package io.recruitbot.conversation.llm;

import java.util.List;

import io.recruitbot.candidate.Vacancy;
import io.recruitbot.conversation.understanding.Intent;
import io.recruitbot.conversation.understanding.MessageReader;
import io.recruitbot.conversation.understanding.MessageReading;
import io.recruitbot.conversation.understanding.ProfileFacts;
import io.recruitbot.conversation.understanding.ScreeningField;

/** Stands in for the offline reader: one recognisable reading, and a count of how often it was asked. */
class FakeOfflineReader implements MessageReader {

	static final ProfileFacts FACTS = new ProfileFacts(null, "Offline Name", null, "Offline City", "offline role", 3.0,
			"offline availability", 24, true, true, List.of("Dutch"), "offline salary");

	static final MessageReading READING = new MessageReading(Intent.SMALLTALK, FACTS, null, "nl", false, null);

	int reads;

	@Override
	public MessageReading read(String text, ScreeningField awaitingField, List<Vacancy> vacancies) {
		this.reads++;
		return READING;
	}

}

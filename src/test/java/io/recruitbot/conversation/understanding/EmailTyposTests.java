package io.recruitbot.conversation.understanding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The address a candidate likely meant when its domain has a slip. */
class EmailTyposTests {

	@Test
	void aDomainOneSlipFromOneCandidatesUseMostIsThatDomain() {
		assertThat(EmailTypos.likelyMeant("jan.devries@gmail.con")).hasValue("jan.devries@gmail.com");
		assertThat(EmailTypos.likelyMeant("anna@hotmial.com")).hasValue("anna@hotmail.com");
		assertThat(EmailTypos.likelyMeant("anna@gmial.com")).hasValue("anna@gmail.com");
		assertThat(EmailTypos.likelyMeant("piet@outlook.nll")).hasValue("piet@outlook.nl");
		assertThat(EmailTypos.likelyMeant("kasia@wp.ppl")).hasValue("kasia@wp.pl");
	}

	@Test
	void theLocalPartIsKeptAsTyped() {
		assertThat(EmailTypos.likelyMeant("Jan.DeVries+jobs@Gmail.con")).hasValue("Jan.DeVries+jobs@gmail.com");
	}

	@Test
	void anyDomainEndingInAMistypedComEndsInCom() {
		assertThat(EmailTypos.likelyMeant("info@bakker-transport.con")).hasValue("info@bakker-transport.com");
		assertThat(EmailTypos.likelyMeant("info@bakker-transport.cmo")).hasValue("info@bakker-transport.com");
	}

	@Test
	void aDomainPeopleUseOrOneNearNoneIsLeftAlone() {
		assertThat(EmailTypos.likelyMeant("jan@gmail.com")).isEmpty();
		assertThat(EmailTypos.likelyMeant("lotte@live.be")).isEmpty();
		assertThat(EmailTypos.likelyMeant("jan@bakker-transport.nl")).isEmpty();
		assertThat(EmailTypos.likelyMeant("jan@uni-due.de")).isEmpty();
		assertThat(EmailTypos.likelyMeant("jan@example.com")).isEmpty();
	}

	@Test
	void aDomainAsNearToTwoKnownOnesIsLeftAlone() {
		// one slip from both wp.pl and op.pl: no guess
		assertThat(EmailTypos.likelyMeant("kasia@xp.pl")).isEmpty();
	}

	@Test
	void whatIsNoAddressHasNoSuggestion() {
		assertThat(EmailTypos.likelyMeant(null)).isEmpty();
		assertThat(EmailTypos.likelyMeant("@gmail.con")).isEmpty();
		assertThat(EmailTypos.likelyMeant("jan@")).isEmpty();
	}

}

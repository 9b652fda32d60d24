package io.recruitbot.conversation.understanding;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The role list ({@code understanding/roles.txt}) for matching: candidates name the work in their own language
 * ("verpleegkundige", "Lagerarbeit", "magazyn"), vacancy titles may be in another ("Registered Nurse", "Warehouse
 * Worker"); both come to the list's first spelling when the list knows them. The answer itself is kept as said.
 */
@Component
public class Roles {

	/** Loaded on first use (or by the offline reader's preparation once the service is ready), not during start-up. */
	private final Supplier<PhraseLexicon> roles = SingletonSupplier.of(() -> Lexicons.load().roles());

	/** The list's name for the role ("Staplerfahrerin" and "heftruck" give "forklift driver"), or the text itself. */
	public String canonical(String role) {
		return this.roles.get().canonical(role);
	}

}

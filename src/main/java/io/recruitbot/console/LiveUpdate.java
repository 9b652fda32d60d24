package io.recruitbot.console;

import java.util.UUID;

/**
 * What an open console page is told: something about this candidate changed ({@code status} or {@code message}); the
 * page reads what it shows again. Nothing personal travels in it.
 */
record LiveUpdate(String kind, UUID candidateId, String status) {
}

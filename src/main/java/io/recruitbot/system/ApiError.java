package io.recruitbot.system;

/** The body of every error answer: a machine code and a sentence for people. */
public record ApiError(String error, String message) {
}

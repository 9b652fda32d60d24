package io.recruitbot.intake;

/** The kinds of inbound WhatsApp message the platform understands; anything else is {@link #UNSUPPORTED}. */
public enum InboundType {

	TEXT, BUTTON_REPLY, LIST_REPLY, DOCUMENT, IMAGE, AUDIO, LOCATION, UNSUPPORTED

}

package io.recruitbot.ops.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The text format's {@code %m}, {@code %msg} and {@code %message}, masked ({@code logback-spring.xml} puts it in place
 * of Logback's own).
 */
public class MaskedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return Masking.mask(super.convert(event));
	}

}

package io.recruitbot.ops.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * The text format's stack traces ({@code %wEx}), masked: exception messages quote what failed, a database row or a
 * provider's answer among them ({@code logback-spring.xml} puts it in place of Boot's own).
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy throwable) {
		return Masking.mask(super.throwableProxyToString(throwable));
	}

}

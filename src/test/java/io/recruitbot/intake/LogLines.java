package io.recruitbot.intake;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Captures what a logger writes, for tests that count log lines; detach the appender when done. */
final class LogLines {

	private LogLines() {
	}

	static ListAppender<ILoggingEvent> capture(Logger logger) {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		return appender;
	}

}

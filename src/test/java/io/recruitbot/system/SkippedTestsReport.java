package io.recruitbot.system;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints each skipped test with its reason (such as "shellcheck is not installed"), because Maven's summary only
 * counts them: a test that needs a missing tool must not pass for a green one. Registered through
 * {@code META-INF/services}, so it runs in every test JVM.
 */
public class SkippedTestsReport implements TestExecutionListener {

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		report(test, reason);
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
			report(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
		}
	}

	private static void report(TestIdentifier test, String reason) {
		System.out.println("[WARNING] SKIPPED " + name(test) + ": " + reason);
	}

	private static String name(TestIdentifier test) {
		return test.getSource().map((source) -> {
			if (source instanceof MethodSource method) {
				return method.getJavaClass().getSimpleName() + "." + method.getMethodName();
			}
			return (source instanceof ClassSource type) ? type.getJavaClass().getSimpleName() : test.getDisplayName();
		}).orElse(test.getDisplayName());
	}

}

package io.recruitbot.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own refusals (a request line it cannot parse or normalise, {@code /%00}, {@code TRACE}, ...) never reach
 * Spring: Tomcat's error report valve answers them, in HTML. This puts a valve in its place that answers
 * {@link ApiError} JSON.
 */
@Component
class ContainerErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final JsonMapper json;

	ContainerErrorReports(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			StandardHost host = (StandardHost) context.getParent();
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new JsonReport(this.json));
			// the host adds a valve of this class at start unless it finds one: it finds ours
			host.setErrorReportValveClass(JsonReport.class.getName());
		});
	}

	/** After Boot's customizer, which adds an HTML valve of its own that this one then replaces. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	static final class JsonReport extends ErrorReportValve {

		private final JsonMapper json;

		JsonReport(JsonMapper json) {
			this.json = json;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			// as Tomcat's valve: only errors nobody answered yet, and only when the client can still be written to
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			try {
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(this.json.writeValueAsString(ApiError.of(status)));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone; there is no one left to answer
			}
		}

	}

}

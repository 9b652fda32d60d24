package io.recruitbot.console;

import io.recruitbot.system.ApiError;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/** {@code GET /api/events}: server-sent events for the open console pages, instead of polling. */
@RestController
class LiveUpdatesController {

	private final LiveUpdates updates;

	LiveUpdatesController(LiveUpdates updates) {
		this.updates = updates;
	}

	@GetMapping(path = "/api/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<?> listen() {
		return this.updates.open()
			.<ResponseEntity<?>>map((emitter) -> ResponseEntity.ok()
				.header("Cache-Control", "no-store")
				.header("X-Accel-Buffering", "no")
				.body(emitter))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.APPLICATION_JSON)
				.header("Retry-After", "30")
				.body(new ApiError("too_many_listeners", "Too many console pages are open; try again later.")));
	}

	/** A page that went away while being written to: nothing to answer, nothing wrong on our side. */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void pageGone() {
	}

}

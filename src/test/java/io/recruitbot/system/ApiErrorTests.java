package io.recruitbot.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorTests {

	@Test
	void aBareStatusGetsTheCodeTheRestOfTheApiUsesForIt() {
		assertThat(ApiError.of(400)).isEqualTo(new ApiError("bad_request", "The request was refused: bad request."));
		assertThat(ApiError.of(405).error()).isEqualTo("method_not_allowed");
		assertThat(ApiError.of(413).error()).isEqualTo("payload_too_large");
		assertThat(ApiError.of(500)).isEqualTo(new ApiError("internal_error", "Something went wrong on our side."));
		assertThat(ApiError.of(503).error()).isEqualTo("service_unavailable");
	}

	@Test
	void anUnknownStatusStillGetsACodeAndASentence() {
		assertThat(ApiError.of(499)).isEqualTo(new ApiError("error_499", "The request could not be served."));
	}

}

package io.recruitbot.system;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.recruitbot.system.OutboundHttpConfiguration.DeferredRequestFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.temporaryRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboundHttpConfigurationTests {

	private final WireMockServer peer = new WireMockServer(options().dynamicPort());

	private final OutboundHttpConfiguration configuration = new OutboundHttpConfiguration();

	@BeforeEach
	void start() {
		this.peer.start();
	}

	@AfterEach
	void stop() {
		this.peer.stop();
	}

	@Test
	void theHttpClientIsMadeOnTheFirstRequestAndOnlyOnce() throws Exception {
		AtomicInteger made = new AtomicInteger();
		DeferredRequestFactory factory = new DeferredRequestFactory(() -> {
			made.incrementAndGet();
			return new SimpleClientHttpRequestFactory();
		});
		assertThat(made).hasValue(0);

		factory.createRequest(URI.create(this.peer.baseUrl()), HttpMethod.GET);
		factory.createRequest(URI.create(this.peer.baseUrl()), HttpMethod.GET);

		assertThat(made).hasValue(1);
	}

	@Test
	void anHttpClientThatCouldNotBeMadeIsTriedAgainOnTheNextRequest() throws Exception {
		AtomicInteger tries = new AtomicInteger();
		DeferredRequestFactory factory = new DeferredRequestFactory(() -> {
			if (tries.incrementAndGet() == 1) {
				throw new IllegalStateException("no trust store yet");
			}
			return new SimpleClientHttpRequestFactory();
		});

		assertThatThrownBy(() -> factory.createRequest(URI.create(this.peer.baseUrl()), HttpMethod.GET))
			.isInstanceOf(IllegalStateException.class);
		assertThat(factory.createRequest(URI.create(this.peer.baseUrl()), HttpMethod.GET)).isNotNull();
		assertThat(tries).hasValue(2);
	}

	@Test
	void theClientsOfTheBuilderAnswerWithoutFollowingRedirectsWhenAskedNotTo() {
		this.peer.stubFor(get("/moved").willReturn(temporaryRedirect(this.peer.baseUrl() + "/elsewhere")));
		this.peer.stubFor(get("/elsewhere").willReturn(ok("followed")));
		ClientHttpRequestFactoryBuilder<?> builder = this.configuration.clientHttpRequestFactoryBuilder();
		ClientHttpRequestFactory requests = builder
			.build(HttpClientSettings.defaults().withRedirects(HttpRedirects.DONT_FOLLOW));
		RestClient client = RestClient.builder().baseUrl(this.peer.baseUrl()).requestFactory(requests).build();

		ResponseEntity<Void> answer = client.get().uri("/moved").retrieve().toBodilessEntity();

		assertThat(answer.getStatusCode().value()).isEqualTo(302);
		assertThat(this.peer.findAll(getRequestedFor(urlEqualTo("/elsewhere")))).isEmpty();
	}

	@Test
	void theClientsOfTheBuilderKeepTheirReadTimeout() {
		this.peer.stubFor(get("/slow").willReturn(aResponse().withFixedDelay(3_000).withBody("late")));
		ClientHttpRequestFactory requests = this.configuration.clientHttpRequestFactoryBuilder()
			.build(HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)));
		RestClient client = RestClient.builder().baseUrl(this.peer.baseUrl()).requestFactory(requests).build();

		assertThatThrownBy(() -> client.get().uri("/slow").retrieve().body(String.class))
			.isInstanceOf(ResourceAccessException.class);
	}

}

package io.recruitbot.system;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;

/**
 * The HTTP clients the service calls its peers with (the WhatsApp provider, Chatwoot): Java's own, made by Spring
 * Boot's builder from {@link HttpClientSettings} when the first request needs one. Making one sets up TLS, which reads
 * the Java runtime's trust store (about a third of a second of processor time in a cold start), and Spring Boot's
 * {@code RestClient.Builder} made its default one at start-up although every client here brings its own.
 */
@Configuration(proxyBeanMethods = false)
class OutboundHttpConfiguration {

	@Bean
	ClientHttpRequestFactoryBuilder<?> clientHttpRequestFactoryBuilder() {
		ClientHttpRequestFactoryBuilder<?> jdk = ClientHttpRequestFactoryBuilder.jdk();
		return (ClientHttpRequestFactoryBuilder<DeferredRequestFactory>) (settings) -> new DeferredRequestFactory(
				() -> jdk.build(settings));
	}

	/** A request factory that makes the real one on its first request, once (again after a failure). */
	static final class DeferredRequestFactory implements ClientHttpRequestFactory {

		private final SingletonSupplier<ClientHttpRequestFactory> factory;

		DeferredRequestFactory(Supplier<? extends ClientHttpRequestFactory> factory) {
			this.factory = SingletonSupplier.of(factory::get);
		}

		@Override
		public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
			return this.factory.obtain().createRequest(uri, httpMethod);
		}

	}

}

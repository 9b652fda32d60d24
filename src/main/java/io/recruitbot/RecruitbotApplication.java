package io.recruitbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

// Redis is wired by RedisConfiguration only when REDIS_URL is set; Boot's own would connect to localhost regardless.
// The second group is what the libraries on the class path would switch on and nothing here uses: Spring Data's web
// and repository support (Spring Data comes with Redis), the reactive HTTP client and Netty (Lettuce brings them),
// RestTemplate (the clients use RestClient), Jackson 2 for Actuator (Jackson 2 comes with LangChain4j), event
// externalization and moments of Spring Modulith, the disk space and SSL health and metrics (the contract's health
// endpoints report their own components), and exception translation for @Repository beans (JdbcClient and Spring
// Data Redis translate their exceptions themselves). Each costs start-up time for beans, proxies or both. Flyway
// migrates beside the start instead of before the rest of it (system.SchemaMigration). The last two are Spring Boot's
// OAuth2 client, which single sign-on does without (recruiter.SingleSignOn says why).
@SpringBootApplication(excludeName = { "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration",

		"org.springframework.boot.data.autoconfigure.web.DataWebAutoConfiguration",
		"org.springframework.boot.data.autoconfigure.metrics.DataRepositoryMetricsAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
		"org.springframework.boot.netty.autoconfigure.NettyAutoConfiguration",
		"org.springframework.boot.restclient.autoconfigure.RestTemplateAutoConfiguration",
		"org.springframework.boot.restclient.autoconfigure.RestTemplateObservationAutoConfiguration",
		"org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration",
		"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
		"org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration",
		"org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration",
		"org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration",
		"org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration" })
@ConfigurationPropertiesScan
@EnableScheduling
public class RecruitbotApplication {

	public static void main(String[] args) {
		SpringApplication.run(RecruitbotApplication.class, args);
	}

}

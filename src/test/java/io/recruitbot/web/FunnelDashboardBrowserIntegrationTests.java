package io.recruitbot.web;

import java.time.Instant;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Candidates;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.console.FunnelSeed;
import io.recruitbot.system.MovableClock;
import io.recruitbot.whatsapp.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The funnel dashboard in Chromium shows the figures of a known set of candidates ({@link FunnelSeed}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FunnelDashboardBrowserIntegrationTests {

	static final MovableClock clock = new MovableClock(Instant.now());

	@RegisterExtension
	static final ConsoleBrowser browser = ConsoleBrowser.perTestClass();

	@TestConfiguration
	static class MovableTime {

		@Bean
		@Primary
		MovableClock movableClock() {
			return clock;
		}

	}

	@LocalServerPort
	int port;

	@BeforeAll
	static void plant(@Autowired CandidateRepository candidates, @Autowired Candidates lifecycle,
			@Autowired Outbox outbox, @Autowired Transcript transcript, @Autowired JdbcClient jdbc) {
		new FunnelSeed(candidates, lifecycle, outbox, transcript, jdbc, clock).plant();
	}

	@Test
	void theDashboardShowsTheFiguresOfTheSeededCandidates() {
		browser.resize(ConsoleBrowser.DESKTOP);
		browser.openConsole(this.port, "#/funnel");
		browser.waitUntil(ExpectedConditions.textToBe(By.id("figure-candidates"), "6"));
		assertThat(browser.text("figure-qualify")).isEqualTo("40 min");
		assertThat(browser.text("figure-qualify-n")).isEqualTo("2 measured");
		assertThat(browser.text("figure-reply")).isEqualTo("12 min");
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-status canvas")));
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-dropoff canvas")));
		browser.screenshot("console-funnel");

		for (var summary : browser.driver().findElements(By.cssSelector("#funnel details summary"))) {
			summary.click();
		}
		assertThat(browser.find(By.cssSelector("#status-table tr[data-vacancy='" + FunnelSeed.WAREHOUSE + "']")).getText())
			.startsWith("Warehouse Worker").contains("2");
		assertThat(browser.find(By.cssSelector("#status-table thead")).getText()).contains("Qualified")
			.contains("Not qualified").contains("With a recruiter");
		assertThat(browser.find(By.cssSelector("#dropoff-rows tr[data-field='email']")).getText()).isEqualTo("E-mail 1");
		assertThat(browser.find(By.cssSelector("#dropoff-rows tr[data-field='consent']")).getText()).isEqualTo("Consent 1");
		assertThat(browser.find(By.id("funnel-csv")).getAttribute("href")).endsWith("/api/funnel.csv?days=7");

		browser.find(By.cssSelector("#funnel-days button[data-days='30']")).click();
		browser.waitUntil(ExpectedConditions.attributeContains(By.id("funnel-csv"), "href", "days=30"));
		assertThat(browser.text("figure-candidates")).isEqualTo("6");

		browser.resize(ConsoleBrowser.PHONE);
		browser.go("#/funnel");
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-status canvas")));
		browser.screenshot("console-funnel-phone");
	}

}

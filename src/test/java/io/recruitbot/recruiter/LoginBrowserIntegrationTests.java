package io.recruitbot.recruiter;

import java.time.Duration;

import io.recruitbot.web.ConsoleBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real (headless) Chromium: a newcomer opens the set-up link, creates the first administrator, signs in and out;
 * a wrong password is explained; the console is not shown to anyone signed out. Photographs the set-up and sign-in
 * pages on the way (see {@link ConsoleBrowser#screenshot}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginBrowserIntegrationTests {

	private static final String PASSWORD = "a long first password";

	@RegisterExtension
	static final ConsoleBrowser console = ConsoleBrowser.perTestClass();

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	SetupLink setupLink;

	@Autowired
	JdbcClient jdbc;

	WebDriverWait wait;

	@BeforeAll
	static void theBrowser() {
		browser = console.driver();
	}

	@BeforeEach
	void signedOut() {
		browser.manage().deleteAllCookies();
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@Test
	void aNewcomerCreatesTheFirstAdministratorWithTheSetupLinkSignsInAndOut() throws Exception {
		this.jdbc.sql("delete from recruiter").update();
		String token = this.setupLink.issue();

		browser.get(url("/setup?token=" + token));
		console.screenshot("setup");
		browser.findElement(By.id("email")).sendKeys("Owner@Example.com");
		browser.findElement(By.id("displayName")).sendKeys("Olga Owner");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("repeat")).sendKeys(PASSWORD);
		browser.findElement(By.id("create")).click();

		this.wait.until(ExpectedConditions.urlContains("/login?created"));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("administrator account is ready");
		browser.findElement(By.id("email")).sendKeys("owner@example.com");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in"), "Olga Owner"));

		browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("signed out");
		browser.get(url("/"));
		this.wait.until(ExpectedConditions.urlContains("/login"));

		browser.get(url("/setup?token=" + token));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("not valid");
	}

	@Test
	void aWrongPasswordIsExplainedAndNothingOpens() throws Exception {
		browser.get(url("/login"));
		console.screenshot("login");
		browser.findElement(By.id("email")).sendKeys("someone@example.com");
		browser.findElement(By.id("password")).sendKeys("not the password");
		browser.findElement(By.id("sign-in")).click();

		this.wait.until(ExpectedConditions.urlContains("/login?error"));
		assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Wrong e-mail address or password.");
		console.screenshot("login-wrong-password");
		browser.get(url("/index.html"));
		this.wait.until(ExpectedConditions.urlContains("/login"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

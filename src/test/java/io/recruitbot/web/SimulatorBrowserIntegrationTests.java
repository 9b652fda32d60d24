package io.recruitbot.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed in as a recruiter, a person in a real (headless) Chromium talks to the bot in the simulator, then finds
 * themselves in the recruiter view with status, profile, transcript and workflow state. It photographs both views on the way: into
 * {@code target/screenshots}, or with {@code -Ddocs.screenshots=true} into {@code docs/screenshots}, the README's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulatorBrowserIntegrationTests {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void signIn() throws Exception {
		String email = "simulator-" + System.nanoTime() + "@example.com";
		Chromium.createRecruiter(this.port, email, "simulator password", "RECRUITER");
		Chromium.signIn(browser, this.port, email, "simulator password");
	}

	@Test
	void aCandidateChatsWithTheBotAndTheRecruiterSeesTheConversation() throws IOException {
		WebDriverWait wait = chatAs("31677700001", "Jan", "Hi, I saw your warehouse job in Rotterdam");

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "asks for consent"));
		assertThat(browser.findElement(By.cssSelector(".bubble.inbound")).getText()).contains("warehouse job");
		assertThat(browser.findElement(By.cssSelector(".bubble.outbound")).getText()).containsIgnoringCase("assistant");

		List<WebElement> quickReplies = wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#quick-replies button"), 0));
		quickReplies.stream()
			.filter((button) -> button.getText().toLowerCase(Locale.ROOT).startsWith("yes"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no 'yes' reply button among " + quickReplies.size()))
			.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "asks for name"));
		browser.findElement(By.id("message")).sendKeys("Jan de Vries");
		browser.findElement(By.id("send")).click();
		wait.until((driver) -> driver.findElement(By.id("sim-status")).getText().contains("Jan de Vries"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "asks for email"));
		screenshot("simulator");

		browser.findElement(By.id("tab-recruiter")).click();
		WebElement row = wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//tbody[@id='candidate-rows']/tr[td[text()='31677700001']]")));
		assertThat(row.getText()).contains("SCREENING").contains("Jan de Vries");
		row.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail"), "Transcript"));
		String detail = browser.findElement(By.id("detail")).getText();
		assertThat(detail).contains("warehouse job in Rotterdam").contains("Jan de Vries");
		wait.until((driver) -> !driver.findElement(By.cssSelector("#detail pre.workflow")).getText().contains("no checkpoint"));
		screenshot("recruiter-view");
	}

	@Test
	void aDutchCandidateGetsDutchRepliesAndDutchButtons() {
		WebDriverWait wait = chatAs("31677700002", "Sanne", "Hoi, ik zoek werk in het magazijn in Rotterdam");

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "asks for consent"));
		assertThat(browser.findElement(By.cssSelector(".bubble.outbound")).getText()).contains("Hoi Sanne!",
				"digitale assistent", "Vind je dat goed?");
		List<WebElement> quickReplies = wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#quick-replies button"), 0));
		assertThat(quickReplies.stream().map(WebElement::getText)).containsExactly("Ja, dat is goed",
				"Nee, liever niet");
		quickReplies.get(0).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "asks for name"));
		assertThat(browser.findElement(By.id("chat")).getText()).contains("Wat is je volledige naam?");
	}

	/** Opens the simulator as a phone number and WhatsApp name and sends a first message. */
	private WebDriverWait chatAs(String number, String name, String text) {
		browser.get("http://localhost:" + this.port + "/");
		WebElement phone = browser.findElement(By.id("sim-phone"));
		phone.clear();
		phone.sendKeys(number);
		WebElement profileName = browser.findElement(By.id("sim-name"));
		profileName.clear();
		profileName.sendKeys(name);
		browser.findElement(By.id("message")).sendKeys(text);
		browser.findElement(By.id("send")).click();
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	private static void screenshot(String name) throws IOException {
		Chromium.screenshot(browser, name);
	}

}

package io.recruitbot.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in a real (headless) Chromium talks to the bot in the simulator, then the recruiter finds the conversation
 * in the console's inbox with its status, profile, transcript and (behind "technical details") the workflow state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulatorBrowserIntegrationTests {

	@RegisterExtension
	static final ConsoleBrowser browser = ConsoleBrowser.perTestClass();

	@LocalServerPort
	int port;

	@Test
	void aCandidateChatsWithTheBotAndTheRecruiterSeesTheConversation() {
		chatAs("31677700001", "Jan", "Hi, I saw your warehouse job in Rotterdam");

		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "asks for consent"));
		assertThat(browser.find(By.cssSelector(".bubble.inbound")).getText()).contains("warehouse job");
		assertThat(browser.find(By.cssSelector(".bubble.outbound")).getText()).containsIgnoringCase("assistant");

		List<WebElement> quickReplies = browser
			.waitUntil(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#quick-replies button"), 0));
		quickReplies.stream()
			.filter((button) -> button.getText().toLowerCase(Locale.ROOT).startsWith("yes"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no 'yes' reply button among " + quickReplies.size()))
			.click();
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "asks for name"));
		browser.find(By.id("message")).sendKeys("Jan de Vries");
		browser.find(By.id("send")).click();
		browser.waitUntil((driver) -> browser.text("sim-status").contains("Jan de Vries"));
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "asks for email"));
		browser.screenshot("simulator");

		browser.find(By.id("tab-inbox")).click();
		WebElement row = browser.waitUntil(
				ExpectedConditions.elementToBeClickable(By.cssSelector("#candidate-rows a[data-phone='31677700001']")));
		assertThat(row.getText()).contains("Screening").contains("Jan de Vries");
		row.click();
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "warehouse job in Rotterdam"));
		assertThat(browser.text("profile")).contains("Phone").contains("+31677700001").contains("Consent given");
		assertThat(browser.find(By.id("workflow")).isDisplayed()).isFalse();
		browser.find(By.cssSelector("#technical summary")).click();
		browser.waitUntil((driver) -> browser.text("workflow").contains("awaitingField"));
	}

	@Test
	void aDutchCandidateGetsDutchRepliesAndDutchButtons() {
		chatAs("31677700002", "Sanne", "Hoi, ik zoek werk in het magazijn in Rotterdam");

		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "asks for consent"));
		assertThat(browser.find(By.cssSelector(".bubble.outbound")).getText()).contains("Hoi Sanne!",
				"digitale assistent", "Vind je dat goed?");
		List<WebElement> quickReplies = browser
			.waitUntil(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#quick-replies button"), 0));
		assertThat(quickReplies.stream().map(WebElement::getText)).containsExactly("Ja, dat is goed",
				"Nee, liever niet");
		quickReplies.get(0).click();
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "asks for name"));
		assertThat(browser.text("chat")).contains("Wat is je volledige naam?");
	}

	/** Opens the simulator as a phone number and WhatsApp name and sends a first message. */
	private void chatAs(String number, String name, String text) {
		browser.openConsole(this.port, "#/simulator");
		WebElement phone = browser.find(By.id("sim-phone"));
		phone.clear();
		phone.sendKeys(number);
		WebElement profileName = browser.find(By.id("sim-name"));
		profileName.clear();
		profileName.sendKeys(name);
		browser.find(By.id("message")).sendKeys(text);
		browser.find(By.id("send")).click();
	}

}

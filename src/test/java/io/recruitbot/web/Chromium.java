package io.recruitbot.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.recruitbot.system.security.MachineRequests;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A headless Chromium for the browser tests (skipped with the reason when it is not installed), the screenshots they
 * take ({@code target/screenshots}, or with {@code -Ddocs.screenshots=true} {@code docs/screenshots}, the README's),
 * and a recruiter to sign in as.
 */
public final class Chromium {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Files.exists(Path.of("/usr/bin/chromium")) ? Path.of("/usr/bin/chromium")
			: Path.of("/usr/bin/chromium-browser");

	private Chromium() {
	}

	public static WebDriver start() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium or chromedriver is not installed: apt-get install chromium chromium-driver (.ci/run does)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-dev-shm-usage", "--no-first-run", "--window-size=1400,1000",
				"--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		return new ChromeDriver(service, options);
	}

	public static void screenshot(WebDriver browser, String name) throws IOException {
		Path directory = Boolean.getBoolean("docs.screenshots") ? Path.of("docs", "screenshots")
				: Path.of("target", "screenshots");
		Files.createDirectories(directory);
		Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	/** A new recruiter account, made with the machine token as an operator's script would. */
	public static void createRecruiter(int port, String email, String password, String role) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/recruiters"))
			.header("Authorization", "Bearer " + MachineRequests.TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"email":"%s","displayName":"Robin Recruiter","role":"%s","password":"%s"}""".formatted(email, role,
					password)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	/** Fills in the login form and waits until the console is shown. */
	public static void signIn(WebDriver browser, int port, String email, String password) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((driver) -> !driver.getCurrentUrl().contains("/login"));
	}

}

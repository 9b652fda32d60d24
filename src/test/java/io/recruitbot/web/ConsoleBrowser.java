package io.recruitbot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.stream.Collectors;

import io.recruitbot.system.security.MachineRequests;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A headless Chromium for the console's browser tests, a JUnit extension: a test class registers one
 * ({@code @RegisterExtension static final ConsoleBrowser browser = ConsoleBrowser.perTestClass();}), which starts
 * before the class's tests (the class is skipped, with the reason, when Chromium or chromedriver is missing) and
 * quits after them. The one way into the console ({@link #openConsole}), window sizes and screenshots: into
 * {@code target/screenshots}, or with {@code -Ddocs.screenshots=true} into {@code docs/screenshots}.
 */
public final class ConsoleBrowser implements BeforeAllCallback, AfterAllCallback {

	public static final Dimension DESKTOP = new Dimension(1280, 800);

	public static final Dimension PHONE = new Dimension(390, 844);

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Files.exists(Path.of("/usr/bin/chromium")) ? Path.of("/usr/bin/chromium")
			: Path.of("/usr/bin/chromium-browser");

	private static final String PASSWORD = "console test password";

	private WebDriver driver;

	/** The port of the service this browser has signed in to (a test class's browser talks to one service). */
	private int signedInTo;

	private ConsoleBrowser() {
	}

	/** A browser that starts before the test class's tests and quits after them. */
	public static ConsoleBrowser perTestClass() {
		return new ConsoleBrowser();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium or chromedriver is not installed: apt-get install chromium chromium-driver (.ci/run does)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-dev-shm-usage", "--no-first-run", "--lang=en-GB");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		this.signedInTo = 0;
		resize(DESKTOP);
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Opens a page of the console ({@code #/inbox}, {@code #/vacancies}, ...) in English. The one place that knows how
	 * a recruiter gets in: when the console asks for a login, it is done here.
	 */
	public void openConsole(int port, String page) {
		if (this.signedInTo != port) {
			String email = "console-" + System.nanoTime() + "@example.com";
			createRecruiter(port, email, PASSWORD, "ADMIN");
			signIn(port, email, PASSWORD);
			this.signedInTo = port;
		}
		this.driver.get("http://localhost:" + port + "/" + page);
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("localStorage.setItem('recruitbot.language', 'en')");
		this.driver.navigate().refresh();
		waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
	}

	/** A new recruiter account, made with the machine token as an operator's script would. */
	public static void createRecruiter(int port, String email, String password, String role) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/recruiters"))
			.header("Authorization", "Bearer " + MachineRequests.TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"email":"%s","displayName":"Robin Recruiter","role":"%s","password":"%s"}""".formatted(email, role,
					password)))
			.build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Fills in the login form and waits until the console is shown. */
	public void signIn(int port, String email, String password) {
		this.driver.get("http://localhost:" + port + "/login");
		find(By.id("email")).sendKeys(email);
		find(By.id("password")).sendKeys(password);
		find(By.id("sign-in")).click();
		waitUntil((page) -> !page.getCurrentUrl().contains("/login"));
	}

	public void go(String page) {
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("location.hash = arguments[0]", page);
	}

	public WebElement find(By by) {
		return this.driver.findElement(by);
	}

	public String text(String id) {
		return this.driver.findElement(By.id(id)).getText();
	}

	public <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(condition);
	}

	public void resize(Dimension size) {
		// the window's outer size: the page gets the given size as its viewport
		this.driver.manage().window().setSize(size);
		long innerWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("return window.innerWidth");
		long innerHeight = (Long) ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("return window.innerHeight");
		this.driver.manage().window().setSize(new Dimension(size.width * 2 - (int) innerWidth,
				size.height * 2 - (int) innerHeight));
	}

	public void screenshot(String name) {
		Path directory = Boolean.getBoolean("docs.screenshots") ? Path.of("docs", "screenshots")
				: Path.of("target", "screenshots");
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the page wrote to the browser's console: for the message of a failing test. */
	public String consoleLog() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(Object::toString)
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.driver != null) {
			this.driver.quit();
			this.driver = null;
		}
	}

}

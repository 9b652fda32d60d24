package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of the start-up benchmark: a bare Spring Boot web application (Tomcat, Spring MVC, Jackson, logging)
 * from the service's own libraries, answering the path the benchmark waits for. It measures what this machine needs
 * to start Spring Boot at all, in the same run as the service.
 */
@SpringBootApplication(proxyBeanMethods = false)
@RestController
public class BareApp {

	@GetMapping("/health/startup")
	String started() {
		return "{\"status\":\"started\"}";
	}

	public static void main(String[] args) {
		SpringApplication.run(BareApp.class, args);
	}

}

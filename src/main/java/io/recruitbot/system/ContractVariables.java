package io.recruitbot.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Feeds the contract's environment variables into the typed settings, above {@code application.yml} and below
 * explicit Spring properties. Also picks the log format before logging starts, and applies {@link ProductionRules}.
 */
class ContractVariables implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "recruitbotContractVariables";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (ContractVariable variable : ContractVariable.values()) {
			String value = environment.getProperty(variable.name());
			if (value != null && !value.isBlank()) {
				properties.putIfAbsent(variable.property(), value.trim());
			}
		}
		MapPropertySource source = new MapPropertySource(SOURCE_NAME, properties);
		if (environment.getPropertySources().contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
			environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
		}
		else {
			environment.getPropertySources().addLast(source);
		}
		if (jsonLogs(environment)) {
			properties.put("logging.structured.format.console", "ecs");
		}
		ProductionRules.apply(environment, properties);
	}

	private static boolean jsonLogs(ConfigurableEnvironment environment) {
		String format = environment.getProperty(ContractVariable.LOG_FORMAT.name(), "");
		if (!format.isBlank()) {
			return format.trim().equalsIgnoreCase("json");
		}
		return ProductionRules.isProduction(environment);
	}

}

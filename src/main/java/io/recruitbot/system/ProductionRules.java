package io.recruitbot.system;

import java.util.Map;

import org.springframework.core.convert.ConversionException;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * What {@code ENVIRONMENT=production} changes: no demo vacancies unless {@code DEMO_VACANCIES=true} (real candidates
 * must not be matched to made-up jobs), and two settings meant for trying the bot out are refused, because in
 * production they would lose every reply or accept forged webhooks.
 */
final class ProductionRules {

	private ProductionRules() {
	}

	/** Checks the resolved settings; adds production's defaults to {@code contractProperties}, the variables' source. */
	static void apply(ConfigurableEnvironment environment, Map<String, Object> contractProperties) {
		if (!isProduction(environment)) {
			return;
		}
		String provider = environment.getProperty(ContractVariable.WHATSAPP_PROVIDER.property(), "sandbox").trim();
		if (provider.isEmpty() || provider.equalsIgnoreCase("sandbox")) {
			throw new InvalidSettingException(ContractVariable.WHATSAPP_PROVIDER,
					"must be 360dialog or meta when ENVIRONMENT=production (the sandbox sends no message to anyone)");
		}
		if (unsignedWebhooksAllowed(environment)) {
			throw new InvalidSettingException(ContractVariable.ALLOW_UNSIGNED_WEBHOOKS,
					"must not be true when ENVIRONMENT=production (anyone could send forged webhooks)");
		}
		if (!environment.containsProperty(ContractVariable.DEMO_VACANCIES.property())) {
			contractProperties.put(ContractVariable.DEMO_VACANCIES.property(), "false");
		}
	}

	static boolean isProduction(ConfigurableEnvironment environment) {
		return environment.getProperty(ContractVariable.ENVIRONMENT.property(), "").trim().equalsIgnoreCase("production");
	}

	private static boolean unsignedWebhooksAllowed(ConfigurableEnvironment environment) {
		try {
			return environment.getProperty(ContractVariable.ALLOW_UNSIGNED_WEBHOOKS.property(), Boolean.class, false);
		}
		catch (ConversionException ex) {
			return false; // not a boolean: the settings binding reports it, naming the variable
		}
	}

}

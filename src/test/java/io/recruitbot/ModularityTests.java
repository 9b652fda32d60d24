package io.recruitbot;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RecruitbotApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicSurface() {
		this.modules.verify();
	}

	@Test
	void moduleDocumentationIsWritten() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}

package io.recruitbot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The production image starts from bean definitions prepared at build time (Spring AOT), so which beans exist must
 * not depend on the environment: a condition or profile would be decided once, on the build machine. A setting
 * chooses inside a bean method instead (a {@code null} bean for "none", as {@code system.RedisConfiguration}). The
 * only conditions left are on the kind of application, which the build knows.
 */
class PreparedBeanDefinitionsTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.recruitbot");

	@Test
	void noBeanDependsOnASettingThroughAConditionOrAProfile() {
		ArchRule classes = noClasses().that()
			.areNotMetaAnnotatedWith("org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication")
			.should()
			.beMetaAnnotatedWith(Conditional.class)
			.orShould()
			.beAnnotatedWith(Profile.class);
		ArchRule methods = noMethods().should().beMetaAnnotatedWith(Conditional.class).orShould().beAnnotatedWith(Profile.class);
		classes.check(this.classes);
		methods.check(this.classes);
	}

}

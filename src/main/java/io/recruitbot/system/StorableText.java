package io.recruitbot.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * Text the database can store: PostgreSQL refuses the NUL character ({@code \u0000}) in text columns, so a field with
 * one is refused as invalid (400 naming the field) rather than failing at the insert (500).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@ReportAsSingleViolation
@Pattern(regexp = "[^\\x00]*")
public @interface StorableText {

	@OverridesAttribute(constraint = Pattern.class, name = "message")
	String message() default "must not contain the NUL character (\\u0000)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

package io.ismsflow.security;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A field that names a person (owner, verifier, auditor) must name a user ISMS Flow knows ({@link People}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownPerson.Check.class)
public @interface KnownPerson {

    String message() default "must be the user name of a person who uses ISMS Flow";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's validator factory, which hands it the directory. */
    class Check implements ConstraintValidator<KnownPerson, String> {

        private final People people;

        Check(People people) {
            this.people = people;
        }

        @Override
        public boolean isValid(String username, ConstraintValidatorContext context) {
            return username == null || username.isBlank() || people.isKnown(username);
        }
    }
}

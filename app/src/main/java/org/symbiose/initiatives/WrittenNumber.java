package org.symbiose.initiatives;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A text field that holds a number as people write it ("1 234,5", "0,65"; see
 * {@link FormValues#number(String)}), within bounds and with at most so many digits, as
 * {@code @DecimalMin}, {@code @DecimalMax} and {@code @Digits} say for numeric fields. Blank is valid:
 * combine with {@code @NotBlank} when a value is required.
 */
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = WrittenNumber.Validator.class)
@interface WrittenNumber {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Smallest value allowed, inclusive; none when empty. */
    String min() default "0";

    /** Largest value allowed, inclusive; none when empty. */
    String max() default "";

    /** Most digits before the decimal separator. */
    int integer() default 12;

    /** Most digits after the decimal separator; 0 for whole numbers. */
    int fraction() default 0;

    class Validator implements ConstraintValidator<WrittenNumber, String> {

        private BigDecimal min;
        private BigDecimal max;
        private int integer;
        private int fraction;

        @Override
        public void initialize(WrittenNumber annotation) {
            min = annotation.min().isEmpty() ? null : new BigDecimal(annotation.min());
            max = annotation.max().isEmpty() ? null : new BigDecimal(annotation.max());
            integer = annotation.integer();
            fraction = annotation.fraction();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            BigDecimal value = FormValues.numberOrNull(text);
            if (value == null) {
                return FormValues.isBlank(text);
            }
            BigDecimal normalised = value.stripTrailingZeros();
            int fractionDigits = Math.max(normalised.scale(), 0);
            int integerDigits = normalised.precision() - normalised.scale();
            return (min == null || value.compareTo(min) >= 0)
                    && (max == null || value.compareTo(max) <= 0)
                    && fractionDigits <= fraction
                    && integerDigits <= integer;
        }
    }
}

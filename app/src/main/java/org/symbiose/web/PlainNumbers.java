package org.symbiose.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamWriteFeature;

/**
 * Decimal numbers in the API's JSON as people and spreadsheets read them: {@code 260}, never
 * {@code 2.6E+2}. Jackson writes a BigDecimal with {@code toString()}, which uses an exponent for a
 * value whose trailing zeros were stripped (computed figures are); the plain form is the same number.
 */
@Configuration
class PlainNumbers {

    @Bean
    JsonMapperBuilderCustomizer plainDecimals() {
        return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}

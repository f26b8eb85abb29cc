package org.symbiose.opportunities;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbiose.engine.knowledge.KnowledgeBase;
import org.symbiose.engine.matching.Matcher;

/** One matching engine for the application, built once from the shipped knowledge base. */
@Configuration
class MatchingConfig {

    @Bean
    Matcher matcher() {
        return new Matcher(KnowledgeBase.load());
    }
}

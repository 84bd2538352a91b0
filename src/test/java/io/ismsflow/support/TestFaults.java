package io.ismsflow.support;

import org.springframework.context.annotation.Bean;

/** Faults that tests inject between the app and what it depends on. Imported by {@link IntegrationTest} only. */
class TestFaults {

    @Bean
    static DatabaseFaults databaseFaults() {
        return new DatabaseFaults();
    }

    @Bean
    EngineFaults engineFaults() {
        return new EngineFaults();
    }
}

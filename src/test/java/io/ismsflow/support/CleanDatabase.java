package io.ismsflow.support;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Starts every test run on an empty schema: the in-memory engine's keys restart at the same values in every
 * JVM, and the workers' idempotency keys (job keys) must not meet rows of an earlier run.
 *
 * Imported by {@link IntegrationTest} only.
 */
class CleanDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}

package io.ismsflow.support;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * The test database: every test run starts on an empty schema (the in-memory engine's keys restart at the same
 * values in every JVM, and the workers' idempotency keys must not meet rows of an earlier run), and faults can be
 * injected between the app and the database. Imported by {@link IntegrationTest} only.
 */
class TestDatabase {

    @Bean
    static DatabaseFaults databaseFaults() {
        return new DatabaseFaults();
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}

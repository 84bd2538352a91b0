package io.ismsflow.support;

import io.ismsflow.support.DatabaseServer.Database;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the application context a new, empty database of its own on the {@link DatabaseServer} (the in-memory
 * engine's keys restart at the same values with every engine, and the workers' idempotency keys must not meet
 * rows of another engine's run), and drops it when the context closes. Used by the tests and the dev run.
 */
public class TestDatabase {

    @Bean
    static BeanFactoryPostProcessor freshDatabase(ConfigurableEnvironment environment) {
        return beanFactory -> {
            if (environment.getProperty(SecondInstance.JOINS, Boolean.class, false)) {
                return; // a second app instance on the first one's database
            }
            DatabaseServer server = DatabaseServer.get();
            Database database = server.newDatabase(environment.getProperty("isms.test.database-purpose", "app"));
            environment.getPropertySources().addFirst(new MapPropertySource("test-database", Map.of(
                    "spring.datasource.url", database.url(),
                    "spring.datasource.username", database.user(),
                    "spring.datasource.password", database.password())));
            if (beanFactory instanceof DefaultListableBeanFactory registry) {
                registry.registerDisposableBean("testDatabaseDrop", () -> server.drop(database));
            }
        };
    }
}

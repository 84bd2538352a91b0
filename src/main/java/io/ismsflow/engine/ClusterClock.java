package io.ismsflow.engine;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * With a Camunda cluster the app runs on the system clock. A cluster's engine keeps its own time: an app clock started
 * elsewhere would date tasks and records against timers that fire at other instants, so {@code isms.clock.start} is
 * refused before anything starts (before the database is migrated or a model deployed).
 */
@Configuration(proxyBeanMethods = false)
@Profile("camunda")
class ClusterClock {

    @Bean
    static BeanFactoryPostProcessor clockStartRefusedOnACluster(Environment environment) {
        return beanFactory -> ClockStart.of(environment).ifPresent(start -> {
            throw new IllegalStateException(("%s=%s moves the clock of the in-memory engine of the tests and the dev run; "
                    + "a Camunda cluster's clock is not ours to move. Remove the setting to run with the camunda profile.")
                    .formatted(ClockStart.PROPERTY, start));
        });
    }
}

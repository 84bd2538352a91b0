package io.ismsflow.support;

import io.ismsflow.IsmsFlowApplication;
import io.ismsflow.engine.InMemoryEngineConfiguration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * A second instance of the app in the test JVM, on the database and the in-memory engine of a running first one, as
 * production runs N instances against one cluster and one MySQL: its job workers compete with the first one's, its
 * scheduled jobs run beside them.
 */
public final class SecondInstance {

    /** Set on the second instance: it joins the first one's database and engine instead of making its own. */
    static final String JOINS = "isms.test.joins-running-instance";

    private SecondInstance() {
    }

    /** @param properties further settings of the second instance, as "key=value" (the first one's, where they matter) */
    public static ConfigurableApplicationContext joining(ConfigurableApplicationContext first, String... properties) {
        Environment shared = first.getEnvironment();
        Map<String, Object> settings = new HashMap<>();
        for (String key : new String[] {"spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "camunda.client.grpc-address"}) {
            settings.put(key, shared.getRequiredProperty(key));
        }
        settings.put(JOINS, true);
        settings.put("server.port", 0);
        for (String property : properties) {
            String[] keyAndValue = property.split("=", 2);
            settings.put(keyAndValue[0], keyAndValue[1]);
        }
        return new SpringApplicationBuilder(IsmsFlowApplication.class, InMemoryEngineConfiguration.class, TestDatabase.class,
                TestFaults.class, TestMail.class)
                .profiles("it")
                .initializers(context -> {
                    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("second-instance", settings));
                    InMemoryEngineConfiguration.join(context.getBeanFactory(), first);
                })
                .run();
    }
}

package io.ismsflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.ismsflow.tasks.TaskRegister;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;

/**
 * Runs the app on Camunda's in-memory engine (zeebe-process-test, test scope only): shared by the tests and the
 * zero-setup dev run. Points the Camunda client at the engine, deploys the models with their user tasks rewritten
 * as job-worker user tasks, and puts the job-worker task inbox in place of the Camunda user-task one.
 *
 * Imported, not scanned: the dev run and the tests name it, so the app never picks it up by accident.
 */
@PropertySource("classpath:in-memory-engine.properties")
public class InMemoryEngineConfiguration {

    private static final String ENGINE_BEAN = "inMemoryEngine";
    private static final String CLOCK_BEAN = "engineClock";

    /**
     * One engine per application context, on a free port, stopped with the context: a test class that runs in a
     * context of its own (its own database too) moves its own engine's clock without firing other tests' timers.
     * The port is only known once the engine runs, so it starts here, before any bean binds the client properties;
     * its clock and the app's start at {@code isms.clock.start} (or now) before anything is deployed.
     */
    @Bean
    static BeanFactoryPostProcessor inMemoryEngineStart(ConfigurableEnvironment environment) {
        return beanFactory -> {
            if (beanFactory.containsSingleton(ENGINE_BEAN)) {
                return; // a second app instance, joining the engine of a first one (see join)
            }
            ZeebeTestEngine engine = EngineFactory.create(freePort());
            EngineClock clock = EngineClock.startingAt(engine, ClockStart.of(environment).orElseGet(Instant::now));
            engine.start();
            environment.getPropertySources().addFirst(new MapPropertySource("in-memory-engine",
                    Map.of("camunda.client.grpc-address", "http://" + engine.getGatewayAddress())));
            register(beanFactory, engine, clock);
            if (beanFactory instanceof DefaultListableBeanFactory registry) {
                registry.registerDisposableBean(ENGINE_BEAN + "Stop", engine::stop);
            }
        };
    }

    /** A second app instance in the same JVM (support.SecondInstance) works on the engine and the clock of a running first. */
    public static void join(ConfigurableListableBeanFactory beanFactory, ConfigurableApplicationContext first) {
        register(beanFactory, first.getBean(ZeebeTestEngine.class), first.getBean(EngineClock.class));
    }

    /** The engine clock is the app's {@link Clock}: primary over the system clock the app declares. */
    private static void register(ConfigurableListableBeanFactory beanFactory, ZeebeTestEngine engine, EngineClock clock) {
        beanFactory.registerSingleton(ENGINE_BEAN, engine);
        ((BeanDefinitionRegistry) beanFactory).registerBeanDefinition(CLOCK_BEAN,
                BeanDefinitionBuilder.rootBeanDefinition(EngineClock.class, () -> clock).setPrimary(true).getBeanDefinition());
    }

    @Bean
    ProcessModels processModels(CamundaClient camunda) {
        ProcessModels models = new ProcessModels();
        deploy(camunda, models);
        return models;
    }

    @Bean
    @Primary
    JobWorkerTaskInbox jobWorkerTaskInbox(CamundaClient camunda, ZeebeTestEngine engine, ProcessModels models, ObjectMapper json,
                                          TaskRegister register) {
        return new JobWorkerTaskInbox(camunda, engine, models, json, register);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the in-memory engine", e);
        }
    }

    private static void deploy(CamundaClient camunda, ProcessModels models) {
        DeployResourceCommandStep2 deployment = null;
        for (var model : models.forInMemoryEngine().entrySet()) {
            deployment = deployment == null
                    ? camunda.newDeployResourceCommand().addProcessModel(model.getValue(), model.getKey())
                    : deployment.addProcessModel(model.getValue(), model.getKey());
        }
        if (deployment == null) {
            throw new IllegalStateException("No BPMN models on the classpath (bpmn/*.bpmn)");
        }
        for (Resource form : models.forms()) {
            try {
                deployment = deployment.addResourceBytes(form.getContentAsByteArray(), form.getFilename());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.send().join();
    }
}

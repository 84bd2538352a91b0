package io.ismsflow.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server in the test JVM (GreenMail) that the app's mail goes to: tests read what people were sent.
 * Imported by {@link IntegrationTest} only.
 */
class TestMail {

    private static final GreenMail SMTP = start();

    private static GreenMail start() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop, "greenmail-stop"));
        return smtp;
    }

    @Bean
    static BeanFactoryPostProcessor testMailServer(ConfigurableEnvironment environment) {
        return beanFactory -> environment.getPropertySources().addFirst(new MapPropertySource("test-mail",
                Map.of("spring.mail.port", SMTP.getSmtp().getPort())));
    }

    @Bean
    GreenMail greenMail() {
        return SMTP;
    }
}

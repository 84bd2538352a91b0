package io.ismsflow.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Puts the database between the app and a fault: once armed, the next SQL statement that contains the given text
 * fails as if the connection had dropped. Tests use it to show that a job failing midway leaves nothing half-written.
 */
public class DatabaseFaults implements BeanPostProcessor {

    private final AtomicReference<String> armed = new AtomicReference<>();

    /** The next statement containing {@code sqlFragment} (case-insensitive) fails; later ones run. */
    public void failNextStatementContaining(String sqlFragment) {
        armed.set(sqlFragment.toLowerCase(Locale.ROOT));
    }

    public boolean isArmed() {
        return armed.get() != null;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof FaultyDataSource) ? new FaultyDataSource(dataSource) : bean;
    }

    private final class FaultyDataSource extends DelegatingDataSource {

        FaultyDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return faulty(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return faulty(super.getConnection(username, password));
        }

        private Connection faulty(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                            String fragment = armed.get();
                            if (fragment != null && sql.toLowerCase(Locale.ROOT).contains(fragment) && armed.compareAndSet(fragment, null)) {
                                throw new SQLTransientConnectionException("Simulated loss of the database connection");
                            }
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}

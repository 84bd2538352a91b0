package io.ismsflow.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Puts the database between the app and a fault: once armed, the next SQL statement that contains the given text
 * (and, if given, has a parameter of the given value, e.g. the job type of an audit-trail row) fails as if the
 * connection had dropped. Tests use it to show that a job failing midway leaves nothing half-written.
 */
public class DatabaseFaults implements BeanPostProcessor {

    private record Fault(String sqlFragment, Object parameter) {
    }

    private final AtomicReference<Fault> armed = new AtomicReference<>();

    /** The next statement containing {@code sqlFragment} (case-insensitive) fails; later ones run. */
    public void failNextStatementContaining(String sqlFragment) {
        armed.set(new Fault(sqlFragment.toLowerCase(Locale.ROOT), null));
    }

    /** The next statement containing {@code sqlFragment} that is run with {@code parameter} as one of its values fails. */
    public void failNextStatementContaining(String sqlFragment, Object parameter) {
        armed.set(new Fault(sqlFragment.toLowerCase(Locale.ROOT), parameter));
    }

    public boolean isArmed() {
        return armed.get() != null;
    }

    public void disarm() {
        armed.set(null);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof FaultyDataSource) ? new FaultyDataSource(dataSource) : bean;
    }

    private static SQLException connectionLost() {
        return new SQLTransientConnectionException("Simulated loss of the database connection");
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
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
                            Fault fault = armed.get();
                            if (fault != null && sql.toLowerCase(Locale.ROOT).contains(fault.sqlFragment())) {
                                if (fault.parameter() == null) {
                                    if (armed.compareAndSet(fault, null)) {
                                        throw connectionLost();
                                    }
                                } else if (call(connection, method, args) instanceof PreparedStatement statement) {
                                    return watched(statement, fault);
                                }
                            }
                        }
                        return call(connection, method, args);
                    });
        }

        /** A statement that fails when executed with the fault's parameter among its values. */
        private PreparedStatement watched(PreparedStatement statement, Fault fault) {
            List<Object> values = new ArrayList<>();
            return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("set") && args != null && args.length >= 2) {
                            values.add(args[1]);
                        } else if (method.getName().startsWith("execute") && values.stream().anyMatch(value -> Objects.equals(value, fault.parameter()))
                                && armed.compareAndSet(fault, null)) {
                            throw connectionLost();
                        }
                        return call(statement, method, args);
                    });
        }
    }
}

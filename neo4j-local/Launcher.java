import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, with only the Bolt connector, on 127.0.0.1.
 *
 * Started by src/neo4j-local (never by hand). Arguments: HOME_DIR BOLT_PORT.
 * Environment: NEO4J_PASSWORD (set as the neo4j user's password on every start),
 * NEO4J_PAGECACHE (e.g. "256m"), NEO4J_TX_TIMEOUT_SECONDS (server-side cap),
 * COLLABGRAPH_STOP_ON_STDIN_EOF=1 (shut down when the parent's pipe closes, so a
 * crashed parent cannot leave an orphan). Prints "READY bolt://127.0.0.1:PORT" when Bolt listens.
 */
public final class Launcher {
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable error) {
            // One line for the Node side to show; the full trace goes to stderr (the log file).
            error.printStackTrace();
            System.out.println("FAILED " + String.valueOf(error.getMessage()).replace('\n', ' '));
            System.out.flush();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Launcher HOME_DIR BOLT_PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(home);
        Map<String, String> env = System.getenv();

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // Netty's default 5 s quiet period only delays shutdown of a Bolt server nobody uses any more.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        String pageCache = env.get("NEO4J_PAGECACHE");
        if (pageCache != null && !pageCache.isBlank()) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache));
        }
        String txTimeout = env.get("NEO4J_TX_TIMEOUT_SECONDS");
        if (txTimeout != null && !txTimeout.isBlank()) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(Long.parseLong(txTimeout)));
        }

        DatabaseManagementService dbms = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        String password = env.get("NEO4J_PASSWORD");
        if (password != null && !password.isEmpty()) {
            // Embedded calls run without authentication, so the system database accepts this
            // on every start: the configured password is always the one in force.
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
            } catch (RuntimeException error) {
                // Neo4j refuses to "change" a password to itself: that means it is already set.
                if (!String.valueOf(error.getMessage()).contains("cannot be the same")) {
                    throw error;
                }
            }
        }

        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        if ("1".equals(env.get("COLLABGRAPH_STOP_ON_STDIN_EOF"))) {
            while (System.in.read() != -1) {
                // Drain until the parent closes the pipe (or dies).
            }
            System.exit(0);
        }
        Thread.currentThread().join();
    }
}

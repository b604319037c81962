/*
 * kg's local Neo4j server: Neo4j 5.26 Community through the embedded API, with Bolt on 127.0.0.1 only.
 *
 * Why embedded: it needs only Java 17 and Maven (no Docker, no server tarball), yet it is the real database
 * speaking Bolt, so kg's TypeScript code talks to it exactly as it would to any other Neo4j server.
 *
 * Usage (graph/server/ builds the class path and runs this; nobody needs to run it by hand):
 *   java -Xmx1g -cp target/classes:target/lib/* kg.neo4j.LocalNeo4j HOME PORT PASSWORD_FILE [TX_TIMEOUT] [TX_MEMORY]
 *     HOME           folder for data/ and logs/ (e.g. .kg/neo4j)
 *     PORT           Bolt port on 127.0.0.1
 *     PASSWORD_FILE  file holding the password of user `neo4j` (the password itself never goes on argv)
 *     TX_TIMEOUT     db.transaction.timeout, e.g. 120s (default)
 *     TX_MEMORY      db.memory.transaction.max, e.g. 512m (default)
 *
 * Prints "kg-neo4j ready bolt://127.0.0.1:PORT" once Bolt listens and the password is set; stops cleanly on
 * SIGTERM/SIGINT through a shutdown hook.
 */
package kg.neo4j;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class LocalNeo4j {
  private LocalNeo4j() {}

  private static String sha256(String text) throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash);
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    System.out.println(
        "kg-neo4j jvm up after " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
    if (args.length < 3) {
      System.err.println(
          "usage: LocalNeo4j HOME PORT PASSWORD_FILE [TX_TIMEOUT_SECONDS] [TX_MEMORY_MB]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();
    long txTimeoutSeconds = args.length > 3 ? Long.parseLong(args[3]) : 120;
    long txMemoryMb = args.length > 4 ? Long.parseLong(args[4]) : 512;
    if (password.length() < 8) {
      System.err.println("kg-neo4j: the password file must hold at least 8 characters");
      System.exit(2);
    }

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(GraphDatabaseSettings.data_directory, home.resolve("data"))
            .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
            // Bolt on loopback only; no HTTP/HTTPS (kg has its own web server).
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports sent out
            // Guards against runaway queries: time and memory per transaction.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb))
            // Bounded page cache; the default (half of free RAM) is far too much for a workbench.
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
            // Keep at most ~256 MB of transaction logs (pruned at each checkpoint). The default keeps two
            // days: a 300k-relationship load writes ~1 GB, and repeated loads filled 10 GB. Nothing here
            // needs them (no backups, no cluster); recovery uses the logs since the last checkpoint.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "256M size")
            // Transaction state off the Java heap: a load unit (~10k rows in one transaction) otherwise
            // keeps its state on the heap through many young collections, and copying it was a large part
            // of the server's CPU per relationship (bench:load). Bounded like the rest of the memory.
            .setConfig(
                GraphDatabaseSettings.tx_state_memory_allocation,
                GraphDatabaseSettings.TransactionStateMemoryAllocation.OFF_HEAP)
            .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, ByteUnit.mebiBytes(1024))
            .build();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("kg-neo4j stopping");
                  dbms.shutdown();
                  System.out.println("kg-neo4j stopped");
                }));

    System.out.println("kg-neo4j database started after " + millisSince(t0) + " ms");

    // The embedded API runs with full rights, so it can set the password of `neo4j` directly on the system
    // database. A digest of the applied password is kept in data/, so restarts skip this (slow, cold) Cypher
    // command unless the password file changed: the file stays the single source of truth.
    Path applied = home.resolve("data").resolve("kg-password-applied");
    String digest = sha256(password);
    if (!Files.exists(applied) || !Files.readString(applied).strip().equals(digest)) {
      try {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
            .executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
      } catch (RuntimeException e) {
        // Neo4j refuses to "change" a password to the one already set: the password is right already.
        if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
      }
      Files.writeString(applied, digest + "\n");
    }
    System.out.println("kg-neo4j password set after " + millisSince(t0) + " ms");
    System.out.println("kg-neo4j ready bolt://127.0.0.1:" + port);
    System.out.flush();
    new CountDownLatch(1).await(); // keep main alive; the shutdown hook ends the process
  }
}

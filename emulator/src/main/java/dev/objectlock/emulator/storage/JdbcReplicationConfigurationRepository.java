package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.port.ReplicationConfigurationRepository;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import dev.objectlock.emulator.storage.jdbc.JsonColumns;
import java.util.Optional;

/** Replication configurations in {@code bucket_replication}, each one JSON document; the foreign key removes it with its bucket. */
public final class JdbcReplicationConfigurationRepository implements ReplicationConfigurationRepository {

    private static final String FIND = "SELECT configuration FROM bucket_replication WHERE bucket = ?";
    private static final String MERGE =
            "MERGE INTO bucket_replication (bucket, configuration) KEY (bucket) VALUES (?, ?)";
    private static final String DELETE = "DELETE FROM bucket_replication WHERE bucket = ?";

    private final Jdbc jdbc;

    public JdbcReplicationConfigurationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReplicationConfiguration> find(String bucket) {
        return jdbc.queryOne(
                FIND,
                rs -> JsonColumns.readDocument(rs.getString("configuration"), ReplicationConfiguration.class),
                bucket);
    }

    @Override
    public void put(String bucket, ReplicationConfiguration configuration) {
        jdbc.update(MERGE, bucket, JsonColumns.writeDocument(configuration));
    }

    @Override
    public boolean delete(String bucket) {
        return jdbc.update(DELETE, bucket) == 1;
    }
}

package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.model.LifecycleConfiguration;
import dev.objectlock.emulator.domain.port.LifecycleRepository;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import dev.objectlock.emulator.storage.jdbc.JsonColumns;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Lifecycle configurations in {@code bucket_lifecycle}, each one JSON document; the foreign key removes it with its bucket. */
public final class JdbcLifecycleRepository implements LifecycleRepository {

    private static final String FIND = "SELECT configuration FROM bucket_lifecycle WHERE bucket = ?";
    private static final String ALL = "SELECT bucket, configuration FROM bucket_lifecycle ORDER BY bucket";
    private static final String MERGE =
            "MERGE INTO bucket_lifecycle (bucket, configuration) KEY (bucket) VALUES (?, ?)";
    private static final String DELETE = "DELETE FROM bucket_lifecycle WHERE bucket = ?";

    private final Jdbc jdbc;

    public JdbcLifecycleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LifecycleConfiguration> find(String bucket) {
        return jdbc.queryOne(FIND, rs -> read(rs.getString("configuration")), bucket);
    }

    @Override
    public Map<String, LifecycleConfiguration> all() {
        Map<String, LifecycleConfiguration> out = new LinkedHashMap<>();
        jdbc.query(ALL, rs -> Map.entry(rs.getString("bucket"), read(rs.getString("configuration"))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public void put(String bucket, LifecycleConfiguration configuration) {
        jdbc.update(MERGE, bucket, JsonColumns.writeDocument(configuration));
    }

    @Override
    public boolean delete(String bucket) {
        return jdbc.update(DELETE, bucket) == 1;
    }

    private static LifecycleConfiguration read(String json) {
        return JsonColumns.readDocument(json, LifecycleConfiguration.class);
    }
}

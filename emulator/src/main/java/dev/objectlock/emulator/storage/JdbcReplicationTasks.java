package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.model.ReplicationStatus;
import dev.objectlock.emulator.domain.model.ReplicationTask;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.ReplicationTasks;
import dev.objectlock.emulator.storage.jdbc.Columns;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The replication_tasks table and the replication_status column of object_versions. */
public final class JdbcReplicationTasks implements ReplicationTasks {

    private static final String COLUMNS =
            "id, source_bucket, object_key, version_id, destination_bucket, kind, role, recorded_at";
    private static final String PENDING =
            "SELECT " + COLUMNS + " FROM replication_tasks WHERE state = 'PENDING' ORDER BY id LIMIT ?";
    private static final String FINISH =
            "UPDATE replication_tasks SET state = ?, finished_at = ? WHERE id = ? AND state = 'PENDING'";
    private static final String COUNTS = "SELECT state, COUNT(*) FROM replication_tasks GROUP BY state";
    private static final String WHERE_VERSION = " WHERE source_bucket = ? AND object_key = ? AND version_id = ?";
    /** Per destination, the state of its newest task: a metadata sync after a failure decides anew. */
    private static final String LATEST_STATES = "SELECT t.state FROM replication_tasks t"
            + WHERE_VERSION
                    .replace("source_bucket", "t.source_bucket")
                    .replace("object_key", "t.object_key")
                    .replace("version_id", "t.version_id")
            + """
             AND t.id = (SELECT MAX(u.id) FROM replication_tasks u
                          WHERE u.source_bucket = t.source_bucket AND u.object_key = t.object_key
                            AND u.version_id = t.version_id AND u.destination_bucket = t.destination_bucket)""";

    private static final String DESTINATIONS =
            "SELECT destination_bucket FROM replication_tasks" + WHERE_VERSION + " AND kind = 'VERSION' ORDER BY id";
    private static final String SET_STATUS =
            "UPDATE object_versions SET replication_status = ? WHERE bucket = ? AND object_key = ? AND version_id = ?";

    private final Jdbc jdbc;

    public JdbcReplicationTasks(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ReplicationTask task) {
        Columns row = new Columns()
                .set("source_bucket", task.sourceBucket())
                .set("object_key", task.key())
                .set("version_id", task.versionId().value())
                .set("destination_bucket", task.destinationBucket())
                .set("kind", task.kind().name())
                .set("role", task.role())
                .set("state", ReplicationTask.State.PENDING.name())
                .set("recorded_at", task.recordedAt().toEpochMilli());
        jdbc.update(row.insertInto("replication_tasks"), row.values());
    }

    @Override
    public List<ReplicationTask> pending(int limit) {
        return jdbc.query(PENDING, JdbcReplicationTasks::map, limit);
    }

    @Override
    public void finish(long taskId, ReplicationTask.State state, Instant at) {
        jdbc.update(FINISH, state.name(), at.toEpochMilli(), taskId);
    }

    @Override
    public Map<ReplicationTask.State, Long> counts() {
        Map<ReplicationTask.State, Long> counts = new EnumMap<>(ReplicationTask.State.class);
        for (ReplicationTask.State s : ReplicationTask.State.values()) {
            counts.put(s, 0L);
        }
        jdbc.query(COUNTS, rs -> counts.put(ReplicationTask.State.valueOf(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    @Override
    public List<ReplicationTask.State> latestStates(String bucket, String key, VersionId versionId) {
        return jdbc.query(
                LATEST_STATES, rs -> ReplicationTask.State.valueOf(rs.getString(1)), bucket, key, versionId.value());
    }

    @Override
    public List<String> destinationsOf(String bucket, String key, VersionId versionId) {
        return jdbc.query(DESTINATIONS, rs -> rs.getString(1), bucket, key, versionId.value()).stream()
                .distinct()
                .toList();
    }

    @Override
    public boolean setStatus(String bucket, String key, VersionId versionId, ReplicationStatus status) {
        return jdbc.update(SET_STATUS, status.name(), bucket, key, versionId.value()) > 0;
    }

    private static ReplicationTask map(ResultSet rs) throws SQLException {
        return new ReplicationTask(
                rs.getLong("id"),
                rs.getString("source_bucket"),
                rs.getString("object_key"),
                new VersionId(rs.getString("version_id")),
                rs.getString("destination_bucket"),
                ReplicationTask.Kind.valueOf(rs.getString("kind")),
                rs.getString("role"),
                Instant.ofEpochMilli(rs.getLong("recorded_at")));
    }
}

package dev.objectlock.emulator.domain.port;

import dev.objectlock.emulator.domain.model.ReplicationStatus;
import dev.objectlock.emulator.domain.model.ReplicationTask;
import dev.objectlock.emulator.domain.model.VersionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Replication work and each source version's replication status ([R131]). */
public interface ReplicationTasks {

    /** Records a task as PENDING, in the transaction open on this thread. */
    void add(ReplicationTask task);

    /** The oldest PENDING tasks, at most {@code limit}, in the order they were recorded. */
    List<ReplicationTask> pending(int limit);

    /** Ends a PENDING task; the finish time is the emulator's clock, bound as a parameter. */
    void finish(long taskId, ReplicationTask.State state, Instant at);

    /** How many tasks are in each state (every state present, zero when none). */
    Map<ReplicationTask.State, Long> counts();

    /** The states of the latest task per destination for one source version. */
    List<ReplicationTask.State> latestStates(String bucket, String key, VersionId versionId);

    /** The destinations a source version was sent to by a VERSION task, in the order recorded. */
    List<String> destinationsOf(String bucket, String key, VersionId versionId);

    /** Sets {@code x-amz-replication-status} on a stored version; false when it is gone. */
    boolean setStatus(String bucket, String key, VersionId versionId, ReplicationStatus status);
}

package dev.objectlock.emulator;

import dev.objectlock.emulator.http.admin.ReplicationControl;
import dev.objectlock.emulator.replication.ReplicationCounts;
import dev.objectlock.emulator.replication.ReplicationEngine;
import java.time.Duration;

/** The replication engine as the {@code /_emulator/replication/} routes see it. */
final class ReplicationAdminControl implements ReplicationControl {

    private final ReplicationEngine engine;

    ReplicationAdminControl(ReplicationEngine engine) {
        this.engine = engine;
    }

    @Override
    public Counts await(Duration timeout) throws InterruptedException {
        ReplicationCounts c = engine.await(timeout);
        return new Counts(c.pending(), c.completed(), c.failed(), c.timedOut());
    }

    @Override
    public void pause() {
        engine.pause();
    }

    @Override
    public void resume() {
        engine.resume();
    }

    @Override
    public void fail(String bucket) {
        engine.failDestination(bucket);
    }

    @Override
    public void heal(String bucket) {
        engine.healDestination(bucket);
    }
}

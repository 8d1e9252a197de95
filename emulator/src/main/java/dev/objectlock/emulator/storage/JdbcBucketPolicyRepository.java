package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.port.BucketPolicyRepository;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import java.util.Optional;

/** Bucket policies in {@code bucket_policies}; the foreign key removes a policy with its bucket. */
public final class JdbcBucketPolicyRepository implements BucketPolicyRepository {

    private static final String FIND = "SELECT policy FROM bucket_policies WHERE bucket = ?";
    private static final String MERGE = "MERGE INTO bucket_policies (bucket, policy) KEY (bucket) VALUES (?, ?)";
    private static final String DELETE = "DELETE FROM bucket_policies WHERE bucket = ?";

    private final Jdbc jdbc;

    public JdbcBucketPolicyRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> find(String bucket) {
        return jdbc.queryOne(FIND, rs -> rs.getString("policy"), bucket);
    }

    @Override
    public void put(String bucket, String policyText) {
        jdbc.update(MERGE, bucket, policyText);
    }

    @Override
    public boolean delete(String bucket) {
        return jdbc.update(DELETE, bucket) == 1;
    }
}

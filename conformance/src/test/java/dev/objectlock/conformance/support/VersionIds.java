package dev.objectlock.conformance.support;

/** Version id shapes the scenarios assert and send ([A.3]). */
public final class VersionIds {

    /** What AWS issues: 32 URL-safe characters [AWS-recorded ls-api test_object_version_id_format]. */
    public static final String SHAPE = "[A-Za-z0-9._]{32}";

    /** An id no S3 could have issued: wrong length and a character outside the alphabet. */
    public static final String MALFORMED = "not-a-real-version-id";

    private VersionIds() {}
}

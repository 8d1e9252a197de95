package dev.objectlock.emulator.badinput;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * What the generated requests aim at: a bucket with Object Lock whose versions the fuzz must never
 * change, and a versioned scratch bucket where a request that happens to be valid may do its work.
 *
 * @param locked        the Object Lock bucket
 * @param lockedKeys    its keys: COMPLIANCE, GOVERNANCE, legal hold (in that order)
 * @param lockedIds     the version id of each key
 * @param governanceUntil the retain-until date of the GOVERNANCE version
 * @param scratch       the scratch bucket (versioned, no Object Lock)
 */
record FuzzTargets(
        String locked, List<String> lockedKeys, List<String> lockedIds, Instant governanceUntil, String scratch) {

    int pickLocked(Random random) {
        return random.nextInt(lockedKeys.size());
    }

    /** A retain-until date before the GOVERNANCE one: a lenient parse with the bypass would shorten it. */
    String shorterDate() {
        return governanceUntil.minusSeconds(86_400).toString();
    }
}

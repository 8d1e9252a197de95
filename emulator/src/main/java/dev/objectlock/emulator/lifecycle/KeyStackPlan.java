package dev.objectlock.emulator.lifecycle;

import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Expiration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.NoncurrentExpiration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Rule;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.rules.LifecycleEligibility;
import dev.objectlock.emulator.domain.rules.ObjectLockPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run does to one key's version stack (newest first), decided without touching storage:
 * expire the current version ([R91]), remove due noncurrent versions beyond the newest
 * NewerNoncurrentVersions ([R92]), remove a lone expired delete marker ([R93]). A version Object Lock
 * protects at {@code now} is counted as locked and left in place ([R94]); the deletion path checks
 * again when it removes.
 *
 * @param expireCurrent whether the current version is due for Expiration
 * @param remove the versions and markers to remove by version id
 * @param locked how many due versions were left alone for Object Lock
 */
public record KeyStackPlan(String key, boolean expireCurrent, List<VersionEntry> remove, int locked) {

    public static KeyStackPlan plan(List<VersionEntry> stack, List<Rule> rules, Instant now) {
        VersionEntry current = stack.get(0);
        boolean expireCurrent =
                current instanceof ObjectVersion v && rules.stream().anyMatch(r -> currentDue(r, v, now));
        List<VersionEntry> remove = new ArrayList<>();
        int locked = 0;
        if (stack.size() == 1 && current instanceof DeleteMarker marker) {
            if (rules.stream().anyMatch(r -> expiredMarkerRule(r, marker))) {
                remove.add(marker);
            }
            return new KeyStackPlan(current.key(), false, remove, 0);
        }
        for (int i = 1; i < stack.size(); i++) {
            VersionEntry entry = stack.get(i);
            // a version becomes noncurrent when its successor is written [R92]
            Instant noncurrentSince = stack.get(i - 1).lastModified();
            int newerNoncurrent = i - 1;
            if (rules.stream().anyMatch(r -> noncurrentDue(r, entry, noncurrentSince, newerNoncurrent, now))) {
                if (entry instanceof ObjectVersion v
                        && ObjectLockPolicy.isProtected(v.lock(), ObjectLockPolicy.Bypass.NONE, now)) {
                    locked++;
                } else {
                    remove.add(entry);
                }
            }
        }
        return new KeyStackPlan(current.key(), expireCurrent, remove, locked);
    }

    private static boolean currentDue(Rule rule, ObjectVersion v, Instant now) {
        Expiration e = rule.expiration();
        if (e == null || (e.days() == null && e.date() == null)) {
            return false;
        }
        if (!LifecycleEligibility.matches(rule.filter(), v.key(), v.size(), v.tags())) {
            return false;
        }
        return e.days() != null ? LifecycleEligibility.isDue(v.lastModified(), e.days(), now) : !now.isBefore(e.date());
    }

    private static boolean noncurrentDue(
            Rule rule, VersionEntry entry, Instant noncurrentSince, int newerNoncurrent, Instant now) {
        NoncurrentExpiration n = rule.noncurrentExpiration();
        if (n == null || n.noncurrentDays() == null) {
            return false;
        }
        if (n.newerNoncurrentVersions() != null && newerNoncurrent < n.newerNoncurrentVersions()) {
            return false;
        }
        boolean inScope = entry instanceof ObjectVersion v
                ? LifecycleEligibility.matches(rule.filter(), v.key(), v.size(), v.tags())
                : LifecycleEligibility.matchesKeyOnly(rule.filter(), entry.key());
        return inScope && LifecycleEligibility.isDue(noncurrentSince, n.noncurrentDays(), now);
    }

    private static boolean expiredMarkerRule(Rule rule, DeleteMarker marker) {
        Expiration e = rule.expiration();
        return e != null
                && Boolean.TRUE.equals(e.expiredObjectDeleteMarker())
                && LifecycleEligibility.matchesKeyOnly(rule.filter(), marker.key());
    }
}

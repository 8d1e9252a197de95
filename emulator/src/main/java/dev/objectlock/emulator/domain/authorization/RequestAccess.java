package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.error.S3Exception;

/**
 * What one request's caller may do, asked in the terms of the operation table. The protocol asks it
 * for the rows it can judge from the request line and headers; a service asks it, at the right point
 * of [P47] (after the bucket checks, before the version lookup), for the rows whose keys are in the
 * body (a retention, a legal hold) or that are judged per DeleteObjects entry.
 *
 * <p>In open mode every request gets {@link #UNRESTRICTED}: nothing is checked, as before identities
 * existed. In secured mode a Batch Operations job asks the one of its role's session for every step
 * ({@link RoleSessions}, [P79]).
 */
public interface RequestAccess {

    /** Allows everything: open mode, and callers that are not authorised per request. */
    RequestAccess UNRESTRICTED = new Unrestricted();

    /**
     * Checks every action {@code request} needs, in the order of [P47]: the bucket exists (404
     * NoSuchBucket), the bypass header is allowed on it (400 InvalidArgument without Object Lock), then
     * each action in table order.
     *
     * @throws S3Exception 403 AccessDenied with the detailed message of [P.11] for the first action refused
     */
    void authorize(AccessRequest request);

    /** Whether every action of {@code request} is allowed; no bucket checks (a DeleteObjects entry, [P74]). */
    boolean allows(AccessRequest request);

    /**
     * What to answer when the object of a GetObject, HeadObject or GetObjectAttributes is missing
     * ([P37]): {@code notFound} if the caller may list the bucket, else 403 AccessDenied for
     * s3:ListBucket. Errors other than NoSuchKey are returned as they are.
     */
    S3Exception onMissingObject(AccessRequest request, S3Exception notFound);

    /** Which Object Lock headers a GetObject or HeadObject may show ([P39]). */
    LockVisibility lockVisibility(AccessRequest request);

    /**
     * {@code retention}: mode and retain-until-date, shown with s3:GetObjectRetention; {@code legalHold}:
     * shown with s3:GetObjectLegalHold.
     */
    record LockVisibility(boolean retention, boolean legalHold) {
        public static final LockVisibility ALL = new LockVisibility(true, true);
    }

    /** {@link #UNRESTRICTED}. */
    final class Unrestricted implements RequestAccess {

        private Unrestricted() {}

        @Override
        public void authorize(AccessRequest request) {
            // open mode: everything is allowed
        }

        @Override
        public boolean allows(AccessRequest request) {
            return true;
        }

        @Override
        public S3Exception onMissingObject(AccessRequest request, S3Exception notFound) {
            return notFound;
        }

        @Override
        public LockVisibility lockVisibility(AccessRequest request) {
            return LockVisibility.ALL;
        }
    }
}

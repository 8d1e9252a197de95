package dev.objectlock.emulator.badinput;

import java.util.Random;

/**
 * The seeded generator: each call draws one fault class by weight and one request from it. In
 * secured mode, a third of the requests are authentication faults and a sixth are policy and
 * identity documents; the rest are the open mode's faults, signed by the root where the SDK can
 * express them, so they reach the same parsers behind authentication.
 */
final class MalformedRequests {

    private final S3Faults s3;
    private final BodyFaults bodies;
    private final LockHeaderFaults lockHeaders;
    private final ControlFaults control = new ControlFaults();
    private final AuthFaults auth;
    private final DocumentFaults documents;
    private final Signer root;

    /** @param root null in open mode */
    MalformedRequests(FuzzTargets targets, Signer root) {
        this.s3 = new S3Faults(targets);
        this.bodies = new BodyFaults(targets);
        this.lockHeaders = new LockHeaderFaults(targets);
        this.root = root;
        this.auth = root == null ? null : new AuthFaults(targets, root);
        this.documents = root == null ? null : new DocumentFaults(targets, root);
    }

    RawRequest next(Random random) {
        if (root != null) {
            int roll = random.nextInt(12);
            if (roll < 4) {
                return random.nextInt(3) == 0 ? auth.presigned(random) : auth.header(random);
            }
            if (roll < 6) {
                return random.nextInt(3) == 0 ? documents.identities(random) : documents.policy(random);
            }
        }
        RawRequest request = openFault(random);
        return root == null ? request : signed(request);
    }

    private RawRequest openFault(Random random) {
        int roll = random.nextInt(100);
        if (roll < 12) {
            return s3.path(random);
        }
        if (roll < 22) {
            return s3.versionId(random);
        }
        if (roll < 34) {
            return s3.query(random);
        }
        if (roll < 42) {
            return s3.method(random);
        }
        if (roll < 46) {
            return s3.requestLine(random);
        }
        if (roll < 53) {
            return s3.headers(random);
        }
        if (roll < 63) {
            return s3.content(random);
        }
        if (roll < 70) {
            return lockHeaders.newObject(random);
        }
        if (roll < 76) {
            return lockHeaders.bypass(random);
        }
        if (roll < 90) {
            return bodies.next(random);
        }
        return control.next(random);
    }

    /**
     * Re-signs an open-mode fault as the root, when its request line and headers can be expressed to
     * the SDK signer; otherwise it goes unsigned (and must be refused as anonymous).
     */
    private RawRequest signed(RawRequest request) {
        return request.signedBy(root);
    }
}

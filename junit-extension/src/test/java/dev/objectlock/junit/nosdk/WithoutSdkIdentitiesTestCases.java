package dev.objectlock.junit.nosdk;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.junit.EmulatorBucket;
import dev.objectlock.junit.EmulatorCredentials;
import dev.objectlock.junit.EmulatorIdentities;
import dev.objectlock.junit.Identity;
import dev.objectlock.junit.ObjectLockEmulatorTest;
import java.io.IOException;
import java.net.HttpURLConnection;

/**
 * Secured mode in a project without the AWS SDK: the fixture bucket is signed by the extension's own
 * signer, and the credentials come as {@link EmulatorCredentials}. No SDK type anywhere here.
 */
@ObjectLockEmulatorTest
@EmulatorIdentities("identities.json")
@EmulatorBucket(name = "ledger", objectLock = true)
public class WithoutSdkIdentitiesTestCases {

    @org.junit.jupiter.api.Test
    void credentialsAreInjectedAndFixturesCreated(
            @Identity("app") EmulatorCredentials app, EmulatorCredentials root, ObjectLockEmulator emulator)
            throws IOException {
        check(app.accessKeyId().equals("AKIAAPP000000000000"), "app " + app);
        check(root.accessKeyId().equals("AKIAROOT00000000000"), "root " + root);
        check(emulator.secured(), "secured");
        // the bucket exists (its fixture request was signed); an unsigned request is refused
        HttpURLConnection http = (HttpURLConnection)
                emulator.endpoint().resolve("/ledger").toURL().openConnection();
        http.setRequestMethod("HEAD");
        check(http.getResponseCode() == 403, "anonymous HEAD answered " + http.getResponseCode());
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}

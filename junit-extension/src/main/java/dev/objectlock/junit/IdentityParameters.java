package dev.objectlock.junit;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The parameters that act as an identity: SDK clients, {@code AwsCredentials} and
 * {@link EmulatorCredentials}, as the root (unannotated) or as {@link Identity @Identity("name")}.
 * Which keys they carry follows the identities in force for the test: its method's
 * {@link EmulatorIdentities}, else its class's; in open mode, keys the emulator does not check.
 */
final class IdentityParameters {

    /** Every type that acts as an identity, by name, so that nothing here links the SDK. */
    static final Set<String> TYPES = Set.of(
            SdkClients.S3_CLIENT,
            SdkClients.S3_ASYNC_CLIENT,
            SdkClients.S3_CONTROL_CLIENT,
            SdkClients.AWS_CREDENTIALS,
            EmulatorCredentials.class.getName());

    private IdentityParameters() {}

    /** The value for a parameter of {@code type}: the credentials, or the scope's client that signs with them. */
    static Object resolve(
            Class<?> type,
            Optional<Identity> named,
            Optional<ClientRegion> region,
            Optional<IdentityDocument> identities,
            EmulatorScope scope,
            String where) {
        String name = type.getName();
        if (region.isPresent() && !SdkClients.TYPES.contains(name)) {
            throw new ParameterResolutionException(
                    "@ClientRegion(\"" + region.get().value() + "\") " + type.getSimpleName()
                            + ": @ClientRegion applies to S3Client, S3AsyncClient and S3ControlClient");
        }
        EmulatorCredentials credentials = credentials(type, named, identities, where);
        if (name.equals(EmulatorCredentials.class.getName())) {
            return credentials;
        }
        if (name.equals(SdkClients.AWS_CREDENTIALS)) {
            return SdkClients.credentials(credentials);
        }
        // one client per type, key and region: a test's own identities may give a name other keys
        String signingRegion = region.map(ClientRegion::value).orElse(null);
        return scope.client(
                name + " as " + credentials.accessKeyId() + " in " + signingRegion,
                e -> SdkClients.create(name, e, credentials, signingRegion),
                type);
    }

    /**
     * The keys for a parameter of {@code type} with {@code named} (empty: unannotated) when
     * {@code identities} are in force (empty: open mode).
     */
    private static EmulatorCredentials credentials(
            Class<?> type, Optional<Identity> named, Optional<IdentityDocument> identities, String where) {
        if (named.isPresent() && !TYPES.contains(type.getName())) {
            throw new ParameterResolutionException("@Identity(\"" + named.get().value() + "\") " + type.getSimpleName()
                    + ": @Identity applies to S3Client, S3AsyncClient, S3ControlClient, AwsCredentials and "
                    + "EmulatorCredentials");
        }
        if (identities.isEmpty()) {
            if (named.isPresent()) {
                throw new ParameterResolutionException("@Identity(\""
                        + named.get().value() + "\") "
                        + type.getSimpleName() + ": no identities are declared for " + where + ", so the emulator is"
                        + " in open mode; declare them with @EmulatorIdentities(\"identities.json\") or "
                        + "ObjectLockEmulatorExtension.builder().identities(..)");
            }
            return EmulatorCredentials.OPEN_MODE;
        }
        IdentityDocument document = identities.get();
        if (named.isPresent()) {
            return document.credentials(named.get().value());
        }
        return document.root()
                .orElseThrow(() -> new ParameterResolutionException("Cannot inject " + type.getSimpleName()
                        + " as the account root: " + document.source() + " has no \"root\" member, so the root has "
                        + "no keys (it exists only as the bucket owner). Name an identity, as in @Identity(\"app\") "
                        + type.getSimpleName() + ", or give the root keys: \"root\": {\"accessKeyId\": ..., "
                        + "\"secretAccessKey\": ...}"));
    }
}

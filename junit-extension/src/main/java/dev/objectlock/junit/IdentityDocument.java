package dev.objectlock.junit;

import dev.objectlock.emulator.domain.access.AccessKey;
import dev.objectlock.emulator.domain.access.IamRole;
import dev.objectlock.emulator.domain.access.IamUser;
import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.access.IdentitiesJson;
import dev.objectlock.emulator.domain.access.InvalidIdentitiesException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * An identities document as a test declared it: checked by the emulator's own reader (so a document
 * the extension accepts is one the emulator accepts), and asked for the keys of a name.
 *
 * @param json the document as written, what the emulator is given
 * @param source where it was declared, for messages: {@code @EmulatorIdentities("identities.json")}
 */
record IdentityDocument(String json, String source, Identities identities) {

    /**
     * @throws ExtensionConfigurationException naming {@code source} and every fault by its JSON path
     */
    static IdentityDocument parse(String json, String accountId, String source) {
        try {
            return new IdentityDocument(json, source, IdentitiesJson.parse(json, accountId));
        } catch (InvalidIdentitiesException e) {
            throw new ExtensionConfigurationException(source + ": " + e.getMessage(), e);
        }
    }

    /** The root's keys; empty when the document has no {@code root}, which then has no keys. */
    Optional<EmulatorCredentials> root() {
        return identities.root().map(IdentityDocument::credentials);
    }

    /** The keys of the user {@code name}, or of the first session of the role {@code name}. */
    EmulatorCredentials credentials(String name) {
        Optional<IamUser> user =
                identities.users().stream().filter(u -> u.name().equals(name)).findFirst();
        Optional<IamRole> role = identities.role(name);
        if (user.isPresent() && role.isPresent()) {
            throw new ParameterResolutionException(
                    "@Identity(\"" + name + "\"): " + source + " has both a user and a role of that name; rename one");
        }
        if (user.isPresent()) {
            return credentials(user.get().accessKey());
        }
        if (role.isPresent()) {
            if (role.get().sessions().isEmpty()) {
                throw new ParameterResolutionException("@Identity(\"" + name + "\"): the role has no sessions in "
                        + source + "; add \"sessions\": [{\"accessKeyId\": ..., \"secretAccessKey\": ..., "
                        + "\"sessionToken\": ...}] to act as it");
            }
            return credentials(role.get().sessions().get(0).accessKey());
        }
        List<String> users = identities.users().stream().map(IamUser::name).toList();
        List<String> roles = identities.roles().stream().map(IamRole::name).toList();
        throw new ParameterResolutionException("@Identity(\"" + name + "\"): no user or role of that name in " + source
                + " (users: " + users + ", roles: " + roles + ")");
    }

    private static EmulatorCredentials credentials(AccessKey key) {
        return new EmulatorCredentials(key.accessKeyId(), key.secretAccessKey(), key.sessionToken());
    }

    @Override
    public String toString() {
        return "IdentityDocument[" + source + "]";
    }
}
